#!/usr/bin/env bash
# POST /api/what-if timed against a running server: the OpenAPI example (a binding collective
# position of the OAS; the OAS and the world on dd-binding, with the custom indicators), then the
# same with every counting variant, each POSTed RUNS times (default 5) after one warm-up run; prints
# the median and the slowest run in milliseconds and the server's own computedInMillis. A what-if is
# never cached, so every run builds its copy of the knowledge base anew.
# Without --url, starts a server of this build over the shipped data (as the other scripts do).
# Usage: bench/what-if.sh [--url http://127.0.0.1:7070] [--runs N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/server.sh"

URL="" RUNS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "bench/what-if.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

if [ -z "$URL" ]; then
  JAVA=$(bench_java)
  WORK=$(mktemp -d /tmp/diligentia-what-if.XXXXXX)
  trap 'for p in ${PIDS:-}; do stop_pid "$p"; done; rm -rf "$WORK"' EXIT
  "$HOME_DIR/diligentia" --help > /dev/null   # builds the jar when it is stale
  SERVER_JAR="$HOME_DIR/server/target/diligentia-server.jar"
  serve "$WORK/store"
  URL="$BASE"
fi

HYPOTHESIS='{"actor": "OAS", "question": "dd-binding", "stance": "affirms", "date": "2025-06-01", "confidence": "high"}'
ASK='{"scopes": ["OAS", "world"], "question": "dd-binding", "asOf": "2026-01-01"}'
declare -A BODIES=(
  [oas-binding]="{\"hypotheses\": [$HYPOTHESIS], \"ask\": $ASK}"
  [oas-binding-all-variants]="{\"hypotheses\": [$HYPOTHESIS], \"variants\": {\"leaveOutCollective\": true, \"ownWordsOnly\": true, \"undecidedAsRejecting\": true, \"coverageFloor\": \"1/3\", \"levels\": {\"broad\": {\"minSupport\": \"3/4\"}}}, \"ask\": $ASK}"
  [no-custom]="{\"hypotheses\": [$HYPOTHESIS], \"ask\": {\"scopes\": [\"OAS\"], \"question\": \"dd-binding\", \"custom\": false}}"
)

run() {  # prints "<client ms> <server ms>" of one run; fails unless the answer is 200
  local out body
  body=$(mktemp)
  out=$(curl -sS -o "$body" -w '%{http_code} %{time_total}' "$URL/api/what-if" -H 'Content-Type: application/json' --data-binary "$1")
  [ "${out%% *}" = 200 ] || { echo "bench/what-if.sh: /api/what-if answered ${out%% *}: $(head -c 300 "$body")" >&2; rm -f "$body"; exit 1; }
  python3 -c "import json; print(round(float('${out#* }') * 1000), json.load(open('$body'))['computedInMillis'])"
  rm -f "$body"
}

for name in oas-binding oas-binding-all-variants no-custom; do
  run "${BODIES[$name]}" >/dev/null
  times=()
  for _ in $(seq "$RUNS"); do times+=("$(run "${BODIES[$name]}")"); done
  printf '%s\n' "${times[@]}" | python3 -c "
import statistics, sys
rows = [tuple(map(float, line.split())) for line in sys.stdin]
client = [r[0] for r in rows]; server = [r[1] for r in rows]
print(f'what-if $name: {len(rows)} runs, median {statistics.median(client):.0f} ms, slowest {max(client):.0f} ms (server: median {statistics.median(server):.0f} ms)')"
done
