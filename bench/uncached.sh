#!/usr/bin/env bash
# Uncached answers at one scale: /api/consensus on a date never asked before (African Union and the
# world, dd-binding, 4 connections), the world's timeline since 1990 to a day never asked before (4
# connections), and the canned consensus query for the matrix on /sparql
# (queries/consensus-counts.rq, every scope and question on 2025-01-01, as bench/run.sh sends it;
# 1 connection, then 4).
#
#   bench/uncached.sh [SCALE]       SCALE 1 (the shipped data, default) or N (bench/generate.py --scale N)
#
# Environment: RUNS (runs per case, default 3), DURATION (per run, default 10s), DATA (a folder of
# data already generated for the scale, else generated here), STORE (a store folder to keep between
# calls: a later call on unchanged data starts warm instead of loading again), HEAP (server -Xmx,
# default 1g), NO_BUILD=1 (use the jar as built), JAR (run that server jar instead, e.g. a copy of an
# earlier build to compare against), QUERY (the consensus query file to POST, default
# queries/consensus-counts.rq; for an earlier build, its own: git show REV:queries/consensus-counts.rq).
# Each run of a case asks for dates of its own (bench/lib/unique-date.lua), so no run is answered
# from the caches of an earlier one. Prints, per case, every run's p50 and p99 and their minimum and
# median; writes bench/results/uncached-<scale>-<time>.md. Each run has 100,000 days of its own (up to
# 2999-12-31, the latest date the API takes): RUNS above 3 overlap the warm-up.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

SCALE="${1:-1}"; RUNS="${RUNS:-3}"; DURATION="${DURATION:-10s}"; HEAP="${HEAP:-1g}"
need wrk wrk
need curl curl
[ -n "${NO_BUILD:-}${JAR:-}" ] || (cd "$HOME_DIR" && ./mvnw -q -B -DskipTests package >&2)
if [ -n "${JAR:-}" ]; then SERVER=("$(bench_java)" -Xmx"$HEAP" -XX:+UseSerialGC -jar "$JAR"); else SERVER=("$HOME_DIR/diligentia"); fi
WORK=$(mktemp -d "/tmp/diligentia-uncached.XXXXXX")
trap 'for p in ${PIDS:-}; do stop_pid "$p"; done; rm -rf "$WORK"' EXIT
mkdir -p "$RESULTS_DIR"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$RESULTS_DIR/uncached-$SCALE-$STAMP.md"

if [ "$SCALE" = 1 ]; then DATA="${DATA:-$HOME_DIR/data}"
elif [ -z "${DATA:-}" ]; then DATA="$WORK/kb$SCALE"; python3 "$HOME_DIR/bench/generate.py" --scale "$SCALE" --out "$DATA" >&2
fi
STORE_DIR="${STORE:-$WORK/store}"

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
DILIGENTIA_JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC" DILIGENTIA_LOG_LEVEL=WARN \
  "${SERVER[@]}" serve --host 127.0.0.1 --port "$PORT" --store "$STORE_DIR" --data "$DATA" > "$WORK/serve.log" 2>&1 &
PID=$!; PIDS="$PID"
echo "bench: serving scale $SCALE (store $STORE_DIR) ..." >&2
T0=$(date +%s%N)
until curl -sf -o /dev/null "$BASE/health"; do
  kill -0 "$PID" 2>/dev/null || { echo "bench: the server stopped:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.2
done
STARTED_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
echo "bench: answered after $STARTED_MS ms" >&2

sed -e 's|VALUES ?asOf { }|VALUES ?asOf { "2025-01-01"^^<http://www.w3.org/2001/XMLSchema#date> }|' \
    -e 's|?minConfidence|<https://w3id.org/diligentia/id/confidence/low>|g' "${QUERY:-$HOME_DIR/queries/consensus-counts.rq}" \
  | python3 -c 'import sys,urllib.parse; print("query=" + urllib.parse.quote(sys.stdin.read()), end="")' > "$WORK/consensus.body"

# The first uncached answer of a version reads the interval index (seconds at 100x): timed on its own.
T0=$(date +%s%N)
curl -sf -o /dev/null --max-time 900 "$BASE/api/consensus?scope=AU&question=dd-binding&asOf=2999-12-31"
FIRST_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
# Warm-up (JIT, first reads): dates of their own, far from those measured.
for scope in AU world; do
  BENCH_PATH="/api/consensus?scope=$scope&question=dd-binding" BENCH_START=300000 BENCH_THREADS=2 \
    wrk -t2 -c4 -d5s --timeout 10s -s "$HOME_DIR/bench/lib/unique-date.lua" "$BASE" > /dev/null
done
BENCH_BODY_FILE="$WORK/consensus.body" wrk -t1 -c1 -d5s --timeout 30s -s "$HOME_DIR/bench/lib/post.lua" "$BASE/sparql" > /dev/null

for run in $(seq 1 "$RUNS"); do
  for scope in AU world; do
    BENCH_PATH="/api/consensus?scope=$scope&question=dd-binding" BENCH_START=$(( (run - 1) * 100000 )) BENCH_THREADS=2 \
      wrk -t2 -c4 -d"$DURATION" --timeout 10s --latency -s "$HOME_DIR/bench/lib/unique-date.lua" "$BASE" > "$WORK/api-$scope-c4.$run.txt"
  done
  BENCH_PATH="/api/consensus/timeline?scope=world&question=dd-binding&from=1990-01-01" BENCH_PARAM=to \
    BENCH_START=$(( (run - 1) * 100000 )) BENCH_THREADS=2 \
    wrk -t2 -c4 -d"$DURATION" --timeout 10s --latency -s "$HOME_DIR/bench/lib/unique-date.lua" "$BASE" > "$WORK/timeline-world-c4.$run.txt"
  BENCH_BODY_FILE="$WORK/consensus.body" wrk -t1 -c1 -d"$DURATION" --timeout 30s --latency -s "$HOME_DIR/bench/lib/post.lua" "$BASE/sparql" > "$WORK/sparql-matrix-c1.$run.txt"
  BENCH_BODY_FILE="$WORK/consensus.body" wrk -t2 -c4 -d"$DURATION" --timeout 30s --latency -s "$HOME_DIR/bench/lib/post.lua" "$BASE/sparql" > "$WORK/sparql-matrix-c4.$run.txt"
done
RSS=$(peak_rss_mib "$PID")
# One answer of each kind, for the record (and a check that the answers are answers).
curl -sf "$BASE/api/consensus?scope=world&question=dd-binding&asOf=2025-01-01" | head -c 300 > "$WORK/sample.json" || true

python3 - "$WORK" "$RUNS" "$SCALE" "$STARTED_MS ms, first uncached answer in $FIRST_MS" "$RSS" "${JAR:-$(git -C "$HOME_DIR" rev-parse --short HEAD)}" "$(cat /proc/loadavg)" > "$OUT" <<'PY'
import re, statistics, sys
work, runs, scale, started, rss, commit, load = sys.argv[1:]
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
def millis(t):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", t); return float(m.group(1)) * UNITS[m.group(2)]
def parse(path):
    out = open(path).read()
    req = int(re.search(r"(\d+) requests in", out).group(1))
    p50 = millis(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = millis(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    err = sum(int(x) for x in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m: err += sum(int(g) for g in m.groups())
    return req, p50, p99, err
print(f"Scale {scale}, server {commit}, {runs} runs per case; started in {started} ms; peak RSS {rss} MiB; load average at the end: {load}\n")
print("| case | requests per run | p50 ms per run | p50 min | p50 median | p99 ms per run | p99 median | errors |")
print("| --- | --- | --- | ---: | ---: | --- | ---: | ---: |")
for case in ["api-AU-c4", "api-world-c4", "timeline-world-c4", "sparql-matrix-c1", "sparql-matrix-c4"]:
    rs = [parse(f"{work}/{case}.{i}.txt") for i in range(1, int(runs) + 1)]
    p50s = [r[1] for r in rs]; p99s = [r[2] for r in rs]
    print(f"| {case} | {', '.join(str(r[0]) for r in rs)} | {', '.join(f'{x:.2f}' for x in p50s)} | {min(p50s):.2f} | "
          f"{statistics.median(p50s):.2f} | {', '.join(f'{x:.2f}' for x in p99s)} | {statistics.median(p99s):.2f} | {sum(r[3] for r in rs)} |")
    if not case.startswith("sparql") and max(r[0] for r in rs) > 100000:
        print(f"\nWARNING: {case} made more than 100,000 requests in a run: later runs' dates overlap earlier ones.\n")
PY
cat "$OUT"
echo "bench: results in $OUT" >&2
