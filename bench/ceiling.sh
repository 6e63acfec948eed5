#!/usr/bin/env bash
# The HTTP ceiling and what requests that read no data cost: wrk -t2 -c16 over loopback on /ping,
# a static asset, the cached /openapi.json, /docs, /health and a cached /api/consensus answer.
# Requests that read no data open no read transaction of the store (web/OneVersionPerRequest);
# run this with the jar of an older commit (--jar) and of this one to compare.
#
# Usage: bench/ceiling.sh [--jar SERVER-JAR] [--runs 3] [--duration 10] [--store DIR]
#   --jar       the server jar to measure (default: this checkout's, built when stale)
#   --runs      runs per case after a 3 s warm-up; the median run is reported (default 3)
#   --duration  seconds per run (default 10)
#   --store     the TDB2 store to serve (default: a scratch store loaded from this checkout's data)
# Prints one line per case (requests/s, p50 ms, p99 ms, errors) and writes bench/results/ceiling-<time>.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/server.sh"

RUNS=3; DURATION=10; STORE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) SERVER_JAR="$(realpath "$2")"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --store) STORE="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "ceiling: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

serve_setup ceiling
serve "${STORE:-$WORK/store}"
REPORT="$RESULTS_DIR/ceiling-$(date -u +%Y%m%dT%H%M%SZ).md"
CONSENSUS="/api/consensus?scope=AU&question=dd-binding&asOf=2025-01-01"
for path in /openapi.json "$CONSENSUS"; do curl -sf -o /dev/null "$BASE$path"; done   # cached before the runs

{
  echo "# Ceiling run"
  echo
  echo "wrk -t2 -c16, loopback, $RUNS run(s) of $DURATION s after a 3 s warm-up, median run; jar $SERVER_JAR."
  echo
  echo "| case | requests/s | p50 ms | p99 ms | errors |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for spec in "ping|/ping" "asset|/assets/diligentia.css" "openapi-cached|/openapi.json" "docs|/docs" \
              "health|/health" "api-consensus-cached|$CONSENSUS"; do
    read -r name rps p50 p99 errors <<<"$(wrk_median "${spec%%|*}" "$RUNS" "$DURATION" -- "$BASE${spec#*|}")"
    echo "$name $rps $p50 $p99 $errors" >&2
    echo "| $name | $rps | $p50 | $p99 | $errors |"
  done
} > "$REPORT"
cat "$REPORT"
echo "ceiling: report written to $REPORT" >&2
