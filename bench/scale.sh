#!/usr/bin/env bash
# Scale test: synthetic knowledge bases at N times the shipped one (bench/generate.py), each loaded by
# Diligentia and, in the same run, by Jena's tdb2.tdbloader on the same files; then the consensus API
# and the canned consensus query served from the loaded store.
#
#   bench/scale.sh              scales 1 10 100
#   bench/scale.sh 10 100 1000  the scales given
#
# For each scale: source triples, Diligentia's load time and rate with its phases (parse, SHACL,
# inference, intervals, assessments, custom assessments, checks, change report, commit),
# tdb2.tdbloader's time and rate, the peak RSS of the load and of the server; and, served warm, p50
# and p99 of /api/consensus for the African Union cached (the same request, 16 connections) and
# uncached (a date no request asked before, 4 connections), of the world uncached, of the consensus
# matrix (/api/consensus/matrix, every scope and question) uncached, and of the canned consensus query
# for the matrix on /sparql (queries/consensus-counts.rq on 2025-01-01, 1 connection).
# Writes bench/results/scale-<time>.md, .csv and .png (a chart of how each phase grows).
#
# Environment: LOAD_HEAP (-Xmx of the load and of tdb2.tdbloader, default 4g), SERVE_HEAP (of the
# server, default 512m: enough at 100x, see bench/README.md), DURATION (of each measured case, default 20s).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

SCALES=("$@"); [ ${#SCALES[@]} -gt 0 ] || SCALES=(1 10 100)
LOAD_HEAP="${LOAD_HEAP:-4g}"; SERVE_HEAP="${SERVE_HEAP:-512m}"; DURATION="${DURATION:-20s}"
need /usr/bin/time time
bench_setup scale
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
CSV="$RESULTS_DIR/scale-$STAMP.csv"
CASES=(cached uncached uncached_world matrix_uncached sparql_matrix)
HEADER="scale,source_triples,load_s,parse_s,shacl_s,inference_s,intervals_s,assessments_s,custom_s,checks_s,changes_s,commit_s"
HEADER="$HEADER,load_rss_mib,tdbloader_s,tdbloader_rss_mib,serve_start_s,first_uncached_s"
for c in "${CASES[@]}"; do HEADER="$HEADER,p50_${c}_ms,p99_${c}_ms"; done
echo "$HEADER,serve_rss_mib" > "$CSV"

latency_of() {  # latency_of OUTPUT-FILE -> "p50,p99" in ms, or "n/a,n/a" (and the wrk output) if any request failed
  local stat; stat=$(python3 "$HOME_DIR/bench/lib/wrkstat.py" "$1")
  if [ "$(awk '{ print $4 }' <<<"$stat")" != 0 ]; then
    echo "bench: errors in $1:" >&2; cat "$1" >&2; echo "n/a,n/a"; return
  fi
  awk '{ print $2 "," $3 }' <<<"$stat"
}

seconds_since() {  # seconds_since NANOSECONDS -> seconds elapsed, two decimals
  python3 -c "print(f'{($(date +%s%N) - $1) / 1e9:.2f}')"
}

for N in "${SCALES[@]}"; do
  echo "bench: scale $N ..." >&2
  DATA="$WORK/kb$N"
  python3 "$HOME_DIR/bench/generate.py" --scale "$N" --out "$DATA" >&2

  # Diligentia: the full load (parse, SHACL, inference, intervals, assessments, checks, commit).
  /usr/bin/time -f "%M" -o "$WORK/load-rss" env DILIGENTIA_JAVA_OPTS="-Xmx$LOAD_HEAP -XX:+UseSerialGC" DILIGENTIA_LOG_LEVEL=WARN \
    "$HOME_DIR/diligentia" load --data "$DATA" --store "$WORK/st$N" > "$WORK/load.out" 2> "$WORK/load.err" \
    || { echo "bench: the load of scale $N failed:" >&2; tail -n 20 "$WORK/load.err" >&2; exit 1; }
  LOAD_RSS=$(( $(cat "$WORK/load-rss") / 1024 ))

  # Jena's bulk loader on the same files (ontology and data), into a fresh TDB2 database.
  mapfile -t FILES < <(find "$HOME_DIR/ontology" "$DATA" -name '*.ttl' | sort)
  T0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$WORK/tdb-rss" "$JAVA" -Xmx"$LOAD_HEAP" -cp "$FUSEKI_JAR" tdb2.tdbloader --loc "$WORK/tl$N" "${FILES[@]}" > "$WORK/tdb.log" 2>&1
  TDB_S=$(seconds_since "$T0")
  TDB_RSS=$(( $(cat "$WORK/tdb-rss") / 1024 ))
  rm -rf "$WORK/tl$N"

  # Serve the loaded store.
  DPORT=$(free_port)
  BASE="http://127.0.0.1:$DPORT"
  DILIGENTIA_JAVA_OPTS="-Xmx$SERVE_HEAP -XX:+UseSerialGC" DILIGENTIA_LOG_LEVEL=WARN \
    "$HOME_DIR/diligentia" serve --host 127.0.0.1 --port "$DPORT" --store "$WORK/st$N" --data "$DATA" > "$WORK/serve.log" 2>&1 &
  DPID=$!; PIDS="${PIDS:-} $DPID"
  START_S=$(python3 -c "print(f'{$(wait_for "$BASE/health" 600) / 1000:.2f}')")
  URL="$BASE/api/consensus?scope=AU&question=dd-binding"
  # The first uncached answer of a version reads the interval index: timed on its own.
  T0=$(date +%s%N)
  curl -sf -o /dev/null --max-time 900 "$URL&asOf=2999-12-31" || { echo "bench: $URL&asOf=2999-12-31 failed" >&2; exit 1; }
  FIRST_S=$(seconds_since "$T0")

  # Cached: the same request again and again.
  curl -sf -o /dev/null "$URL&asOf=2025-01-01"
  wrk -t2 -c16 -d3s "$URL&asOf=2025-01-01" > /dev/null
  wrk -t2 -c16 -d"$DURATION" --latency "$URL&asOf=2025-01-01" > "$WORK/cached.txt"
  # Uncached: 4 connections, each request a date of its own (bench/lib/unique-date.lua).
  uncached() {  # uncached PATH OUTPUT FIRST-DAY
    BENCH_PATH="$1" BENCH_START="$3" BENCH_THREADS=2 \
      wrk -t2 -c4 -d"$DURATION" --timeout 30s --latency -s "$HOME_DIR/bench/lib/unique-date.lua" "$BASE" > "$2"
  }
  uncached "/api/consensus?scope=AU&question=dd-binding" "$WORK/uncached.txt" 0
  uncached "/api/consensus?scope=world&question=dd-binding" "$WORK/uncached_world.txt" 100000
  uncached "/api/consensus/matrix?minConfidence=low" "$WORK/matrix_uncached.txt" 200000
  # The canned consensus query for the matrix, as an analyst sends it (POSTed as a form), after a warm-up.
  sed -e 's|VALUES ?asOf { }|VALUES ?asOf { "2025-01-01"^^<http://www.w3.org/2001/XMLSchema#date> }|' \
      -e 's|?minConfidence|<https://w3id.org/diligentia/id/confidence/low>|g' "$HOME_DIR/queries/consensus-counts.rq" \
    | python3 -c 'import sys,urllib.parse; print("query=" + urllib.parse.quote(sys.stdin.read()), end="")' > "$WORK/consensus.body"
  BENCH_BODY_FILE="$WORK/consensus.body" wrk -t1 -c1 -d5s --timeout 60s -s "$HOME_DIR/bench/lib/post.lua" "$BASE/sparql" > /dev/null
  BENCH_BODY_FILE="$WORK/consensus.body" wrk -t1 -c1 -d"$DURATION" --timeout 60s --latency -s "$HOME_DIR/bench/lib/post.lua" "$BASE/sparql" > "$WORK/sparql_matrix.txt"
  SERVE_RSS=$(peak_rss_mib "$DPID")
  stop_pid "$DPID"

  LATENCIES=""
  for c in "${CASES[@]}"; do LATENCIES="$LATENCIES,$(latency_of "$WORK/$c.txt")"; done
  python3 - "$N" "$WORK/load.out" "$TDB_S" "$LOAD_RSS" "$TDB_RSS" "$START_S" "$FIRST_S" "${LATENCIES#,}" "$SERVE_RSS" >> "$CSV" <<'PY'
import re, sys
n, out, tdb_s, load_rss, tdb_rss, start_s, first_s, latencies, serve_rss = sys.argv[1:]
text = open(out).read()
triples = int(re.search(r"files, (\d+) triples", text).group(1))
phases = dict((k.strip(), int(v) / 1000) for k, v in re.findall(r"([a-z][a-z ]*?) (\d+) ms", text.split("Phases:")[1]))
total = sum(phases.values())
get = lambda k: f"{phases.get(k, 0):.2f}"
print(",".join([n, str(triples), f"{total:.2f}", get("parse"), get("shacl"), get("inference rules"),
                get("stance and population intervals"), get("consensus assessments"), get("custom assessments"), get("checks"),
                get("changes"), get("commit"), load_rss, tdb_s, tdb_rss, start_s, first_s, latencies, serve_rss]))
PY
  tail -n 1 "$CSV" >&2
  rm -rf "$WORK/st$N" "$DATA"
done

CHART_PY=python3; [ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import matplotlib" 2>/dev/null && CHART_PY=/usr/bin/python3
"$CHART_PY" - "$CSV" "$RESULTS_DIR/scale-$STAMP" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
out = open(sys.argv[2] + ".md", "w")
out.write("| scale | source triples | load s | triples/s | tdb2.tdbloader s | tdbloader triples/s | rate / tdbloader | parse s | SHACL s | "
          "inference s | intervals s | assessments s | custom s | checks s | changes s | commit s | load RSS MiB | tdbloader RSS MiB |\n")
out.write("|" + " ---: |" * 18 + "\n")
for r in rows:
    t = int(r["source_triples"]); load = float(r["load_s"]); tdb = float(r["tdbloader_s"])
    phases = " | ".join(r[k] for k in ["parse_s", "shacl_s", "inference_s", "intervals_s", "assessments_s", "custom_s", "checks_s", "changes_s", "commit_s"])
    out.write(f"| {r['scale']} | {t:,} | {load:.1f} | {t/load:,.0f} | {tdb:.1f} | {t/tdb:,.0f} | {tdb/load:.2f} | {phases} | "
              f"{r['load_rss_mib']} | {r['tdbloader_rss_mib']} |\n")
out.write("\nServed warm, p50 / p99 ms (uncached: a date never asked before on each request, 4 connections):\n\n")
out.write("| scale | serve start s | first uncached s | AU cached | AU uncached | world uncached | matrix uncached | /sparql matrix query, 1 connection | serve RSS MiB |\n")
out.write("|" + " ---: |" * 9 + "\n")
for r in rows:
    cell = lambda c: f"{r['p50_' + c + '_ms']} / {r['p99_' + c + '_ms']}"
    out.write(f"| {r['scale']} | {r['serve_start_s']} | {r['first_uncached_s']} | {cell('cached')} | {cell('uncached')} | "
              f"{cell('uncached_world')} | {cell('matrix_uncached')} | {cell('sparql_matrix')} | {r['serve_rss_mib']} |\n")
out.close()
try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    xs = [int(r["source_triples"]) for r in rows]
    fig, ax = plt.subplots(figsize=(8, 5))
    for key, label in [("parse_s", "parse"), ("shacl_s", "SHACL"), ("inference_s", "inference"), ("intervals_s", "intervals"),
                       ("assessments_s", "assessments"), ("custom_s", "custom assessments"), ("checks_s", "checks"),
                       ("changes_s", "change report"), ("commit_s", "commit"), ("load_s", "Diligentia load, total"),
                       ("tdbloader_s", "tdb2.tdbloader")]:
        ax.plot(xs, [max(float(r[key]), 0.01) for r in rows], marker="o", label=label)
    ax.plot(xs, [float(rows[0]["load_s"]) * x / xs[0] for x in xs], linestyle=":", color="grey", label="linear from the smallest")
    ax.set_xscale("log"); ax.set_yscale("log"); ax.set_xlabel("source triples"); ax.set_ylabel("seconds")
    ax.set_title("Load phases against knowledge-base size (log-log: a slope of 1 is linear)")
    ax.legend(fontsize=8); ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout(); fig.savefig(sys.argv[2] + ".png", dpi=110)
except ImportError:
    print("bench: matplotlib not installed (apt-get install python3-matplotlib) - no chart", file=sys.stderr)
PY
cat "$RESULTS_DIR/scale-$STAMP.md"
echo "bench: results in $RESULTS_DIR/scale-$STAMP.{md,csv,png}" >&2
