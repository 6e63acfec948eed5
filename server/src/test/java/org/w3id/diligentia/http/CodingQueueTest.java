package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.HtmlChecks;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The coding queue on a real server over the shipped data: the figure "answers its coding could
 * change" recomputed here from other answers of the API (the matrix's scopes and each scope's members
 * from /api/consensus, an organization's members on a date, the readings of a document over /sparql),
 * for a collective document (the Common African Position) and a national one (Austria's 2024 paper);
 * the order, the CSV, the page and its link from the dashboard, and the errors.
 */
class CodingQueueTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    private static final String AS_OF = "2026-12-03";
    private static final String ID = "https://w3id.org/diligentia/id/";
    /** Each matrix scope's members on AS_OF (ISO codes), from the consensus answers themselves. */
    private static final Map<String, Set<String>> MEMBERS = new LinkedHashMap<>();
    private static List<String> questions;
    private static JsonNode queue;

    @BeforeAll
    static void readTheAnswers() throws IOException {
        for (JsonNode cell : ApiClient.json(server, "/api/consensus/matrix?asOf=" + AS_OF).get("cells")) {
            String scope = cell.get("scope").asText();
            if (MEMBERS.containsKey(scope))
                continue;
            Set<String> iso3 = new TreeSet<>();
            for (JsonNode m : ApiClient.json(server, "/api/consensus?scope=" + scope + "&question=dd-applies&asOf=" + AS_OF).get("members"))
                iso3.add(m.get("iso3").asText());
            MEMBERS.put(scope, iso3);
        }
        questions = new ArrayList<>();
        for (JsonNode q : ApiClient.json(server, "/api/questions").get("items"))
            questions.add(q.get("id").asText());
        queue = ApiClient.json(server, "/api/coding-queue?asOf=" + AS_OF);
    }

    /** The questions some reading (position or silent reading) of the document is on, over /sparql. */
    private static Set<String> readQuestions(String instrument) throws IOException {
        String query = "PREFIX dil: <https://w3id.org/diligentia/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT DISTINCT ?q WHERE { ?r a dil:Reading ; dil:instrument <" + ID + "instrument/" + instrument + "> ; "
                + "dil:question/skos:notation ?q }";
        HttpResponse<String> r = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        Set<String> read = new TreeSet<>();
        for (JsonNode b : ApiClient.parse(r.body()).at("/results/bindings"))
            read.add(b.at("/q/value").asText());
        return read;
    }

    /** The figure recomputed: unread questions times the matrix scopes counting one of {@code reach} on AS_OF. */
    private static int answers(String instrument, Set<String> reach) throws IOException {
        Set<String> read = readQuestions(instrument);
        long unread = questions.stream().filter(q -> !read.contains(q)).count();
        long scopes = MEMBERS.values().stream().filter(m -> m.stream().anyMatch(reach::contains)).count();
        return (int) (unread * scopes);
    }

    private static JsonNode entry(String instrument) {
        for (JsonNode e : queue.get("documents"))
            if (e.get("instrument").asText().equals(ID + "instrument/" + instrument))
                return e;
        throw new AssertionError(instrument + " is not in the queue");
    }

    @Test
    void theCommonAfricanPositionCountsForTheScopesOfThe49MembersItCovered() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (JsonNode m : ApiClient.json(server, "/api/organizations/AU?asOf=2024-02-18").get("members"))
            if (m.get("status").asText().equals("member"))
                covered.add(m.get("iso3").asText());
        assertEquals(49, covered.size(), "the AU's active members on the Assembly's endorsement");
        JsonNode cap = entry("AU-CAP-2024");
        int expected = answers("AU-CAP-2024", covered);
        assertEquals(expected, cap.get("answers").asInt(), cap.toString());
        assertEquals(49, cap.get("statesReached").asInt());
        assertTrue(expected >= 4 * 4, "four questions unread, and at least the world, the AU, the African Group and the LAS: " + cap);
        assertEquals(List.of("dd-constructive-knowledge", "dd-prevention", "dd-harm-threshold", "dd-capacity"),
                texts(cap.get("unreadQuestions")), "in the questions' order; dd-applies and dd-binding are read");
    }

    @Test
    void aStatesPaperCountsForEveryScopeTheStateIsInTheWorldAndItsRegionalGroupIncluded() throws IOException {
        JsonNode austria = entry("AUT-2024-position-paper");
        assertEquals(answers("AUT-2024-position-paper", Set.of("AUT")), austria.get("answers").asInt(), austria.toString());
        long scopes = MEMBERS.entrySet().stream().filter(e -> e.getValue().contains("AUT")).count();
        assertEquals(scopes, austria.get("scopesReached").asInt());
        assertTrue(MEMBERS.get("world").contains("AUT") && MEMBERS.get("WEOG").contains("AUT"));
        assertEquals(1, austria.get("statesReached").asInt());
        assertTrue(austria.get("source").asText().startsWith("https://docs-library.unoda.org/"), austria.toString());
        assertEquals(List.of("https://cyberlaw.ccdcoe.org/wiki/National_position_of_Austria_(2024)?curid=584&diff=4208&oldid=4190"),
                texts(austria.get("readVia")), "where its passage was read");
    }

    @Test
    void aPassageReadAndSilentIsNotUnread() throws IOException {
        // Israel's paragraph was read in full: positions on four questions, silent readings on two.
        assertEquals(Set.copyOf(questions), readQuestions("ISR-2020-schondorf-speech"));
        for (JsonNode e : queue.get("documents"))
            assertFalse(e.get("instrument").asText().endsWith("/ISR-2020-schondorf-speech"), "Israel's speech has nothing unread");
    }

    @Test
    void theQueueIsOrderedByAnswersThenByTitleAndListsOnlyDocumentsThatCanMoveAnAnswer() {
        JsonNode docs = queue.get("documents");
        assertTrue(docs.size() > 50, "national and collective documents: " + docs.size());
        for (int i = 0; i < docs.size(); i++) {
            JsonNode e = docs.get(i);
            assertEquals(e.get("unreadQuestions").size() * e.get("scopesReached").asInt(), e.get("answers").asInt(), e.toString());
            assertTrue(e.get("answers").asInt() > 0, e.toString());
            if (i == 0)
                continue;
            JsonNode before = docs.get(i - 1);
            int a = before.get("answers").asInt(), b = e.get("answers").asInt();
            assertTrue(a > b || a == b && before.get("title").asText().compareTo(e.get("title").asText()) <= 0,
                    "row " + i + " is out of order: " + before + " then " + e);
        }
        assertTrue(docs.get(0).get("scopesReached").asInt() == MEMBERS.size(), "a document of every UN member comes first: " + docs.get(0));
        for (JsonNode e : docs)
            assertFalse(e.get("instrument").asText().contains("/UNGGE-"), "the GGE's reports speak for nobody: " + e);
    }

    @Test
    void theCsvHasTheSameDocumentsInTheSameOrder() {
        HttpResponse<String> csv = server.get("/api/coding-queue?asOf=" + AS_OF + "&format=csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("instrument,title,adoptedBy,adoptedByLabel,date,source,readVia,unreadQuestions,statesReached,scopesReached,answers", lines[0]);
        assertEquals(queue.get("documents").size() + 1, lines.length);
        JsonNode first = queue.get("documents").get(0);
        assertTrue(lines[1].startsWith(first.get("instrument").asText() + ","), lines[1]);
        assertTrue(lines[1].endsWith("," + first.get("answers").asInt()), lines[1]);
    }

    @Test
    void thePageListsTheQueueAndTheDashboardLinksToIt() {
        HttpResponse<String> page = server.get("/coding-queue?asOf=" + AS_OF, "Accept", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        HtmlChecks.assertAccessiblePage(html);
        assertEquals(queue.get("documents").size(), html.split("<td class=\"num\" data-answers=\"", -1).length - 1);
        assertTrue(html.contains("href=\"/page/instrument/AU-CAP-2024\""), "each document links to its page");
        assertTrue(html.contains("data-answers=\"" + entry("AU-CAP-2024").get("answers").asInt() + "\""));
        assertTrue(server.get("/", "Accept", "text/html").body().contains("href=\"/coding-queue\""), "the dashboard links to it");
    }

    @Test
    void aBadDateOrAnUnknownParameterIsA400NamingIt() {
        HttpResponse<String> bad = server.get("/api/coding-queue?asOf=2026-13-01");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("2026-13-01"), bad.body());
        HttpResponse<String> unknown = server.get("/coding-queue?scope=AU", "Accept", "text/html");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("scope"), unknown.body());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
