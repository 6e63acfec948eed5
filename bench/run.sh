#!/usr/bin/env bash
# Diligentia benchmark: one command, one session, the same machine and data for every case.
#
#   bench/run.sh            full run: 5 s warm-up, then 3 runs of 10 s per case (median reported)
#   bench/run.sh --quick    smoke run: 2 s warm-up, 1 run of 3 s per case
#
# Measures, with wrk -t2 -c16 over loopback (a request may take up to 10 s):
#   1. the HTTP ceiling: GET /ping (a constant answer from the same Javalin server);
#   2. Diligentia's API: /api/consensus (one scope and question) and /api/consensus/matrix (cached
#      answers), the same with a date drawn from 2,160 days on each request (each date computed once,
#      then cached), and the linked-data document /data/state/FRA;
#   3. Diligentia's /sparql: a simple SELECT (ten triples) and the consensus query (queries/consensus-counts.rq for every
#      scope and question on one date), both POSTed as a form;
#   4. standalone Fuseki 6.2.0 (jena-fuseki-server from Maven Central), default settings, same data and queries;
#   5. the same Fuseki with a 32 KiB output buffer.
# It prints requests/s, p50, p99 and peak RSS for each, the ratios, and cold and warm start-up times,
# and writes them to bench/results/run-<time>.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

WARMUP=5; DURATION=10; RUNS=3
if [ "${1:-}" = "--quick" ]; then WARMUP=2; DURATION=3; RUNS=1; fi
CONNECTIONS=16; THREADS=2

bench_setup bench
REPORT="$RESULTS_DIR/run-$(date -u +%Y%m%dT%H%M%SZ).md"
TABLE="$WORK/table.txt"; : > "$TABLE"

start_diligentia() {  # start_diligentia STORE -> sets DPID, DPORT, DMS (ms to first answer)
  DPORT=$(free_port)
  DILIGENTIA_JAVA_OPTS="$JAVA_OPTS_BENCH" DILIGENTIA_LOG_LEVEL=WARN \
    "$HOME_DIR/diligentia" serve --host 127.0.0.1 --port "$DPORT" --store "$1" > "$WORK/diligentia.log" 2>&1 &
  DPID=$!; PIDS="${PIDS:-} $DPID"
  DMS=$(wait_for "http://127.0.0.1:$DPORT/health" 120)
}

start_fuseki() {  # start_fuseki STORE default|32k -> sets FPID, FPORT
  FPORT=$(free_port)
  fuseki_config "$1" > "$WORK/fuseki.ttl"
  local args=(--config="$WORK/fuseki.ttl")
  if [ "$2" = 32k ]; then
    fuseki_jetty_32k "$FPORT" > "$WORK/jetty.xml"; args+=(--jetty="$WORK/jetty.xml")
  else
    args+=(--localhost --port="$FPORT")
  fi
  FUSEKI_BASE="$WORK/fuseki-base" "$JAVA" $JAVA_OPTS_BENCH -jar "$FUSEKI_JAR" "${args[@]}" > "$WORK/fuseki-$2.log" 2>&1 &
  FPID=$!; PIDS="${PIDS:-} $FPID"
  wait_for "http://127.0.0.1:$FPORT/\$/ping" 60 > /dev/null
}

# measure NAME PID -- wrk arguments (URL last); appends "NAME rps p50 p99 errors" to the table.
measure() {
  local name="$1" pid="$2"; shift 3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s "$@" > /dev/null
  local files=()
  for i in $(seq 1 "$RUNS"); do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "$@" > "$WORK/$name-$i.txt"
    files+=("$WORK/$name-$i.txt")
  done
  echo "$name $(python3 "$HOME_DIR/bench/lib/wrkstat.py" "${files[@]}")" | tee -a "$TABLE" >&2
}

# --- start-up ------------------------------------------------------------------------------------
STORE="$WORK/store"
echo "bench: cold start (empty store: load, SHACL, inference, assessments) ..." >&2
start_diligentia "$STORE"; COLD_MS=$DMS; stop_pid "$DPID"
echo "bench: warm start (existing store) ..." >&2
start_diligentia "$STORE"; WARM_MS=$DMS
echo "cold start ${COLD_MS} ms, warm start ${WARM_MS} ms" >&2

# --- Diligentia ----------------------------------------------------------------------------------
BASE="http://127.0.0.1:$DPORT"
# The simple SELECT: ten triples, so the figure is the endpoint's own cost (parsing, dispatch,
# transaction, writing), not the query engine's.
SIMPLE='SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10'
python3 -c 'import sys,urllib.parse; print("query=" + urllib.parse.quote(sys.argv[1]), end="")' "$SIMPLE" > "$WORK/simple.body"
# The consensus query: queries/consensus-counts.rq for every scope and question as of one date (the
# consensus matrix), with the date and the confidence floor written in as constants.
sed -e 's|VALUES ?asOf { }|VALUES ?asOf { "2025-01-01"^^<http://www.w3.org/2001/XMLSchema#date> }|' \
    -e 's|?minConfidence|<https://w3id.org/diligentia/id/confidence/low>|g' "$HOME_DIR/queries/consensus-counts.rq" \
  | python3 -c 'import sys,urllib.parse; print("query=" + urllib.parse.quote(sys.stdin.read()), end="")' > "$WORK/consensus.body"

measure ceiling "$DPID" -- "$BASE/ping"
measure api-consensus "$DPID" -- "$BASE/api/consensus?scope=AU&question=dd-binding&asOf=2025-01-01"
measure api-matrix "$DPID" -- "$BASE/api/consensus/matrix?asOf=2025-01-01"
BENCH_PATH="/api/consensus?scope=AU&question=dd-binding" measure api-consensus-dates "$DPID" -- -s "$HOME_DIR/bench/lib/vary-date.lua" "$BASE"
measure data-state-FRA "$DPID" -- -H "Accept: text/turtle" "$BASE/data/state/FRA"
BENCH_BODY_FILE="$WORK/simple.body" measure sparql-simple "$DPID" -- -s "$HOME_DIR/bench/lib/post.lua" "$BASE/sparql"
BENCH_BODY_FILE="$WORK/consensus.body" measure sparql-consensus "$DPID" -- -s "$HOME_DIR/bench/lib/post.lua" "$BASE/sparql"
DILIGENTIA_RSS=$(peak_rss_mib "$DPID")
stop_pid "$DPID"

# --- standalone Fuseki, default and with a 32 KiB output buffer, on a copy of the same store -----
cp -r "$STORE" "$WORK/fuseki-store"
for variant in default 32k; do
  echo "bench: Fuseki $FUSEKI_VERSION ($variant) ..." >&2
  start_fuseki "$WORK/fuseki-store" "$variant"
  FBASE="http://127.0.0.1:$FPORT/ds/sparql"
  BENCH_BODY_FILE="$WORK/simple.body" measure "fuseki-$variant-simple" "$FPID" -- -s "$HOME_DIR/bench/lib/post.lua" "$FBASE"
  BENCH_BODY_FILE="$WORK/consensus.body" measure "fuseki-$variant-consensus" "$FPID" -- -s "$HOME_DIR/bench/lib/post.lua" "$FBASE"
  printf -v "FUSEKI_RSS_$variant" '%s' "$(peak_rss_mib "$FPID")"
  stop_pid "$FPID"
done

# --- report --------------------------------------------------------------------------------------
python3 - "$TABLE" "$COLD_MS" "$WARM_MS" "$DILIGENTIA_RSS" "$FUSEKI_RSS_default" "$FUSEKI_RSS_32k" "$RUNS" "$DURATION" > "$REPORT" <<'PY'
import sys
table, cold, warm, rss_d, rss_fd, rss_f32, runs, duration = sys.argv[1:]
rows = {}
for line in open(table):
    name, rps, p50, p99, errors = line.split()
    rows[name] = (float(rps), float(p50), float(p99), int(errors))
rss = {n: (rss_fd if n.startswith("fuseki-default") else rss_f32 if n.startswith("fuseki-32k") else rss_d) for n in rows}
print(f"# Benchmark run\n\nwrk -t2 -c16, loopback, {runs} run(s) of {duration} s after a warm-up, median run; shipped data.\n")
print("| case | requests/s | p50 ms | p99 ms | errors | peak RSS MiB (server) |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for n, (rps, p50, p99, err) in rows.items():
    print(f"| {n} | {rps:,.0f} | {p50:.2f} | {p99:.2f} | {err} | {rss[n]} |")
def r(a, b):  # a ratio of requests/s, or nan when the second case answered nothing in time
    return rows[a][0] / rows[b][0] if rows[b][0] else float("nan")
print("\n| ratio | value | target |\n| --- | ---: | --- |")
print(f"| consensus API / ceiling | {r('api-consensus', 'ceiling'):.2f} | >= 0.4 |")
print(f"| matrix API / ceiling | {r('api-matrix', 'ceiling'):.2f} | |")
print(f"| /sparql simple / tuned Fuseki | {r('sparql-simple', 'fuseki-32k-simple'):.2f} | >= 1.0 |")
print(f"| /sparql simple / default Fuseki | {r('sparql-simple', 'fuseki-default-simple'):.2f} | >= 3.0 |")
print(f"| /sparql consensus / tuned Fuseki | {r('sparql-consensus', 'fuseki-32k-consensus'):.2f} | |")
print(f"| /sparql consensus / default Fuseki | {r('sparql-consensus', 'fuseki-default-consensus'):.2f} | |")
print(f"\nStart-up to the first answered request: cold (empty store) {int(cold)/1000:.2f} s (target <= 5 s), "
      f"warm (existing store) {int(warm)/1000:.2f} s (target <= 2 s). Peak RSS of Diligentia under load: {rss_d} MiB (target <= 1024).")
PY
cat "$REPORT"
echo "bench: report written to $REPORT" >&2
