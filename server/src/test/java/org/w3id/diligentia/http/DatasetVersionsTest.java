package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each load is a version {@code /id/version/{hash}}: it dereferences to its date, counts, the SHA-256
 * of each source file and {@code prov:wasRevisionOf} the version the store held before; reloading
 * (POST /admin/reload) chains the versions, the dataset description lists them all, and the
 * downloads follow the new version.
 */
class DatasetVersionsTest {
    private static final String TOKEN = "versions-test-token-0123456789abcdef";
    private static final Node WAS_REVISION_OF = NodeFactory.createURI("http://www.w3.org/ns/prov#wasRevisionOf");
    private static final Node CHECKSUM_VALUE = NodeFactory.createURI("http://spdx.org/rdf/terms#checksumValue");

    private static Graph version(RunningServer server, String hash) {
        HttpResponse<String> see = server.get("/id/version/" + hash, "Accept", "text/turtle");
        assertEquals(303, see.statusCode(), see.body());
        HttpResponse<String> r = server.get(see.headers().firstValue("Location").orElseThrow(), "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        return DatasetDescriptionTest.turtle(r.body());
    }

    private static String current(RunningServer server) throws IOException {
        return ApiClient.json(server, "/health").get("version").asText();
    }

    @Test
    void reloadsChainTheVersionsWithWasRevisionOf(@TempDir Path dir) throws Exception {
        Path data = TestHome.copy(TestHome.fixture("minimal"), dir.resolve("data"));
        TdbStore store = TdbStore.inMemory();
        Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(store, new Loader.Sources(TestHome.ontology(), data));
        try (RunningServer server = RunningServer.serve(store, Settings.builder(TestHome.home()).ontologyDir(TestHome.ontology())
                .dataDir(data).adminToken(TOKEN).build())) {
            String first = current(server);
            Graph v1 = version(server, first);
            Node v1iri = NodeFactory.createURI("https://w3id.org/diligentia/id/version/" + first);
            assertTrue(v1.contains(v1iri, NodeFactory.createURI("http://purl.org/dc/terms/issued"), Node.ANY));
            assertTrue(!v1.contains(v1iri, WAS_REVISION_OF, Node.ANY), "the first load revises nothing");
            String statesHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(data.resolve("states.ttl"))));
            assertTrue(v1.contains(Node.ANY, CHECKSUM_VALUE, NodeFactory.createLiteralDT(statesHash,
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDhexBinary)), "the SHA-256 of data/states.ttl");
            String firstDump = ApiClient.json(server, "/dumps/").get("files").get(0).get("name").asText();

            Files.writeString(data.resolve("states.ttl"),
                    "st:DDD a dil:State ; dil:iso3 \"DDD\" ; rdfs:label \"Deltaland\"@en .\n", StandardOpenOption.APPEND);
            assertEquals(200, server.post("/admin/reload", "application/json", "", "Authorization", "Bearer " + TOKEN).statusCode());
            String second = current(server);
            assertNotEquals(first, second);
            Graph v2 = version(server, second);
            Node v2iri = NodeFactory.createURI("https://w3id.org/diligentia/id/version/" + second);
            assertTrue(v2.contains(v2iri, WAS_REVISION_OF, v1iri), "the new version revises the one the store held");
            assertTrue(!v2.contains(Node.ANY, CHECKSUM_VALUE, NodeFactory.createLiteralDT(statesHash,
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDhexBinary)), "states.ttl changed");
            // The earlier version is still described, and the description lists both, the new one current.
            assertEquals(303, server.get("/id/version/" + first).statusCode());
            assertEquals(200, server.post("/admin/reload", "application/json", "", "Authorization", "Bearer " + TOKEN).statusCode());
            String third = current(server);
            assertTrue(version(server, third).contains(NodeFactory.createURI("https://w3id.org/diligentia/id/version/" + third),
                    WAS_REVISION_OF, v2iri), "a reload of the same sources is a new load, revising the last");
            Graph description = DatasetDescriptionTest.turtle(server.get("/dataset", "Accept", "text/turtle").body());
            for (String v : List.of(first, second, third))
                assertTrue(description.contains(DatasetDescriptionTest.DATASET, NodeFactory.createURI("http://www.w3.org/ns/dcat#hasVersion"),
                        NodeFactory.createURI("https://w3id.org/diligentia/id/version/" + v)), v);
            assertTrue(description.contains(DatasetDescriptionTest.DATASET, NodeFactory.createURI("http://www.w3.org/ns/dcat#hasCurrentVersion"),
                    NodeFactory.createURI("https://w3id.org/diligentia/id/version/" + third)));
            // Downloads follow the version; the earlier version's files are gone, with a 404 that says why.
            JsonNode dumps = ApiClient.json(server, "/dumps/");
            assertEquals(third, dumps.get("version").asText());
            HttpResponse<String> gone = server.get("/dumps/" + firstDump);
            assertEquals(404, gone.statusCode());
            assertTrue(gone.body().contains("current version"), gone.body());
            List<String> links = server.get("/api/states", "Accept", "application/json").headers().allValues("Link");
            assertTrue(links.stream().anyMatch(l -> l.contains("</id/version/" + third + ">")), links.toString());
        }
    }
}
