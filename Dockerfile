# Diligentia container image: build with the Maven wrapper on a JDK 21 image, run on a JRE 21 image as a
# non-root user. The entrypoint is the same launcher as on a workstation (./diligentia), so the
# image runs exactly `./diligentia serve`, configured by the same DILIGENTIA_* variables.
#
# Embedded store (default): docker run -p 7070:7070 diligentia
# Remote SPARQL store:      docker run -p 7070:7070 \
#                             -e DILIGENTIA_SPARQL_ENDPOINT=http://fuseki:3030/ds/sparql \
#                             -e DILIGENTIA_GSP_ENDPOINT=http://fuseki:3030/ds/data diligentia
# (with the GSP endpoint the server uploads the bundled data if the store does not hold it yet;
# without it the server only reads). DockerfileIT runs this entrypoint with this environment.

FROM eclipse-temurin:21-jdk AS build
# The build runs 'npm ci' for the query editor's and the dashboard's assets (server/src/main/frontend,
# server/src/main/dashboard); Maven comes from the Maven wrapper (./mvnw), as on a workstation.
RUN apt-get update \
 && apt-get install -y --no-install-recommends npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY server/pom.xml server/
RUN ./mvnw -B -q -pl server -am dependency:go-offline
COPY server/src server/src
COPY queries queries
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:21-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /opt/diligentia diligentia
WORKDIR /opt/diligentia
COPY --from=build /src/server/target/diligentia-server.jar server/target/diligentia-server.jar
COPY --from=build /src/server/target/lib server/target/lib
COPY diligentia ./
COPY ontology ontology
COPY data data
RUN mkdir store && chown diligentia:diligentia store
USER diligentia
# Empty endpoints mean the embedded store in /opt/diligentia/store.
ENV DILIGENTIA_HOME=/opt/diligentia \
    DILIGENTIA_PORT=7070 \
    DILIGENTIA_HOST=0.0.0.0 \
    DILIGENTIA_STORE=/opt/diligentia/store \
    DILIGENTIA_SPARQL_ENDPOINT="" \
    DILIGENTIA_GSP_ENDPOINT=""
EXPOSE 7070
VOLUME ["/opt/diligentia/store"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${DILIGENTIA_PORT}/health" || exit 1
ENTRYPOINT ["./diligentia"]
CMD ["serve"]
