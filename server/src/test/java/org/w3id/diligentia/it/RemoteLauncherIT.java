package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.ServerProcess;
import org.w3id.diligentia.support.StandaloneFuseki;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code ./diligentia load --gsp-endpoint} and {@code serve --sparql-endpoint}, run as a user runs them, against a real Fuseki. */
class RemoteLauncherIT {

    @Test
    void loadUploadsThroughTheGraphStoreProtocolAndARead_onlyServerServesIt(@TempDir Path dir) throws Exception {
        try (StandaloneFuseki fuseki = StandaloneFuseki.start(dir, List.of("ds"))) {
            String sparql = fuseki.url("/ds/sparql");
            ServerProcess.Result load = ServerProcess.run(List.of("load", "--gsp-endpoint", fuseki.url("/ds/data"),
                    "--sparql-endpoint", sparql), Duration.ofMinutes(5));
            assertEquals(0, load.status(), load.output());
            assertTrue(load.output().contains("Loaded ") && load.output().contains("version "), load.output());
            // The query endpoint from the environment, as a container would get it.
            try (ServerProcess server = ServerProcess.serve(List.of(), Map.of("DILIGENTIA_SPARQL_ENDPOINT", sparql))) {
                assertTrue(server.output().contains("Store: remote SPARQL store at " + sparql), server.output());
                assertTrue(server.output().contains("The remote store holds version "), server.output());
                HttpResponse<String> health = RunningServer.send(HttpRequest.newBuilder(URI.create(server.url("/health")))
                        .timeout(Duration.ofSeconds(10)).build());
                JsonNode h = ApiClient.parse(health.body());
                assertEquals("ok", h.get("status").asText(), health.body());
                assertTrue(load.output().contains("version " + h.get("version").asText()), load.output());
            }
        }
    }

    @Test
    void loadWithOnlyAQueryEndpointIsAUsageError() throws Exception {
        ServerProcess.Result r = ServerProcess.run(List.of("load", "--sparql-endpoint", "http://127.0.0.1:1/ds/sparql"), Duration.ofMinutes(3));
        assertEquals(2, r.status(), r.output());
        assertTrue(r.output().contains("--gsp-endpoint"), r.output());
        ServerProcess.Result bad = ServerProcess.run(List.of("serve", "--sparql-endpoint", "fuseki/ds/sparql"), Duration.ofMinutes(3));
        assertEquals(2, bad.status(), bad.output());
        assertTrue(bad.output().contains("'fuseki/ds/sparql'"), bad.output());
    }

    @Test
    void aStoreWithoutTheUnionDefaultGraphIsRefusedByLoadAndByServe(@TempDir Path dir) throws Exception {
        try (StandaloneFuseki fuseki = StandaloneFuseki.start(dir, List.of("ds"), false, Duration.ofSeconds(10))) {
            ServerProcess.Result load = ServerProcess.run(List.of("load", "--gsp-endpoint", fuseki.url("/ds/data"),
                    "--sparql-endpoint", fuseki.url("/ds/sparql")), Duration.ofMinutes(5));
            assertEquals(1, load.status(), load.output());
            assertTrue(load.output().contains("union of the named graphs as the default graph"), load.output());
            ServerProcess.Result serve = ServerProcess.run(List.of("serve", "--port", "0", "--sparql-endpoint", fuseki.url("/ds/sparql")),
                    Duration.ofMinutes(3));
            assertEquals(1, serve.status(), serve.output());
            assertTrue(serve.output().contains("tdb2:unionDefaultGraph true"), serve.output());
        }
    }
}
