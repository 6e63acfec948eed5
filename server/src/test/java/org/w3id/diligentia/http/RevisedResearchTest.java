package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The research revision of 2026-12-03 landed in the shipped data (data/README.md): the Japan, Israel,
 * Canada and New Zealand recodings, "read and silent" apart from "unread", the UN regional groups and
 * the Pacific Islands Forum's territories. Asked of a real server, through the API and /sparql.
 */
class RevisedResearchTest {
    private static final String PREFIXES = """
            PREFIX dil:   <https://w3id.org/diligentia/ontology#>
            PREFIX org:   <http://www.w3.org/ns/org#>
            PREFIX dct:   <http://purl.org/dc/terms/>
            PREFIX xsd:   <http://www.w3.org/2001/XMLSchema#>
            PREFIX id:    <https://w3id.org/diligentia/id/>
            PREFIX q:     <https://w3id.org/diligentia/id/question/>
            PREFIX st:    <https://w3id.org/diligentia/id/stance/>
            PREFIX un:    <https://w3id.org/diligentia/id/un-status/>
            PREFIX grole: <https://w3id.org/diligentia/id/group-role/>
            """;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.serve(ShippedStore.get(), Settings.defaults(TestHome.home()));
    }

    @AfterAll
    static void stop() {
        server.stopServerOnly();    // the shared store stays open for other tests
    }

    /** The rows of a SELECT over /sparql, each variable's value as a string. */
    private static List<Map<String, String>> select(String query) throws IOException {
        HttpResponse<String> r = server.get("/sparql?query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : ApiClient.parse(r.body()).at("/results/bindings")) {
            Map<String, String> row = new TreeMap<>();
            b.properties().forEach(e -> row.put(e.getKey(), e.getValue().get("value").asText()));
            rows.add(row);
        }
        return rows;
    }

    private static boolean ask(String where) throws IOException {
        return !select("SELECT * WHERE { " + where + " } LIMIT 1").isEmpty();
    }

    private static JsonNode member(String scope, String question, String asOf, String iso3) throws IOException {
        JsonNode a = ApiClient.json(server, "/api/consensus?scope=" + scope + "&question=" + question + "&asOf=" + asOf);
        for (JsonNode m : a.get("members"))
            if (m.get("iso3").asText().equals(iso3))
                return m;
        throw new AssertionError(iso3 + " is not a member of " + scope + ": " + a);
    }

    @Test
    void japanAffirmsADutyToPreventInItsOwnWordsAtHighConfidence() throws IOException {
        JsonNode japan = member("world", "dd-prevention", "2022-01-01", "JPN");
        assertEquals("affirms", japan.get("stance").asText());
        assertEquals("own", japan.get("via").get("kind").asText());
        String position = japan.get("via").get("position").asText();
        assertEquals("https://w3id.org/diligentia/id/position/JPN-2021-basic-position-dd-prevention", position);
        assertTrue(ask("<" + position + "> dil:holder id:state\\/JPN ; dil:stance st:affirms ; "
                + "dil:evidence id:evidence\\/own-words-read ; dil:confidence id:confidence\\/high ; dil:readVia ?via"),
                "read in Japan's own words (quoted verbatim), at high confidence, with where it was read");
        assertEquals("affirms", member("world", "dd-binding", "2022-01-01", "JPN").get("stance").asText());
        assertEquals("affirms", member("world", "dd-capacity", "2022-01-01", "JPN").get("stance").asText());
        assertEquals("undecided", member("world", "dd-harm-threshold", "2022-01-01", "JPN").get("stance").asText());
        assertFalse(ask("?r a dil:Reading ; dil:holder id:state\\/JPN ; dil:question q:dd-constructive-knowledge"),
                "Japan's knowledge standard is unread: nothing is recorded, neither a stance nor silence");
    }

    @Test
    void israelIsReadAndSilentOnKnowledgeAndHarmAndRejectsBinding() throws IOException {
        List<Map<String, String>> silent = select("""
                SELECT ?question WHERE {
                  ?r a dil:SilentReading ; dil:holder id:state\\/ISR ; dil:question ?question ; dil:pinpoint ?p ;
                     dil:evidence id:evidence\\/own-words-read .
                  FILTER NOT EXISTS { ?r dil:stance ?any }
                } ORDER BY ?question""");
        assertEquals(List.of(Map.of("question", "https://w3id.org/diligentia/id/question/dd-constructive-knowledge"),
                Map.of("question", "https://w3id.org/diligentia/id/question/dd-harm-threshold")), silent);
        JsonNode binding = member("world", "dd-binding", "2025-01-01", "ISR");
        assertEquals("rejects", binding.get("stance").asText());
        assertEquals("https://w3id.org/diligentia/id/position/ISR-2020-schondorf-speech-dd-binding", binding.get("via").get("position").asText());
        assertEquals("undecided", member("world", "dd-prevention", "2025-01-01", "ISR").get("stance").asText());
        assertEquals("affirms", member("world", "dd-capacity", "2025-01-01", "ISR").get("stance").asText());
    }

    @Test
    void theOnlySilentReadingsAreTheTwoCellsReadAndFoundSilent() throws IOException {
        assertEquals("2", select("SELECT (COUNT(*) AS ?n) WHERE { ?r a dil:SilentReading }").get(0).get("n"),
                "instrument-level 'silent' codes and 'unread' cells give no silent reading");
        assertFalse(ask("?r a dil:Reading ; dil:instrument id:instrument\\/UN-CYBERCRIME-CONV-2024"),
                "the Cybercrime Convention's 'silent' is an assumption (text not read): recorded as uncoded, no reading");
        assertTrue(ask("id:instrument\\/UN-CYBERCRIME-CONV-2024 dil:ddCoding id:dd-coding\\/uncoded"));
    }

    @Test
    void canadaIsUndecidedOnWhetherDueDiligenceBinds() throws IOException {
        JsonNode canada = member("world", "dd-binding", "2025-01-01", "CAN");
        assertEquals("undecided", canada.get("stance").asText(), "recoded ambiguous (was voluntary-norm-only)");
        assertEquals("https://w3id.org/diligentia/id/position/CAN-2022-international-law-position-dd-binding", canada.get("via").get("position").asText());
        assertFalse(ask("id:position\\/CAN-2022-international-law-position-dd-applies ?p ?o"),
                "an ambiguous coding gives no dd-applies position");
    }

    @Test
    void newZealandsDocumentOf2020IsDatedTheFirstOfDecemberWithItsOwnUrl() throws IOException {
        assertTrue(ask("""
                id:instrument\\/NZL-2020-international-law-statement dct:date "2020-12-01"^^xsd:date ;
                    dct:source <https://dpmc.govt.nz/sites/default/files/2020-12/The%20Application%20of%20International%20Law%20to%20State%20Activity%20in%20Cyberspace.pdf> ."""));
        assertEquals("2020-12-01", member("world", "dd-binding", "2020-12-01", "NZL").get("via").get("date").asText(),
                "New Zealand rejects from that day, not from the end of 2020");
    }

    @Test
    void theFiveRegionalGroupsPartitionTheUnMembershipForElections() throws IOException {
        Map<String, String> perGroup = new TreeMap<>();
        for (Map<String, String> row : select("""
                SELECT ?id (COUNT(DISTINCT ?state) AS ?n) WHERE {
                  ?g a dil:RegionalGroup ; dil:orgId ?id .
                  ?m dil:regionalGroup ?g ; dil:groupMember ?state ; dil:electoral true .
                  ?state dil:unStatus un:member .
                } GROUP BY ?id"""))
            perGroup.put(row.get("id"), row.get("n"));
        assertEquals(Map.of("AFRICAN", "54", "ASIA-PACIFIC", "54", "EASTERN-EUROPEAN", "23", "GRULAC", "33", "WEOG", "29"), perGroup);
        assertEquals(193, perGroup.values().stream().mapToInt(Integer::parseInt).sum());
        assertTrue(select("""
                SELECT ?state WHERE { ?m dil:groupMember ?state ; dil:electoral true . ?state dil:unStatus un:member }
                GROUP BY ?state HAVING (COUNT(?m) > 1)""").isEmpty(), "no UN member is counted by two groups");
        assertTrue(ask("id:group-membership\\/WEOG-TUR dil:groupRole grole:member ; dil:electoral true . "
                + "id:group-membership\\/ASIA-PACIFIC-TUR dil:groupRole grole:participant ; dil:electoral false . "
                + "id:group-membership\\/WEOG-USA dil:groupRole grole:observer ; dil:electoral true ."));
        assertTrue(ask("id:group-membership\\/ASIA-PACIFIC-PSE dil:groupMember id:state\\/PSE ; dil:note ?n . "
                + "id:state\\/PSE dil:unStatus un:observer"), "Palestine is recorded, but it is not a UN member");
        assertFalse(ask("?m dil:groupMember id:state\\/VAT"), "the Holy See is in no group");
    }

    @Test
    void thePacificIslandsForumsTerritoriesAreMembersButNotStatesAndCountInNoPopulation() throws IOException {
        List<Map<String, String>> territories = select("""
                SELECT ?t WHERE { ?t a dil:Territory . ?m org:member ?t ; org:organization id:org\\/PIF .
                                  FILTER NOT EXISTS { ?t a dil:State } } ORDER BY ?t""");
        assertEquals(List.of("COK", "NCL", "NIU", "PYF"),
                territories.stream().map(r -> r.get("t").substring(r.get("t").lastIndexOf('/') + 1)).toList());
        JsonNode pif = ApiClient.json(server, "/api/consensus?scope=PIF&question=dd-applies&asOf=2025-01-01");
        assertEquals(14, pif.get("counts").get("members").asInt(), "the Forum's 14 member States, without its 4 territories");
        for (JsonNode m : pif.get("members"))
            assertFalse(List.of("COK", "NIU", "PYF", "NCL").contains(m.get("iso3").asText()), m.toString());
    }

    @Test
    void theHighRepresentativesDeclarationOf2020SpeaksForEveryEuMember() throws IOException {
        JsonNode germany = member("EU", "dd-binding", "2020-05-01", "DEU");
        assertEquals("undecided", germany.get("stance").asText());
        assertEquals("collective", germany.get("via").get("kind").asText());
        assertEquals("https://w3id.org/diligentia/id/instrument/EU-HR-DECL-2020", germany.get("via").get("instrument").asText());
        assertTrue(ask("id:position\\/EU-HR-DECL-2020-dd-applies dil:collective true ; dil:stance st:affirms ; "
                + "dil:adoptedIn id:org\\/EU-COUNCIL"));
    }
}
