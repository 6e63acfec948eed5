#!/usr/bin/env bash
# Load test: 64 concurrent connections for 60 s over a mix of API, linked-data and SPARQL requests,
# with wrk (Debian: apt-get install wrk). One wrk per kind of request runs side by side (24 API,
# 20 linked-data, 20 SPARQL connections), so each kind reports its own throughput and latency.
# Passes only with zero socket errors, zero timeouts and every response a 2xx or 3xx (so zero 5xx).
#
# Usage: bench/load-test.sh [--url http://127.0.0.1:7070] [--duration 60s] [--connections 64]
#                           [--store DIR]
#   --url          a running server (loopback only); without it the script starts
#                  './diligentia serve' on a free loopback port (store: --store, default ./store),
#                  stops it at the end, and reports how many lines the server logged under load.
set -euo pipefail

HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
URL=""
DURATION="60s"
CONNECTIONS=64
STORE="$HOME_DIR/store"
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL="${2%/}"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --store) STORE="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "load-test: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

for tool in wrk curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "load-test: '$tool' is missing (Debian: apt-get install $tool)" >&2; exit 2; }
done
if [ "$CONNECTIONS" -lt 3 ]; then
  echo "load-test: at least 3 connections (one per kind)" >&2; exit 2
fi

SERVER_PID=""
LOG=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

if [ -z "$URL" ]; then
  LOG="$(mktemp -t diligentia-load-XXXXXX.log)"
  "$HOME_DIR/diligentia" serve --host 127.0.0.1 --port 0 --store "$STORE" >"$LOG" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    PORT="$(sed -n 's|.*serving on http://localhost:\([0-9]*\)/.*|\1|p' "$LOG" | head -n 1)"
    [ -n "$PORT" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG" >&2; echo "load-test: the server did not start" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "${PORT:-}" ] || { echo "load-test: the server did not start within 300 s" >&2; exit 1; }
  URL="http://127.0.0.1:$PORT"
fi
case "$URL" in
  http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*) ;;
  *) echo "load-test: only a server on the loopback interface may be loaded ($URL)" >&2; exit 2 ;;
esac

# Every request of the mix once, before the load: a mistake in the mix is not a server error.
MIX="$HOME_DIR/bench/wrk/mix.lua"
bad=0
while IFS='|' read -r path accept; do
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: $accept" "$URL$path")"
  case "$status" in 2*|3*) ;; *) echo "load-test: $path answered $status" >&2; bad=1 ;; esac
done < <(sed -n 's/^ *{"\(\/[^"]*\)"\( \.\. "\([^"]*\)"\)\{0,1\}, "\([^"]*\)"},$/\1\3|\4/p' "$MIX")
[ "$bad" -eq 0 ] || exit 1

lines_before=0
[ -n "$LOG" ] && lines_before="$(wc -l <"$LOG")"

api=$((CONNECTIONS * 3 / 8)); ld=$((CONNECTIONS * 5 / 16)); sparql=$((CONNECTIONS - api - ld))
echo "Load: $CONNECTIONS connections for $DURATION on $URL (api $api, linked-data $ld, sparql $sparql)"
OUT="$(mktemp -d -t diligentia-wrk-XXXXXX)"
WRK_PIDS=()
for spec in "api:$api" "linked-data:$ld" "sparql:$sparql"; do
  kind="${spec%%:*}"; conns="${spec##*:}"
  wrk -t1 -c"$conns" -d"$DURATION" --timeout 10s --latency -s "$MIX" "$URL" -- "$kind" >"$OUT/$kind.txt" 2>&1 &
  WRK_PIDS+=($!)
done
wait "${WRK_PIDS[@]}"   # not a bare 'wait': that would also wait for the server this script started

status=0
printf '%-12s %9s %8s %8s %8s %8s %6s %6s %7s\n' kind requests req/s p50_ms p99_ms max_ms 4xx 5xx errors
total=0; rps_total=0
for kind in api linked-data sparql; do
  line="$(grep '^RESULT' "$OUT/$kind.txt" || true)"
  if [ -z "$line" ]; then cat "$OUT/$kind.txt" >&2; echo "load-test: wrk ($kind) reported nothing" >&2; exit 1; fi
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  errors=$(( $(get connect) + $(get read) + $(get write) + $(get timeout) ))
  printf '%-12s %9s %8s %8s %8s %8s %6s %6s %7s\n' "$kind" "$(get requests)" "$(get rps)" "$(get p50_ms)" \
    "$(get p99_ms)" "$(get max_ms)" "$(get 4xx)" "$(get 5xx)" "$errors"
  total=$((total + $(get requests))); rps_total=$((rps_total + $(get rps)))
  if [ "$errors" -ne 0 ] || [ "$(get non2xx3xx)" -ne 0 ] || [ "$(get 5xx)" -ne 0 ]; then status=1; fi
done
echo "total: $total requests, $rps_total req/s"
rm -rf "$OUT"

if [ -n "$LOG" ]; then
  lines_after="$(wc -l <"$LOG")"
  echo "server log: $((lines_after - lines_before)) lines during the load ($LOG)"
fi
if [ "$status" -ne 0 ]; then
  echo "FAIL: errors or non-2xx/3xx responses under load" >&2
  exit 1
fi
echo "PASS: zero errors, zero 5xx"
