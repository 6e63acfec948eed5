package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.FixtureStore;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Clients nobody here wrote, against real servers on free ports: Python rdflib dereferences a
 * State by its URI with its own content negotiation, Python SPARQLWrapper runs SELECT and CONSTRUCT
 * queries, and Jena's remote RDFConnection and RDF parser do the same from Java. Python is Debian's
 * ({@code /usr/bin/python3} with {@code python3-rdflib} and {@code python3-sparqlwrapper}, which
 * {@code .ci/run} installs). Runs over the linked-data fixture and over the shipped data.
 */
class RealClientsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PYTHON = "/usr/bin/python3";
    private static final Path SCRIPTS = TestHome.home().resolve("server/src/test/python");
    private static final String FRA = "https://w3id.org/diligentia/id/state/FRA";
    @RegisterExtension
    static final TestServer fixture = TestServer.serving(() -> FixtureStore.get("linked-data"));
    @RegisterExtension
    static final TestServer shipped = TestServer.serving(ShippedStore::get);

    /** Runs a client script and reads the one JSON object it prints. */
    private static JsonNode python(String script, String... args) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON)))
            fail(PYTHON + " is missing: install Debian's python3, python3-rdflib and python3-sparqlwrapper (.ci/run does).");
        List<String> command = new ArrayList<>(List.of(PYTHON, SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(script + " did not finish within 120 s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0)
            fail(script + " failed (exit " + p.exitValue() + "); is python3-rdflib / python3-sparqlwrapper installed?\n" + text);
        return JSON.readTree(text.substring(text.indexOf('{')));
    }

    @Test
    void rdflibLoadsAStateByItsUriWithItsOwnNegotiationAndFindsItsLabelAndMemberships() throws Exception {
        JsonNode r = python("rdflib_dereference.py", fixture.url("/id/state/FRA"), FRA);
        assertEquals("application/rdf+xml", r.get("contentType").asText(), "rdflib's first choice");
        assertEquals(fixture.url("/data/state/FRA"), r.get("finalUrl").asText(), "it followed the 303");
        assertEquals("[\"France\"]", r.get("labels").toString());
        assertEquals("[\"https://w3id.org/diligentia/id/membership/EU-FRA-1\",\"https://w3id.org/diligentia/id/membership/UN-FRA-1\","
                + "\"https://w3id.org/diligentia/id/membership/XF-FRA-1\"]", r.get("memberships").toString());
        assertEquals("[\"France in EU: member\",\"France in Example Forum: member\",\"France in UN: member\"]",
                r.get("membershipLabels").toString());
        for (String format : List.of("json-ld", "turtle", "nt"))
            assertTrue(r.at("/sameGraphIn/" + format).asBoolean(), "rdflib reads the same graph as " + format + ": " + r);
    }

    @Test
    void rdflibLoadsFranceFromTheShippedData() throws Exception {
        JsonNode r = python("rdflib_dereference.py", shipped.url("/id/state/FRA"), FRA);
        assertEquals("[\"France\"]", r.get("labels").toString());
        String memberships = r.get("memberships").toString();
        for (String org : List.of("UN", "EU", "OSCE", "COE"))
            assertTrue(memberships.contains("/membership/" + org + "-FRA-"), org + " in " + memberships);
        assertTrue(r.at("/sameGraphIn/json-ld").asBoolean(), r.toString());
    }

    @Test
    void rdflibLoadsTheVoidDescriptionAndFindsTheEndpointTheDumpsAndTheLicence() throws Exception {
        JsonNode r = python("rdflib_void.py", shipped.url("/.well-known/void"));
        assertEquals("https://w3id.org/diligentia/id/dataset", r.get("dataset").asText(), r.toString());
        assertEquals("[\"" + shipped.url("/sparql") + "\"]", r.get("sparqlEndpoint").toString());
        assertEquals("[\"https://creativecommons.org/licenses/by/4.0/\"]", r.get("license").toString());
        JsonNode listed = org.w3id.diligentia.support.ApiClient.json(shipped, "/dumps/").get("files");
        assertEquals(3, r.get("dataDumps").size(), r.toString());
        assertEquals(3, r.get("distributions").size(), r.toString());
        for (JsonNode file : listed) {
            String url = shipped.url("/dumps/" + file.get("name").asText());
            assertTrue(r.get("dataDumps").toString().contains("\"" + url + "\""), url + " in " + r.get("dataDumps"));
            boolean described = false;
            for (JsonNode d : r.get("distributions"))
                if (d.get("download").asText().equals(url)) {
                    described = true;
                    assertEquals(file.get("bytes").asLong(), d.get("bytes").asLong(), url);
                    assertEquals(file.get("sha256").asText(), d.get("sha256").asText(), url);
                    assertTrue(d.get("mediaType").asText().startsWith("https://www.iana.org/assignments/media-types/"), d.toString());
                }
            assertTrue(described, url + " is a distribution with its size and checksum: " + r);
        }
    }

    @Test
    void sparqlWrapperRunsSelectAndConstructQueries() throws Exception {
        JsonNode r = python("sparqlwrapper_queries.py", fixture.url("/sparql"));
        for (String select : List.of("selectGet", "selectPost")) {
            assertEquals(3, r.get(select).size(), select);
            assertEquals("France", r.get(select).get(1).get("name").asText());
            assertEquals(FRA, r.get(select).get(1).get("state").asText());
        }
        for (String construct : List.of("constructRdfXml", "constructTurtle", "constructN3"))
            assertEquals("[\"https://w3id.org/diligentia/id/state/DEU Germany\",\"https://w3id.org/diligentia/id/state/FRA France\","
                    + "\"https://w3id.org/diligentia/id/state/GBR United Kingdom of Great Britain and Northern Ireland\"]",
                    r.get(construct).toString(), construct);
        assertEquals(3, r.at("/selectXmlAndCsv/xml").size());
        assertEquals(4, r.at("/selectXmlAndCsv/csvLines").asInt(), "a header and three rows");
    }

    @Test
    void jenaRemoteConnectionQueriesTheEndpoint() {
        try (RDFConnection conn = RDFConnection.connect(shipped.url("/sparql"))) {
            List<String> names = new ArrayList<>();
            conn.querySelect("PREFIX dil: <https://w3id.org/diligentia/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?name WHERE { ?s a dil:State ; dil:iso3 \"FRA\" ; rdfs:label ?name }",
                    (QuerySolution row) -> names.add(row.getLiteral("name").getString()));
            assertEquals(List.of("France"), names);
            Model described = conn.queryDescribe("DESCRIBE <" + FRA + ">");
            assertTrue(described.contains(described.createResource(FRA), RDFS.label, described.createLiteral("France", "en")));
            Model constructed = conn.queryConstruct("CONSTRUCT { ?m <http://www.w3.org/ns/org#member> <" + FRA + "> } "
                    + "WHERE { ?m <http://www.w3.org/ns/org#member> <" + FRA + "> }");
            assertTrue(constructed.size() >= 4, "France's memberships: " + constructed.size());
            assertTrue(conn.queryAsk("ASK { ?a a <https://w3id.org/diligentia/ontology#ConsensusAssessment> }"));
        }
    }

    @Test
    void jenasParserDereferencesAUriWithItsOwnNegotiation() {
        Graph g = RDFParser.source(fixture.url("/id/state/FRA")).toGraph();
        assertTrue(g.contains(NodeFactory.createURI(FRA), RDFS.label.asNode(), NodeFactory.createLiteralLang("France", "en")));
    }
}
