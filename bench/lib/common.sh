# Shared helpers of the benchmark scripts (sourced, not run).

HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RESULTS_DIR="$HOME_DIR/bench/results"
FUSEKI_VERSION=6.2.0
JAVA_OPTS_BENCH="-Xmx768m -XX:+UseSerialGC"

# A JDK 21+, found the same way as the launcher does.
bench_java() {
  local candidate best="" best_major=0 major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/openjdk; do
    [ -n "$candidate" ] && [ -r "$candidate/release" ] || continue
    major=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$candidate/release" | head -n 1)
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  [ -n "$best" ] || { echo "bench: no JDK 21+ found" >&2; exit 1; }
  echo "$best/bin/java"
}

need() {  # need COMMAND DEBIAN-PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "bench: installing $2 (for $1) ..." >&2
  apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
}

# The standalone Fuseki server jar, from Maven Central (through Maven's local repository).
fuseki_jar() {
  local jar="$HOME/.m2/repository/org/apache/jena/jena-fuseki-server/$FUSEKI_VERSION/jena-fuseki-server-$FUSEKI_VERSION.jar"
  if [ ! -f "$jar" ]; then
    (cd "$HOME_DIR" && ./mvnw -q -B dependency:get -Dartifact="org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION" >&2)
  fi
  echo "$jar"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# wait_for URL SECONDS: poll until the URL answers 2xx; prints the milliseconds it took.
wait_for() {
  local url="$1" limit="$2" start now
  start=$(date +%s%N)
  while true; do
    if curl -sf -o /dev/null "$url"; then
      now=$(date +%s%N); echo $(( (now - start) / 1000000 )); return 0
    fi
    now=$(date +%s%N)
    [ $(( (now - start) / 1000000000 )) -lt "$limit" ] || { echo "bench: $url did not answer within ${limit}s" >&2; return 1; }
    sleep 0.05
  done
}

peak_rss_mib() {  # peak resident set of a process, in MiB
  awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"
}

stop_pid() {
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
}

# Fuseki's assembler: a TDB2 dataset, query-only, the union of named graphs as the default graph.
fuseki_config() {  # fuseki_config STORE-DIR > file
  cat <<CFG
@prefix fuseki: <http://jena.apache.org/fuseki#> .
@prefix tdb2:   <http://jena.apache.org/2016/tdb#> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
<#service> a fuseki:Service ;
    fuseki:name "ds" ;
    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
    fuseki:dataset <#dataset> .
<#dataset> a tdb2:DatasetTDB2 ;
    tdb2:location "$1" ;
    tdb2:unionDefaultGraph true .
CFG
}

# A Jetty configuration for Fuseki with a 32 KiB output buffer (Fuseki 6.2.0 sets 5 MiB; apache/jena#4084).
fuseki_jetty_32k() {  # fuseki_jetty_32k PORT > file
  cat <<XML
<?xml version="1.0"?>
<!DOCTYPE Configure PUBLIC "-//Jetty//Configure//EN" "https://jetty.org/configure_10_0.dtd">
<Configure id="Server" class="org.eclipse.jetty.server.Server">
  <New id="httpConfig" class="org.eclipse.jetty.server.HttpConfiguration">
    <Set name="outputBufferSize">32768</Set>
    <Set name="requestHeaderSize">65536</Set>
    <Set name="sendServerVersion">false</Set>
  </New>
  <Call name="addConnector">
    <Arg>
      <New class="org.eclipse.jetty.server.ServerConnector">
        <Arg name="server"><Ref refid="Server"/></Arg>
        <Arg name="factories">
          <Array type="org.eclipse.jetty.server.ConnectionFactory">
            <Item><New class="org.eclipse.jetty.server.HttpConnectionFactory"><Arg name="config"><Ref refid="httpConfig"/></Arg></New></Item>
          </Array>
        </Arg>
        <Set name="host">127.0.0.1</Set>
        <Set name="port">$1</Set>
      </New>
    </Arg>
  </Call>
</Configure>
XML
}

# bench_setup NAME: the shared start of run.sh and scale.sh. Needs wrk and curl; sets JAVA (a JDK
# 21+), FUSEKI_JAR, and WORK (a scratch folder removed at exit, with every process in PIDS stopped);
# builds the jar; creates the results folder.
bench_setup() {
  need wrk wrk
  need curl curl
  JAVA=$(bench_java)
  FUSEKI_JAR=$(fuseki_jar)
  (cd "$HOME_DIR" && ./mvnw -q -B -DskipTests package >&2)
  WORK=$(mktemp -d "/tmp/diligentia-$1.XXXXXX")
  trap 'for p in ${PIDS:-}; do stop_pid "$p"; done; rm -rf "$WORK"' EXIT
  mkdir -p "$RESULTS_DIR"
}
