#!/usr/bin/env bash
# Serve memory: one loaded store served with each of several heaps. For each heap: the time of the first
# uncached answer (it reads the interval index), then p50/p99 of uncached /api/consensus for the AU and
# the world and of the uncached matrix (a new date on each request, 4 connections), then the server's
# peak RSS (VmHWM; it includes the mapped pages of the store and of the jars).
#
#   bench/serve-memory.sh STORE DATA [HEAP ...]     heaps default to 768m 512m 384m
#
# STORE is a loaded store (for example one bench/scale.sh or `./diligentia load` made from
# bench/generate.py output) and DATA the folder it was loaded from. DURATION sets each case (default 10s).
# Writes bench/results/serve-memory-<time>.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

[ $# -ge 2 ] || { echo "usage: bench/serve-memory.sh STORE DATA [HEAP ...]" >&2; exit 2; }
STORE=$1; DATA=$2; shift 2
[ -d "$STORE" ] || { echo "bench: no store at '$STORE'" >&2; exit 2; }
[ -d "$DATA" ] || { echo "bench: no data folder at '$DATA'" >&2; exit 2; }
HEAPS=("$@"); [ ${#HEAPS[@]} -gt 0 ] || HEAPS=(768m 512m 384m)
DURATION="${DURATION:-10s}"
need wrk wrk
need curl curl
mkdir -p "$RESULTS_DIR"
OUT="$RESULTS_DIR/serve-memory-$(date -u +%Y%m%dT%H%M%SZ).md"
WORK=$(mktemp -d /tmp/diligentia-serve-memory.XXXXXX)
trap 'for p in ${PIDS:-}; do stop_pid "$p"; done; rm -rf "$WORK"' EXIT

p50_p99() {  # p50_p99 WRK-OUTPUT -> "p50 / p99" in ms, or "errors" if any request failed
  local stat; stat=$(python3 "$HOME_DIR/bench/lib/wrkstat.py" "$1")
  if [ "$(awk '{ print $4 }' <<<"$stat")" != 0 ]; then echo "errors"; return; fi
  awk '{ printf "%.2f / %.0f", $2, $3 }' <<<"$stat"
}

{
  echo "Store $STORE, $(date -u +%Y-%m-%dT%H:%MZ), $DURATION per case, 4 connections, uncached (a new date per request)."
  echo
  echo "| heap | first uncached s | AU p50 / p99 ms | world p50 / p99 ms | matrix p50 / p99 ms | peak RSS MiB |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$OUT"
for HEAP in "${HEAPS[@]}"; do
  echo "bench: heap $HEAP ..." >&2
  PORT=$(free_port); BASE="http://127.0.0.1:$PORT"
  DILIGENTIA_JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC" DILIGENTIA_LOG_LEVEL=WARN \
    "$HOME_DIR/diligentia" serve --host 127.0.0.1 --port "$PORT" --store "$STORE" --data "$DATA" > "$WORK/serve-$HEAP.log" 2>&1 &
  DPID=$!; PIDS="${PIDS:-} $DPID"
  wait_for "$BASE/health" 600 > /dev/null
  T0=$(date +%s%N)
  curl -sf -o /dev/null --max-time 900 "$BASE/api/consensus?scope=AU&question=dd-binding&asOf=2999-12-31"
  FIRST=$(python3 -c "print(f'{($(date +%s%N) - $T0) / 1e9:.1f}')")
  CELLS=""
  for spec in "/api/consensus?scope=AU&question=dd-binding 0" "/api/consensus?scope=world&question=dd-binding 100000" \
              "/api/consensus/matrix?minConfidence=low 200000"; do
    read -r path first_day <<<"$spec"
    BENCH_PATH="$path" BENCH_START="$first_day" BENCH_THREADS=2 \
      wrk -t2 -c4 -d"$DURATION" --timeout 30s --latency -s "$HOME_DIR/bench/lib/unique-date.lua" "$BASE" > "$WORK/wrk.txt"
    CELLS="$CELLS | $(p50_p99 "$WORK/wrk.txt")"
  done
  echo "| $HEAP | $FIRST$CELLS | $(peak_rss_mib "$DPID") |" >> "$OUT"
  stop_pid "$DPID"
done
cat "$OUT"
echo "bench: results in $OUT" >&2
