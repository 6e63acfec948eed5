package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.sparql.SparqlLimits;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.SharedFuseki;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

/**
 * {@code /sparql} over a remote store (a real Fuseki) keeps the limits of the embedded endpoint
 * ({@link SparqlLimitsTest}): rows and triples cut at the cap with the header that says so, and a
 * client's {@code timeout} validated and lowering the time limit.
 */
class RemoteSparqlLimitsTest {
    private static final String STATES = SparqlLimitsTest.STATES;
    private static final String EXPENSIVE = SparqlLimitsTest.EXPENSIVE;
    private static final String JSON = SparqlLimitsTest.JSON;
    @RegisterExtension
    static final TestServer server = TestServer.serving(() -> SharedFuseki.store("minimal"), Settings.builder(TestHome.home())
                .maxRows(2).queryTimeout(Duration.ofSeconds(1)).maxQueryTimeout(Duration.ofSeconds(3)).build());

    @Test
    void aSelectBeyondTheRowCapIsCutAndSaysSo() throws IOException {
        HttpResponse<String> r = server.get(SparqlLimitsTest.q(STATES), "Accept", JSON);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2, ApiClient.parse(r.body()).at("/results/bindings").size());
        assertEquals("true; limit=2", r.headers().firstValue(SparqlLimits.TRUNCATED_HEADER).orElse(""));

        HttpResponse<String> within = server.get(SparqlLimitsTest.q(STATES + " LIMIT 2"), "Accept", JSON);
        assertEquals(200, within.statusCode(), within.body());
        assertTrue(within.headers().firstValue(SparqlLimits.TRUNCATED_HEADER).isEmpty());
    }

    @Test
    void aConstructBeyondTheCapIsCutAndSaysSo() {
        HttpResponse<String> r = server.get(SparqlLimitsTest.q("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), "Accept", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.NTRIPLES).parse(g);
        assertEquals(2, g.size());
        assertEquals("true; limit=2", r.headers().firstValue(SparqlLimits.TRUNCATED_HEADER).orElse(""));
    }

    @Test
    void aClientTimeoutIsValidatedAndLowersTheLimit() throws IOException {
        HttpResponse<String> bad = server.get(SparqlLimitsTest.q(STATES) + "&timeout=soon", "Accept", JSON);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(ApiClient.parse(bad.body()).get("detail").asText().contains("'timeout'"), bad.body());

        HttpResponse<String> r = server.get(SparqlLimitsTest.q(EXPENSIVE) + "&timeout=0.2", "Accept", JSON);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ApiClient.parse(r.body()).get("detail").asText().contains("time limit of 200 ms"), r.body());
    }
}
