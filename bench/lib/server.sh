# Starting and stopping one Diligentia server for a benchmark (sourced after lib/common.sh, not run).
#
# serve_setup NAME: needs wrk and curl; sets JAVA (a JDK 21+), WORK (a scratch folder removed at exit,
# with every process in PIDS stopped) and SERVER_JAR: the jar given with --jar (with its lib/ folder
# beside it: to measure another build, such as one of an older commit), else server/target/diligentia-server.jar, built by the
# launcher when it is missing or older than the sources.
serve_setup() {
  need wrk wrk
  need curl curl
  JAVA=$(bench_java)
  WORK=$(mktemp -d "/tmp/diligentia-$1.XXXXXX")
  trap 'for p in ${PIDS:-}; do stop_pid "$p"; done; rm -rf "$WORK"' EXIT
  mkdir -p "$RESULTS_DIR"
  if [ -z "${SERVER_JAR:-}" ]; then
    "$HOME_DIR/diligentia" --help > /dev/null   # builds the jar when it is stale
    SERVER_JAR="$HOME_DIR/server/target/diligentia-server.jar"
  fi
  [ -f "$SERVER_JAR" ] || { echo "bench: no server jar at $SERVER_JAR" >&2; exit 2; }
}

# serve STORE [serve options...]: starts the server ($SERVER_JAR) on a free loopback port over STORE
# (loaded on first use); sets SPID, SPORT and BASE; waits for /health.
serve() {
  local store="$1"; shift
  SPORT=$(free_port)
  DILIGENTIA_HOME="$HOME_DIR" DILIGENTIA_LOG_LEVEL=WARN "$JAVA" $JAVA_OPTS_BENCH -jar "$SERVER_JAR" serve \
    --host 127.0.0.1 --port "$SPORT" --store "$store" "$@" > "$WORK/server-$SPORT.log" 2>&1 &
  SPID=$!; PIDS="${PIDS:-} $SPID"
  BASE="http://127.0.0.1:$SPORT"
  for _ in $(seq 1 3000); do
    curl -sf -o /dev/null "$BASE/health" && return 0
    kill -0 "$SPID" 2>/dev/null || { cat "$WORK/server-$SPORT.log" >&2; echo "bench: the server stopped" >&2; exit 1; }
    sleep 0.1
  done
  cat "$WORK/server-$SPORT.log" >&2; echo "bench: the server did not answer /health within 300 s" >&2; exit 1
}
