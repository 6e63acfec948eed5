package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /api/custom}: the custom indicators over the shipped knowledge base, on a real server. */
class CustomApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    private static final String DIL = "https://w3id.org/diligentia/ontology#";
    private static final String STANCE = "https://w3id.org/diligentia/id/stance/";

    /** Per State on the date, from effective-stances over the UN members: its stance (or "silent", or "unknown"). */
    private static Map<String, String> unMembersToday() throws IOException {
        Map<String, String> known = new TreeMap<>();
        for (JsonNode row : ApiClient.json(server, "/api/queries/effective-stances?question=dd-binding&scope=world").get("rows")) {
            String stance = row.path("effectiveStance").asText("");
            String coverage = row.get("coverage").asText();
            known.put(row.get("iso3").asText(), !stance.isEmpty() ? stance.substring(STANCE.length())
                    : coverage.equals("silent") ? "silent" : "unknown");
        }
        return known;
    }

    /** The electoral regional group of every State, read from the data file itself (not from the intervals). */
    private static Map<String, String> electoralGroups() {
        Graph g = RDFParser.source(TestHome.data().resolve("un-regional-groups.ttl")).toGraph();
        Node member = NodeFactory.createURI(DIL + "groupMember");
        Node group = NodeFactory.createURI(DIL + "regionalGroup");
        Node electoral = NodeFactory.createURI(DIL + "electoral");
        Map<String, String> groups = new HashMap<>();
        g.find(Node.ANY, electoral, Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().getLiteralLexicalForm().equals("true"))
                return;
            String iso3 = last(g.find(t.getSubject(), member, Node.ANY).next().getObject());
            groups.put(iso3, last(g.find(t.getSubject(), group, Node.ANY).next().getObject()));
        });
        return groups;
    }

    private static String last(Node iri) {
        return iri.getURI().substring(iri.getURI().lastIndexOf('/') + 1);
    }

    private static void assertShares(JsonNode population, Map<String, String> stances) {
        int n = stances.size();
        long a = stances.values().stream().filter("affirms"::equals).count();
        long r = stances.values().stream().filter("rejects"::equals).count();
        long u = stances.values().stream().filter("undecided"::equals).count();
        long s = stances.values().stream().filter("silent"::equals).count();
        String where = population.get("scope").asText();
        assertEquals(n, population.get("counts").get("members").asInt(), where);
        assertEquals(a + "/" + n, population.get("affirms").get("fraction").asText(), where);
        assertEquals(r + "/" + n, population.get("rejects").get("fraction").asText(), where);
        assertEquals(u + "/" + n, population.get("undecided").get("fraction").asText(), where);
        assertEquals(s + "/" + n, population.get("silent").get("fraction").asText(), where);
        assertEquals((n - a - r - u - s) + "/" + n, population.get("unknown").get("fraction").asText(), where);
        assertEquals((a + r + u + s) + "/" + n, population.get("coverage").get("fraction").asText(), where);
        assertEquals(a + "/" + (a + r + u), population.get("affirmingOfKnownStances").get("fraction").asText(), where);
        // Affirmation is the majority of known stances only with a quarter or more of the members known.
        boolean majority = 4 * (a + r + u + s) >= n && 2 * a > a + r + u;
        assertEquals(majority, population.get("affirmingMajority").asBoolean(), where);
    }

    @Test
    void generalityAndRepresentativenessOfDdBindingTodayAgreeWithTheStancesAndTheGroupsRecomputed() throws IOException {
        JsonNode custom = ApiClient.json(server, "/api/custom?question=dd-binding");
        Map<String, String> world = unMembersToday();
        assertEquals(193, world.size());
        assertShares(custom.get("generality").get("unMembers"), world);

        Map<String, String> groupOf = electoralGroups();
        Map<String, Map<String, String>> byGroup = new TreeMap<>();
        world.forEach((iso3, stance) -> byGroup.computeIfAbsent(groupOf.get(iso3), g -> new TreeMap<>()).put(iso3, stance));
        assertEquals(List.of("AFRICAN", "ASIA-PACIFIC", "EASTERN-EUROPEAN", "GRULAC", "WEOG"), List.copyOf(byGroup.keySet()),
                "every UN member is counted by exactly one group");
        JsonNode groups = custom.get("representativeness").get("groups");
        assertEquals(5, groups.size());
        int majorities = 0;
        for (JsonNode g : groups) {
            assertShares(g, byGroup.get(g.get("scope").asText()));
            majorities += g.get("affirmingMajority").asBoolean() ? 1 : 0;
        }
        assertEquals(majorities, custom.get("representativeness").get("majorityGroups").asInt());

        // The verdict, in words, from those figures and the thresholds of the ontology.
        assertTrue(custom.get("sufficientEvidence").asBoolean());
        assertTrue(custom.get("generality").get("met").asBoolean(), custom.toString());
        assertFalse(custom.get("representativeness").get("met").asBoolean());
        String verdict = custom.get("verdict").asText();
        assertTrue(verdict.startsWith("widespread but not representative: no EASTERN-EUROPEAN or WEOG majority"), verdict);
        assertTrue(verdict.contains("too little known in ASIA-PACIFIC and GRULAC"), verdict);
        assertEquals("https://w3id.org/diligentia/id/custom/dd-binding", custom.get("id").asText());
    }

    @Test
    void theThreeStatesThatRejectDdBindingRejectedBeforeItEmergedInTheWorld() throws IOException {
        JsonNode objection = ApiClient.json(server, "/api/custom?question=dd-binding").get("objection");
        JsonNode world = ApiClient.json(server, "/api/consensus/timeline?scope=world&question=dd-binding").get("points");
        String emerged = null;
        for (JsonNode p : world)
            if (emerged == null && List.of("emerging", "broad", "consensus").contains(p.get("level").asText()))
                emerged = p.get("date").asText();
        assertEquals(emerged, objection.get("emergedOn").asText());
        assertEquals("3/83", objection.get("objecting").get("fraction").asText());
        assertEquals("[\"GBR\",\"NZL\",\"ISR\"]", objection.get("persistentObjectorCandidates").toString());
        for (JsonNode o : objection.get("objectors"))
            assertTrue(o.get("since").asText().compareTo(emerged) < 0, o.toString());
        assertTrue(ApiClient.json(server, "/api/custom?question=dd-binding").get("verdict").asText()
                .endsWith("persistent-objector candidates: GBR, NZL, ISR"));
    }

    @Test
    void whatChangedIsListedAndOnlyAChangeBetweenAffirmingAndRejectingCountsAgainstConsistency() throws IOException {
        JsonNode consistency = ApiClient.json(server, "/api/custom?question=dd-binding").get("consistency");
        JsonNode germany = null;
        for (JsonNode c : consistency.get("changed"))
            if (c.get("iso3").asText().equals("DEU"))
                germany = c;
        assertEquals("undecided", germany.get("stances").get(0).get("stance").asText(), "the EU's 2020 declaration");
        assertEquals("affirms", germany.get("stances").get(1).get("stance").asText(), "Germany's 2021 position paper");
        assertFalse(germany.get("decisive").asBoolean());
        assertEquals("0/83", consistency.get("inconsistent").get("fraction").asText());
        assertTrue(consistency.get("met").asBoolean());
    }

    @Test
    void forDdPreventionTheVerdictIsThatTheEvidenceIsInsufficientNotThatThePracticeFails() throws IOException {
        JsonNode custom = ApiClient.json(server, "/api/custom?question=dd-prevention");
        assertFalse(custom.get("sufficientEvidence").asBoolean());
        String verdict = custom.get("verdict").asText();
        assertTrue(verdict.startsWith("insufficient evidence: only 2 of 193 UN members are known on dd-prevention"), verdict);
        assertTrue(verdict.contains("below the floor 1/4"), verdict);
        assertFalse(verdict.contains("not widespread") || verdict.contains("not representative"), verdict);
        for (String indicator : List.of("generality", "representativeness", "consistency", "objection"))
            assertTrue(custom.get(indicator).get("met").isNull(), indicator + " is not told: " + custom.get(indicator));
    }

    @Test
    void csvHasOneRowForTheUnMembersAndOnePerRegionalGroupWithExactShares() {
        HttpResponse<String> r = server.get("/api/custom?question=dd-binding&asOf=2025-06-30", "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals(7, lines.size(), r.body());
        assertTrue(lines.get(0).startsWith("question,asOf,minConfidence,scope,label,members,affirms"), lines.get(0));
        assertTrue(lines.get(1).startsWith("dd-binding,2025-06-30,low,world,World,193,"), lines.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"asOf=2024-13-01", "asOf=2024-01-01\"^^<x> } DROP ALL {", "minConfidence=certain",
            "minConfidence=low> } #", "question=dd-binding", "nope=1"})
    void hostileOrBadParametersAre400ProblemsNamingTheValue(String extra) {
        String query = "question=dd-binding&" + extra.replace(" ", "%20").replace("\"", "%22").replace("<", "%3C")
                .replace(">", "%3E").replace("{", "%7B").replace("}", "%7D").replace("#", "%23").replace("^", "%5E");
        HttpResponse<String> r = server.get("/api/custom?" + query);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        String named = extra.contains("=") ? extra.substring(0, extra.indexOf('=')) : extra;
        assertTrue(r.body().contains("'" + named + "'"), r.body());
    }

    @Test
    void aQuestionIsRequiredAMalformedOneIsRefusedAndAnUnknownOneIsNotFound() {
        assertEquals(400, server.get("/api/custom").statusCode());
        HttpResponse<String> malformed = server.get("/api/custom?question=" + URLEncoder.encode("dd-<b>", StandardCharsets.UTF_8));
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("'question'"), malformed.body());
        HttpResponse<String> unknown = server.get("/api/custom?question=dd-nope");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("'dd-nope'"), unknown.body());
    }

    @Test
    void theCustomAssessmentIsALinkedDataResourceDerivedFromTheWorldAndGroupAssessmentsAndThePositionsItNames() {
        HttpResponse<String> see = server.get("/id/custom/dd-binding", "Accept", "text/turtle");
        assertEquals(303, see.statusCode(), see.body());
        HttpResponse<String> r = server.get("/data/custom/dd-binding", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = RDFParser.fromString(r.body(), org.apache.jena.riot.Lang.TURTLE).toGraph();
        Node s = NodeFactory.createURI("https://w3id.org/diligentia/id/custom/dd-binding");
        Node derived = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
        assertTrue(g.contains(s, org.apache.jena.vocabulary.RDF.type.asNode(), NodeFactory.createURI(DIL + "CustomAssessment")));
        for (String scope : List.of("world", "AFRICAN", "ASIA-PACIFIC", "EASTERN-EUROPEAN", "GRULAC", "WEOG"))
            assertTrue(g.contains(s, derived, NodeFactory.createURI("https://w3id.org/diligentia/id/assessment/" + scope + "/dd-binding")),
                    scope);
        assertTrue(g.contains(s, derived, NodeFactory.createURI("https://w3id.org/diligentia/id/position/GBR-2021-gge-compendium-dd-binding")));
        assertTrue(g.contains(s, NodeFactory.createURI(DIL + "persistentObjectorCandidate"),
                NodeFactory.createURI("https://w3id.org/diligentia/id/state/GBR")));
        // Materialized as of the load date (today, for this server), it says what the API says today.
        String verdict = g.find(s, NodeFactory.createURI(DIL + "verdict"), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertTrue(verdict.startsWith("widespread but not representative"), verdict);
    }

    @Test
    void thePageShowsTheVerdictTheTablesAndLinksToTheApiAndRefusesABadDate() throws IOException {
        HttpResponse<String> r = server.get("/page/custom?question=dd-binding&asOf=2025-06-30");
        assertEquals(200, r.statusCode(), r.body());
        String verdict = ApiClient.json(server, "/api/custom?question=dd-binding&asOf=2025-06-30").get("verdict").asText();
        assertTrue(r.body().contains(verdict.replace("'", "&#39;")), "the page states the API's verdict");
        assertTrue(r.body().contains("id=\"populations\"") && r.body().contains("id=\"objectors\""));
        assertTrue(r.body().contains("href=\"/api/custom?question=dd-binding&amp;asOf=2025-06-30&amp;minConfidence=low\""), r.body());
        org.w3id.diligentia.support.HtmlChecks.assertAccessiblePage(r.body());
        HttpResponse<String> bad = server.get("/page/custom?asOf=2025-02-30");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("2025-02-30"), bad.body());
    }
}
