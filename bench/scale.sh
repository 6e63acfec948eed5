#!/usr/bin/env bash
# Scale test: synthetic knowledge bases at N times the shipped one (bench/generate.py), each loaded by
# Diligentia and, in the same run, by Jena's tdb2.tdbloader on the same files; then the consensus API
# served from the loaded store.
#
#   bench/scale.sh              scales 1 10 100
#   bench/scale.sh 10 100 1000  the scales given
#
# For each scale: source triples, Diligentia's load time and rate with its phases (parse, SHACL,
# inference, assessments, checks, commit), tdb2.tdbloader's time and rate, the load's peak RSS, and
# /api/consensus p50 served warm: for the African Union cached (same request) and uncached (a new date
# each request, from 2020-02 on), and for the world uncached.
# Writes bench/results/scale-<time>.md, .csv and .png (a chart of how each phase grows).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

SCALES=("$@"); [ ${#SCALES[@]} -gt 0 ] || SCALES=(1 10 100)
need /usr/bin/time time
bench_setup scale
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
CSV="$RESULTS_DIR/scale-$STAMP.csv"
echo "scale,source_triples,load_s,parse_s,shacl_s,inference_s,assessments_s,checks_s,commit_s,load_rss_mib,tdbloader_s,tdbloader_rss_mib,p50_cached_ms,p50_uncached_ms,p50_uncached_world_ms,serve_rss_mib" > "$CSV"

p50_of() {  # p50_of OUTPUT-FILE -> milliseconds, or "n/a" (and the wrk output) if any request failed
  local stat; stat=$(python3 "$HOME_DIR/bench/lib/wrkstat.py" "$1")
  if [ "$(awk '{ print $4 }' <<<"$stat")" != 0 ]; then
    echo "bench: errors in $1:" >&2; cat "$1" >&2; echo "n/a"; return
  fi
  awk '{ print $2 }' <<<"$stat"
}

for N in "${SCALES[@]}"; do
  echo "bench: scale $N ..." >&2
  DATA="$WORK/kb$N"
  python3 "$HOME_DIR/bench/generate.py" --scale "$N" --out "$DATA" >&2

  # Diligentia: the full load (parse, SHACL, inference, assessments, checks, commit).
  /usr/bin/time -f "%M" -o "$WORK/load-rss" env DILIGENTIA_JAVA_OPTS="-Xmx4g -XX:+UseSerialGC" DILIGENTIA_LOG_LEVEL=WARN \
    "$HOME_DIR/diligentia" load --data "$DATA" --store "$WORK/st$N" > "$WORK/load.out" 2> "$WORK/load.err"
  LOAD_RSS=$(( $(cat "$WORK/load-rss") / 1024 ))

  # Jena's bulk loader on the same files (ontology and data), into a fresh TDB2 database.
  mapfile -t FILES < <(find "$HOME_DIR/ontology" "$DATA" -name '*.ttl' | sort)
  T0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$WORK/tdb-rss" "$JAVA" -Xmx4g -cp "$FUSEKI_JAR" tdb2.tdbloader --loc "$WORK/tl$N" "${FILES[@]}" > "$WORK/tdb.log" 2>&1
  T1=$(date +%s%N)
  TDB_S=$(python3 -c "print(f'{($T1 - $T0) / 1e9:.2f}')")
  TDB_RSS=$(( $(cat "$WORK/tdb-rss") / 1024 ))
  rm -rf "$WORK/tl$N"

  # Serve the loaded store and measure the consensus API: cached, then a new date each request.
  DPORT=$(free_port)
  DILIGENTIA_JAVA_OPTS="-Xmx1g -XX:+UseSerialGC" DILIGENTIA_LOG_LEVEL=WARN \
    "$HOME_DIR/diligentia" serve --host 127.0.0.1 --port "$DPORT" --store "$WORK/st$N" --data "$DATA" > "$WORK/serve.log" 2>&1 &
  DPID=$!; PIDS="${PIDS:-} $DPID"
  wait_for "http://127.0.0.1:$DPORT/health" 600 > /dev/null
  URL="http://127.0.0.1:$DPORT/api/consensus?scope=AU&question=dd-binding"
  # One answer first (the first request of a fresh JVM at 100x takes over a second).
  curl -sf -o /dev/null "$URL&asOf=2025-01-01" || { echo "bench: $URL&asOf=2025-01-01 failed" >&2; exit 1; }
  wrk -t2 -c16 -d3s "$URL&asOf=2025-01-01" > /dev/null
  wrk -t2 -c16 -d10s --latency "$URL&asOf=2025-01-01" > "$WORK/cached.txt"
  BENCH_PATH="/api/consensus?scope=AU&question=dd-binding" wrk -t2 -c4 -d20s --timeout 10s --latency -s "$HOME_DIR/bench/lib/vary-date.lua" "http://127.0.0.1:$DPORT" > "$WORK/uncached.txt"
  # The largest scope: the world (UN members).
  BENCH_PATH="/api/consensus?scope=world&question=dd-binding" wrk -t2 -c4 -d20s --timeout 10s --latency -s "$HOME_DIR/bench/lib/vary-date.lua" "http://127.0.0.1:$DPORT" > "$WORK/uncached-world.txt"
  SERVE_RSS=$(peak_rss_mib "$DPID")
  stop_pid "$DPID"

  python3 - "$N" "$WORK/load.out" "$TDB_S" "$LOAD_RSS" "$TDB_RSS" "$(p50_of "$WORK/cached.txt")" "$(p50_of "$WORK/uncached.txt")" "$(p50_of "$WORK/uncached-world.txt")" "$SERVE_RSS" >> "$CSV" <<'PY'
import re, sys
n, out, tdb_s, load_rss, tdb_rss, p50c, p50u, p50w, serve_rss = sys.argv[1:]
text = open(out).read()
triples = int(re.search(r"files, (\d+) triples", text).group(1))
phases = dict((k.strip(), int(v) / 1000) for k, v in re.findall(r"([a-z][a-z ]*?) (\d+) ms", text.split("Phases:")[1]))
total = sum(phases.values())
get = lambda k: f"{phases.get(k, 0):.2f}"
print(",".join([n, str(triples), f"{total:.2f}", get("parse"), get("shacl"), get("inference rules"), get("consensus assessments"),
                get("checks"), get("commit"), load_rss, tdb_s, tdb_rss, p50c, p50u, p50w, serve_rss]))
PY
  tail -n 1 "$CSV" >&2
  rm -rf "$WORK/st$N" "$DATA"
done

CHART_PY=python3; [ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import matplotlib" 2>/dev/null && CHART_PY=/usr/bin/python3
"$CHART_PY" - "$CSV" "$RESULTS_DIR/scale-$STAMP" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
out = open(sys.argv[2] + ".md", "w")
out.write("| scale | source triples | load s | triples/s | tdb2.tdbloader s | tdbloader triples/s | rate / tdbloader | parse s | SHACL s | inference s | assessments s | checks s | commit s | load RSS MiB | AU consensus p50 cached ms | AU uncached ms | world uncached ms |\n")
out.write("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
for r in rows:
    t = int(r["source_triples"]); load = float(r["load_s"]); tdb = float(r["tdbloader_s"])
    out.write(f"| {r['scale']} | {t:,} | {load:.1f} | {t/load:,.0f} | {tdb:.1f} | {t/tdb:,.0f} | {tdb/load:.2f} | {r['parse_s']} | {r['shacl_s']} | "
              f"{r['inference_s']} | {r['assessments_s']} | {r['checks_s']} | {r['commit_s']} | {r['load_rss_mib']} | {r['p50_cached_ms']} | {r['p50_uncached_ms']} | {r['p50_uncached_world_ms']} |\n")
out.close()
try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    xs = [int(r["source_triples"]) for r in rows]
    fig, ax = plt.subplots(figsize=(8, 5))
    for key, label in [("parse_s", "parse"), ("shacl_s", "SHACL"), ("inference_s", "inference"), ("assessments_s", "assessments"),
                       ("checks_s", "checks"), ("commit_s", "commit"), ("load_s", "Diligentia load, total"), ("tdbloader_s", "tdb2.tdbloader")]:
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
