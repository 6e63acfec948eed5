#!/usr/bin/env bash
# The coding queue's canned query (queries/coding-queue.rq) timed over /sparql of a running server:
# the query text with the date written in, POSTed RUNS times (default 20) after two warm-up runs;
# prints the median and the slowest run in milliseconds. /api/coding-queue would be served from the
# answer cache after its first request, so the query itself is timed here.
# Usage: bench/coding-queue.sh [--url http://127.0.0.1:7070] [--as-of YYYY-MM-DD] [--runs N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

URL=http://127.0.0.1:7070 AS_OF=$(date -u +%F) RUNS=20
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL="$2"; shift 2 ;;
    --as-of) AS_OF="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "bench/coding-queue.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

QUERY="$(mktemp)"
trap 'rm -f "$QUERY"' EXIT
sed "s/?asOf\b/\"$AS_OF\"^^<http:\/\/www.w3.org\/2001\/XMLSchema#date>/g" "$HOME_DIR/queries/coding-queue.rq" > "$QUERY"

run() {  # prints the milliseconds of one run; fails unless the answer is 200 with rows
  local out
  out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' "$URL/sparql" --data-urlencode "query@$QUERY" -H 'Accept: text/csv')
  [ "${out%% *}" = 200 ] || { echo "bench/coding-queue.sh: /sparql answered ${out%% *}" >&2; exit 1; }
  python3 -c "print(round(float('${out#* }') * 1000, 1))"
}

run >/dev/null; run >/dev/null
times=()
for _ in $(seq "$RUNS"); do times+=("$(run)"); done
rows=$(curl -sS "$URL/sparql" --data-urlencode "query@$QUERY" -H 'Accept: text/csv' | tail -n +2 | grep -c . || true)
printf '%s\n' "${times[@]}" | python3 -c "
import statistics, sys
t = [float(x) for x in sys.stdin]
print(f'coding-queue as of $AS_OF: {len(t)} runs, median {statistics.median(t):.1f} ms, slowest {max(t):.1f} ms, $rows documents')"
