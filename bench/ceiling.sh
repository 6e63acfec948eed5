#!/usr/bin/env bash
# The HTTP ceiling and what requests that read no data cost: wrk -t2 -c16 over loopback on /ping,
# a static asset, the cached /openapi.json, /docs, /health and a cached /api/consensus answer.
# Requests that read no data open no read transaction of the store (web/OneVersionPerRequest).
# To compare two builds on a shared machine, give both (--jar and --against): both servers run at
# once and the runs alternate between them, case by case, so both see the same load.
#
# Usage: bench/ceiling.sh [--jar SERVER-JAR] [--against OTHER-JAR] [--runs 5] [--duration 5]
#   --jar       the server jar to measure (default: this checkout's, built when stale); a jar from
#               elsewhere needs its lib/ folder beside it (copy server/target/diligentia-server.jar and lib/)
#   --against   a second jar (such as a build of an older commit), measured alternately with the first
#   --runs      runs per case and jar, after a 5 s warm-up of every case; the median is reported (default 5)
#   --duration  seconds per run (default 5)
# Prints and writes bench/results/ceiling-<time>.md: requests/s, p50 and p99 (ms), errors, per case and jar.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/server.sh"

RUNS=5; DURATION=5; AGAINST=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) SERVER_JAR="$(realpath "$2")"; shift 2 ;;
    --against) AGAINST="$(realpath "$2")"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "ceiling: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

serve_setup ceiling
JARS=("$SERVER_JAR"); [ -n "$AGAINST" ] && JARS+=("$AGAINST")
BASES=()
for j in "${!JARS[@]}"; do
  SERVER_JAR="${JARS[$j]}"; serve "$WORK/store-$j"; BASES+=("$BASE")
done
REPORT="$RESULTS_DIR/ceiling-$(date -u +%Y%m%dT%H%M%SZ).md"
CASES=("ping|/ping" "asset|/assets/diligentia.css" "openapi-cached|/openapi.json" "docs|/docs" "health|/health"
       "api-consensus-cached|/api/consensus?scope=AU&question=dd-binding&asOf=2025-01-01")

for base in "${BASES[@]}"; do
  for spec in "${CASES[@]}"; do wrk -t2 -c16 -d5s --timeout 10s "$base${spec#*|}" > /dev/null; done   # warm-up, caches filled
done
for run in $(seq 1 "$RUNS"); do
  for spec in "${CASES[@]}"; do
    for j in "${!BASES[@]}"; do
      wrk -t2 -c16 -d"${DURATION}s" --timeout 10s --latency "${BASES[$j]}${spec#*|}" > "$WORK/${spec%%|*}-$j-$run.txt"
    done
  done
  echo "ceiling: run $run of $RUNS done" >&2
done

{
  echo "# Ceiling run"
  echo
  echo "wrk -t2 -c16, loopback, $RUNS alternating run(s) of $DURATION s per case and jar after a warm-up, median run."
  for j in "${!JARS[@]}"; do echo "- jar $j: ${JARS[$j]}"; done
  echo
  echo "| case | jar | requests/s | p50 ms | p99 ms | errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for spec in "${CASES[@]}"; do
    for j in "${!JARS[@]}"; do
      read -r rps p50 p99 errors <<<"$(python3 "$HOME_DIR/bench/lib/wrkstat.py" "$WORK/${spec%%|*}-$j-"*.txt)"
      echo "| ${spec%%|*} | $j | $rps | $p50 | $p99 | $errors |"
    done
  done
} > "$REPORT"
cat "$REPORT"
echo "ceiling: report written to $REPORT" >&2
