package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /dumps/}: the downloads of the current version, each with the size and SHA-256 the list and
 * the description give, served with its checksum as entity tag and with byte ranges; generated once
 * per version (the same files, byte for byte, on every request).
 */
class DumpsTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    private static JsonNode list() throws IOException {
        return ApiClient.json(server, "/dumps/");
    }

    private static JsonNode file(String kind) throws IOException {
        for (JsonNode f : list().get("files"))
            if (f.get("kind").asText().equals(kind))
                return f;
        throw new AssertionError("no " + kind + " download in " + list());
    }

    private static String path(JsonNode f) {
        return "/dumps/" + f.get("name").asText();
    }

    @Test
    void theListNamesEachFileOfTheCurrentVersionWithItsSizeAndChecksum() throws Exception {
        JsonNode list = list();
        String version = server.store().info().version();
        assertEquals(version, list.get("version").asText());
        assertEquals(3, list.get("files").size(), list.toString());
        for (JsonNode f : list.get("files")) {
            assertTrue(f.get("name").asText().contains(version), f.toString());
            HttpResponse<byte[]> r = DatasetDescriptionTest.bytes(server, path(f));
            assertEquals(200, r.statusCode());
            assertEquals(f.get("bytes").asLong(), r.body().length, f.toString());
            assertEquals(f.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())));
            assertEquals("\"" + f.get("sha256").asText() + "\"", r.headers().firstValue("ETag").orElseThrow());
            assertEquals("bytes", r.headers().firstValue("Accept-Ranges").orElseThrow());
            assertEquals(304, DatasetDescriptionTest.bytes(server, path(f), "If-None-Match", "\"" + f.get("sha256").asText() + "\"").statusCode());
        }
        var html = server.get("/dumps/", "Accept", "text/html");
        assertEquals(200, html.statusCode());
        for (JsonNode f : list.get("files"))
            assertTrue(html.body().contains(f.get("sha256").asText()) && html.body().contains(path(f)), html.body());
        assertEquals(404, server.get("/dumps/diligentia-0000000000000000.nq.gz").statusCode());
        assertEquals(400, server.get("/dumps/?format=xml").statusCode());
    }

    @Test
    void aRangeRequestGetsExactlyThoseBytes() throws Exception {
        JsonNode f = file("nquads");
        byte[] whole = DatasetDescriptionTest.bytes(server, path(f)).body();
        long size = whole.length;
        assertTrue(size > 1000, "size " + size);
        HttpResponse<byte[]> r = DatasetDescriptionTest.bytes(server, path(f), "Range", "bytes=100-1099");
        assertEquals(206, r.statusCode());
        assertEquals("bytes 100-1099/" + size, r.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(whole, 100, 1100), r.body());
        HttpResponse<byte[]> tail = DatasetDescriptionTest.bytes(server, path(f), "Range", "bytes=-10");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(whole, whole.length - 10, whole.length), tail.body());
        HttpResponse<byte[]> open = DatasetDescriptionTest.bytes(server, path(f), "Range", "bytes=" + (size - 5) + "-");
        assertArrayEquals(Arrays.copyOfRange(whole, whole.length - 5, whole.length), open.body());
        HttpResponse<byte[]> beyond = DatasetDescriptionTest.bytes(server, path(f), "Range", "bytes=" + size + "-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + size, beyond.headers().firstValue("Content-Range").orElseThrow());
        // A resumed download whose copy is of another version gets the whole file.
        HttpResponse<byte[]> stale = DatasetDescriptionTest.bytes(server, path(f), "Range", "bytes=100-199", "If-Range", "\"other\"");
        assertEquals(200, stale.statusCode());
        assertEquals(size, stale.body().length);
    }

    @Test
    void theNQuadsHoldEveryNamedGraphAndTheTablesEveryFile() throws Exception {
        byte[] gz = DatasetDescriptionTest.bytes(server, path(file("nquads"))).body();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(gz))).lang(Lang.NQUADS).parse(dsg);
        for (String graph : List.of("inferred", "assessments", "meta", "data/states.ttl", "ontology/diligentia.ttl"))
            assertTrue(dsg.containsGraph(NodeFactory.createURI("https://w3id.org/diligentia/graph/" + graph)), graph);
        // Every statement of every graph: what the load counted, and the meta graph written after counting.
        long meta = dsg.getGraph(NodeFactory.createURI("https://w3id.org/diligentia/graph/meta")).size();
        assertEquals(server.store().info().tripleCount() + meta, dsg.stream().count(), "every statement of every graph");

        Map<String, String> tables = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(DatasetDescriptionTest.bytes(server, path(file("tables"))).body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; )
                tables.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("assessments.csv", "instruments.csv", "memberships.csv", "positions.csv", "states.csv"), List.copyOf(tables.keySet()));
        int states = ApiClient.json(server, "/api/states").get("items").size();
        assertEquals(states + 1, tables.get("states.csv").split("\r\n").length, "a header and one line per State");
        assertTrue(tables.get("positions.csv").startsWith("reading,kind,holder,question,stance,date,effectiveDate,instrument,codingStatus,"));
        assertTrue(tables.get("positions.csv").contains("https://w3id.org/diligentia/id/position/AUT-2024-position-paper-dd-binding,Position,AUT,dd-binding,affirms,2024-04,"));
        assertTrue(tables.get("instruments.csv").contains(",uncoded,"), "documents coded uncoded are listed as such");
        assertTrue(tables.get("assessments.csv").lines().count() > 15 * 6, "every scope and question");

        String turtle = new String(DatasetDescriptionTest.bytes(server, path(file("sources"))).body(), StandardCharsets.UTF_8);
        var sources = DatasetDescriptionTest.turtle(turtle);
        Node fra = NodeFactory.createURI("https://w3id.org/diligentia/id/state/FRA");
        assertTrue(sources.contains(fra, Node.ANY, Node.ANY));
        assertTrue(!sources.contains(Node.ANY, NodeFactory.createURI("https://w3id.org/diligentia/ontology#countsFor"), Node.ANY),
                "nothing inferred in the curated sources");
    }

    @Test
    void theFilesAreWrittenOncePerVersion() throws Exception {
        JsonNode first = list();
        byte[] a = DatasetDescriptionTest.bytes(server, path(file("nquads"))).body();
        byte[] b = DatasetDescriptionTest.bytes(server, path(file("nquads"))).body();
        assertArrayEquals(a, b);
        assertEquals(first.get("generatedAt"), list().get("generatedAt"), "not written again");
        assertTrue(first.get("generationMillis").asLong() >= 0);
        var head = server.send("HEAD", path(file("tables")), null, null);
        assertEquals(200, head.statusCode());
        assertEquals(file("tables").get("bytes").asText(), head.headers().firstValue("Content-Length").orElseThrow());
    }
}
