#!/usr/bin/env bash
# Start-up: `./diligentia serve` on the shipped data, from the launcher's start to the first /health
# 200 (polled every 20 ms), for each class cache the launcher can keep (DILIGENTIA_CDS=on: the
# ahead-of-time cache on JDK 24+; archive: the class-data archive; off: neither). Warm: over an existing
# store, after two runs that let the launcher make its cache. Cold: an empty store each time (the
# shipped data is loaded first).
#
#   bench/start.sh [RUNS]     RUNS per case, default 5
#
# Writes bench/results/start-<time>.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

RUNS="${1:-5}"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "bench: RUNS must be a positive whole number, not '$RUNS'" >&2; exit 2; }
need curl curl
mkdir -p "$RESULTS_DIR"
OUT="$RESULTS_DIR/start-$(date -u +%Y%m%dT%H%M%SZ).md"
WORK=$(mktemp -d /tmp/diligentia-start.XXXXXX)
trap 'for p in ${PIDS:-}; do stop_pid "$p"; done; rm -rf "$WORK"' EXIT

start_ms() {  # start_ms STORE: ms from the launcher's start to the first /health 200
  local port pid t0 t1
  port=$(free_port)
  t0=$(date +%s%N)
  DILIGENTIA_LOG_LEVEL=WARN "$HOME_DIR/diligentia" serve --host 127.0.0.1 --port "$port" --store "$1" \
    --data "$HOME_DIR/data" > "$WORK/serve.log" 2>&1 &
  pid=$!; PIDS="${PIDS:-} $pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "bench: serve stopped:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  stop_pid "$pid"
  echo $(( (t1 - t0) / 1000000 ))
}

{
  echo "\`./diligentia serve\` on the shipped data to the first /health 200, ms, $RUNS runs per case, $(date -u +%Y-%m-%dT%H:%MZ)."
  echo
  echo "| cache (DILIGENTIA_CDS) | warm (existing store) | cold (empty store) |"
  echo "| --- | --- | --- |"
} > "$OUT"
"$HOME_DIR/diligentia" --help > /dev/null   # builds the jar if it is stale
for mode in on archive off; do
  export DILIGENTIA_CDS=$mode
  echo "bench: $mode ..." >&2
  start_ms "$WORK/store" > /dev/null; start_ms "$WORK/store" > /dev/null
  warm=""; cold=""
  for _ in $(seq "$RUNS"); do warm="$warm $(start_ms "$WORK/store")"; done
  for _ in $(seq "$RUNS"); do rm -rf "$WORK/cold"; cold="$cold $(start_ms "$WORK/cold")"; done
  echo "| $mode |$warm |$cold |" >> "$OUT"
done
cat "$OUT"
echo "bench: results in $OUT" >&2
