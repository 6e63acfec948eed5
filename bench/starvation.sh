#!/usr/bin/env bash
# Can expensive queries starve the rest? N clients (default 32) each send worst-case SPARQL queries
# to /sparql one after another (a cartesian product of three triple patterns, an unbounded property
# path between any two nodes, a backtracking regex over the literals of every pair of triples),
# honouring Retry-After when refused, while wrk measures a cached /api/consensus answer and /health.
# Before the load, the same wrk runs measure both on a quiet server.
#
# Usage: bench/starvation.sh [--jar SERVER-JAR] [--clients 32] [--duration 20] [--connections 4]
#                            [--store DIR] [--distinct-clients] [-- SERVE-OPTIONS...]
#   --jar               the server jar to measure (default: this checkout's, built when stale)
#   --clients           concurrent worst-case query loops (default 32)
#   --duration          seconds of each wrk run under load (default 20)
#   --connections       wrk connections on the cached answer (default 4)
#   --distinct-clients  each query loop sends its own X-Forwarded-For address, and the server trusts
#                       it from loopback (--trusted-proxies 127.0.0.1): 32 clients, not one
#   SERVE-OPTIONS       passed to 'diligentia serve' (such as --sparql-concurrency 2)
# Prints and writes bench/results/starvation-<time>.md: p50/p99 of the cached answer and /health,
# quiet and under load, and what the query loops got (200, 503, other statuses).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/server.sh"

CLIENTS=32; DURATION=20; CONNECTIONS=4; STORE=""; DISTINCT=0; SERVE_OPTIONS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) SERVER_JAR="$(realpath "$2")"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --store) STORE="$2"; shift 2 ;;
    --distinct-clients) DISTINCT=1; shift ;;
    --) shift; SERVE_OPTIONS+=("$@"); break ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "starvation: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ "$DISTINCT" -eq 1 ] && SERVE_OPTIONS+=(--trusted-proxies 127.0.0.1)

serve_setup starvation
serve "${STORE:-$WORK/store}" "${SERVE_OPTIONS[@]}"
REPORT="$RESULTS_DIR/starvation-$(date -u +%Y%m%dT%H%M%SZ).md"
CONSENSUS="$BASE/api/consensus?scope=AU&question=dd-binding&asOf=2025-01-01"
curl -sf -o /dev/null "$CONSENSUS"

# The worst cases, one file each (the loops take them in turn).
cat > "$WORK/q0.rq" <<'Q'
SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }
Q
cat > "$WORK/q1.rq" <<'Q'
SELECT (COUNT(*) AS ?n) WHERE { ?x (<urn:x:none>|!<urn:x:none>)* ?y }
Q
cat > "$WORK/q2.rq" <<'Q'
SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?t ?q ?v FILTER(isLiteral(?o) && REGEX(CONCAT(STR(?o), STR(?v)), "^(.*a){8}z", "i")) }
Q

# measure NAME URL SECONDS: one wrk run; prints "p50 p99 rps errors".
measure() {
  wrk -t1 -c"$CONNECTIONS" -d"$3s" --timeout 10s --latency "$2" > "$WORK/$1.txt"
  python3 "$HOME_DIR/bench/lib/wrkstat.py" "$WORK/$1.txt" | awk '{ print $2, $3, $1, $4 }'
}
wrk -t1 -c"$CONNECTIONS" -d3s "$CONSENSUS" > /dev/null   # warm-up
QUIET_C=$(measure quiet-consensus "$CONSENSUS" 10)
QUIET_H=$(measure quiet-health "$BASE/health" 10)

# query_loop I: worst-case queries until the stop file appears; one line per answer: status seconds.
query_loop() {
  local i="$1" headers=() status seconds retry
  [ "$DISTINCT" -eq 1 ] && headers=(-H "X-Forwarded-For: 10.0.$((i / 250)).$((i % 250 + 1))")
  while [ ! -e "$WORK/stop" ]; do
    read -r status seconds retry < <(curl -s -o /dev/null -D "$WORK/h$i" --max-time 60 "${headers[@]}" \
        -H 'Accept: application/sparql-results+json' --data-urlencode "query@$WORK/q$((i % 3)).rq" \
        -w '%{http_code} %{time_total} x\n' "$BASE/sparql" || echo "000 0 x")
    retry=$(sed -n 's/^[Rr]etry-[Aa]fter: *\([0-9]*\).*/\1/p' "$WORK/h$i" 2>/dev/null)
    # A 503 with Retry-After is a refusal (no slot); without, the query ran to its time limit.
    [ "$status" = 503 ] && status=$([ -n "$retry" ] && echo "503-refused" || echo "503-time-limit")
    echo "$status $seconds" >> "$WORK/loop$i.txt"
    if [ "$status" = 503-refused ]; then sleep "$retry"; fi
  done
}
LOOPS=()
for i in $(seq 0 $((CLIENTS - 1))); do query_loop "$i" & LOOPS+=($!); done
sleep 3   # every loop has sent its first query
LOAD_C=$(measure load-consensus "$CONSENSUS" "$DURATION")
LOAD_H=$(measure load-health "$BASE/health" "$DURATION")
touch "$WORK/stop"
echo "starvation: waiting for the query loops to finish their last query ..." >&2
wait "${LOOPS[@]}"
STATUSES=$(cat "$WORK"/loop*.txt | awk '{ n[$1]++; t[$1] += $2 }
  END { for (s in n) printf "%s%s: %d (mean %.2f s)", (k++ ? ", " : ""), s, n[s], t[s] / n[s] }')

{
  echo "# Starvation run"
  echo
  echo "$CLIENTS worst-case query loops ($([ "$DISTINCT" -eq 1 ] && echo "$CLIENTS distinct clients by X-Forwarded-For" || echo "one client")) on /sparql;"
  echo "wrk -t1 -c$CONNECTIONS --latency on the cached answer; jar $SERVER_JAR; serve options: ${SERVE_OPTIONS[*]:-none}."
  echo
  echo "| case | p50 ms | p99 ms | requests/s | errors |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for row in "quiet: cached /api/consensus|$QUIET_C" "quiet: /health|$QUIET_H" \
             "under load: cached /api/consensus|$LOAD_C" "under load: /health|$LOAD_H"; do
    read -r p50 p99 rps errors <<<"${row#*|}"
    echo "| ${row%%|*} | $p50 | $p99 | $rps | $errors |"
  done
  echo
  echo "Worst-case queries answered, by status (000: no answer within curl's 60 s): $STATUSES."
} > "$REPORT"
cat "$REPORT"
echo "starvation: report written to $REPORT" >&2
