package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.config.RemoteEndpoints;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.RemoteStore;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.StandaloneFuseki;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The N-Quads download is the whole knowledge graph: loaded into a fresh store that has never seen
 * the sources (a new Apache Jena Fuseki, through the Graph Store Protocol; and a fresh in-memory
 * TDB2 dataset), a Diligentia server over it answers the consensus matrix (the canned queries over
 * the materialized intervals) exactly as the service that wrote the dump, for several dates and
 * confidence floors.
 */
class DumpReloadedIT {
    private static final List<String> MATRICES = List.of("/api/consensus/matrix", "/api/consensus/matrix?asOf=2015-12-31",
            "/api/consensus/matrix?asOf=2021-06-01&minConfidence=high", "/api/consensus/matrix?asOf=2024-02-18&minConfidence=medium");
    /** A loaded machine can take more than the default 10 s for a cold matrix: these servers allow a minute. */
    private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(60);
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get,
            Settings.builder(TestHome.home()).queryTimeout(TIMEOUT).build());

    private static byte[] nquadsDump() throws IOException, InterruptedException {
        return nquadsDump(server);
    }

    /** The N-Quads download of {@code from}, uncompressed. */
    private static byte[] nquadsDump(org.w3id.diligentia.support.ServerClient from) throws IOException, InterruptedException {
        JsonNode list = ApiClient.json(from, "/dumps/");
        String name = null;
        for (JsonNode f : list.get("files"))
            if (f.get("kind").asText().equals("nquads"))
                name = f.get("name").asText();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(from.url("/dumps/" + name))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            return new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
        }
    }

    private static void sameMatrices(KnowledgeStore reloaded, Settings settings) throws IOException, InterruptedException {
        RunningServer other = RunningServer.serve(reloaded, settings);
        try {
            // The server over the reloaded store writes the same statements again (over a remote store, through dump-quads).
            assertEquals(count(nquadsDump()), count(nquadsDump(other)), "the dump of the dump");
            assertEquals(server.store().info().version(), reloaded.info().version(), "the dump carries its version");
            for (String path : MATRICES) {
                JsonNode expected = ApiClient.json(server, path);
                assertTrue(expected.toString().contains("\"level\""), path + ": " + expected);
                assertEquals(expected, ApiClient.json(other, path), path);
            }
        } finally {
            other.stopServerOnly();
        }
    }

    private static long count(byte[] nquads) {
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(dsg);
        return dsg.stream().count();
    }

    @Test
    void theDumpLoadedIntoAFreshFusekiGivesTheSameConsensusMatrix(@TempDir Path dir) throws Exception {
        byte[] quads = nquadsDump();
        try (StandaloneFuseki fuseki = StandaloneFuseki.start(dir, List.of("fromdump"), true, TIMEOUT)) {
            RemoteEndpoints endpoints = fuseki.endpoints("fromdump");
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<String> put = client.send(HttpRequest.newBuilder(endpoints.graphStore().orElseThrow())
                        .header("Content-Type", "application/n-quads").POST(HttpRequest.BodyPublishers.ofByteArray(quads)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(put.statusCode() / 100 == 2, put.statusCode() + " " + put.body());
            }
            RemoteStore store = RemoteStore.connect(endpoints);
            try {
                sameMatrices(store, Settings.builder(TestHome.home()).queryTimeout(TIMEOUT).remote(endpoints).build());
            } finally {
                store.close();
            }
        }
    }

    @Test
    void theDumpLoadedIntoAFreshJenaDatasetGivesTheSameConsensusMatrix() throws Exception {
        byte[] quads = nquadsDump();
        try (TdbStore store = TdbStore.inMemory()) {
            store.replaceAll(dataset -> RDFParser.source(new ByteArrayInputStream(quads)).lang(Lang.NQUADS).parse(dataset));
            sameMatrices(store, Settings.builder(TestHome.home()).queryTimeout(TIMEOUT).build());
        }
    }
}
