package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/** The consensus and reference API over the shipped knowledge base, on a real server. */
@ClassTemplate
class ConsensusApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.overEachStore("shipped");

    private static JsonNode get(String path) throws IOException {
        return ApiClient.json(server, path);
    }

    private static JsonNode problem(String path, int status) throws IOException {
        HttpResponse<String> r = server.get(path);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        return ApiClient.parse(r.body());
    }

    @Test
    void theAfricanUnionMovesFromNoStanceToConsensusWhenTheAssemblyEndorsesTheCommonPosition() throws IOException {
        // Before the endorsement nothing is known of the members on dd-binding: the answer was "none"
        // until the not-established level existed (issue 14); it is now "not established", 0 of 49 known.
        JsonNode before = get("/api/consensus?scope=AU&question=dd-binding&asOf=2024-02-17");
        assertEquals("not-established", before.get("level").asText());
        assertEquals("coverage < 1/4", before.get("rule").get("thresholds").asText());
        assertEquals(49, before.get("counts").get("members").asInt());
        assertEquals(49, before.get("counts").get("noStance").asInt());
        assertEquals(0, before.get("coverage").asDouble());

        JsonNode after = get("/api/consensus?scope=AU&question=dd-binding&asOf=2024-02-18");
        assertEquals("consensus", after.get("level").asText());
        assertEquals("support >= 1", after.get("rule").get("thresholds").asText());
        assertEquals(1, after.get("support").asDouble());
        JsonNode algeria = member(after, "DZA");
        assertEquals("affirms", algeria.get("stance").asText());
        assertEquals("collective", algeria.get("via").get("kind").asText());
        assertEquals("AU", algeria.get("via").get("organization").asText());
        assertEquals("https://w3id.org/diligentia/id/instrument/AU-CAP-2024", algeria.get("via").get("instrument").asText());
        assertTrue(members(after).stream().noneMatch(m -> m.equals("MLI")), "Mali was suspended on the endorsement date");
    }

    @Test
    void everyUnMemberAffirmsThatDueDiligenceAppliesOnceResolution70_237TakesEffect() throws IOException {
        // The day before, no UN member is known on dd-applies: "not established" (it was "none" before issue 14).
        assertEquals("not-established", get("/api/consensus?scope=world&question=dd-applies&asOf=2015-12-30").get("level").asText());
        JsonNode after = get("/api/consensus?scope=world&question=dd-applies&asOf=2015-12-31");
        assertEquals("consensus", after.get("level").asText());
        assertEquals(193, after.get("counts").get("affirms").asInt());
        assertEquals("https://w3id.org/diligentia/id/instrument/UNGA-70-237", member(after, "FRA").get("via").get("instrument").asText());
    }

    @Test
    void whetherDueDiligenceBindsIsOnlyEmergingWorldwide() throws IOException {
        JsonNode world = get("/api/consensus?scope=world&question=dd-binding&asOf=2025-06-30");
        assertEquals("emerging", world.get("level").asText());
        // Revised research (2026-12-03): Canada is recoded ambiguous, so it is undecided and no longer rejects (4 -> 3).
        assertEquals(3, world.get("counts").get("rejects").asInt(), "Israel, New Zealand, the United Kingdom");
        assertEquals("undecided", member(world, "CAN").get("stance").asText());
        assertEquals("rejects", member(world, "GBR").get("stance").asText());
        assertEquals("own", member(world, "GBR").get("via").get("kind").asText());
    }

    @Test
    void theAssessmentDefaultsToTodayAndAnswersInCsvOnRequest() throws IOException {
        JsonNode today = get("/api/consensus?scope=EU&question=dd-binding");
        assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), today.get("asOf").asText());
        HttpResponse<String> csv = server.get("/api/consensus?scope=EU&question=dd-binding&asOf=2025-01-01", "Accept", "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        // Each member's coverage class sits beside its stance (issue 14).
        assertEquals("scope,question,asOf,level,iso3,name,stance,coverage,via,organization,position,positionDate,instrument", lines.get(0));
        assertEquals(1 + 27, lines.size(), "a header and one line per EU member");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("EU,dd-binding,2025-01-01,emerging,FRA,France,affirms,stance,own,")), csv.body());
        assertEquals(csv.body(), server.get("/api/consensus?scope=EU&question=dd-binding&asOf=2025-01-01&format=csv").body());
    }

    @Test
    void anUnchangedAnswerIsRevalidatedWithItsETag() {
        String path = "/api/consensus?scope=OAS&question=dd-binding&asOf=2025-01-01";
        HttpResponse<String> first = server.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get(path, "If-None-Match", etag).statusCode());
        assertEquals(200, server.get(path, "If-None-Match", "\"something-else\"").statusCode());
        String csvTag = server.get(path + "&format=csv").headers().firstValue("ETag").orElseThrow();
        assertFalse(csvTag.equals(etag), "each representation has its own ETag");
        assertTrue(first.headers().allValues("Vary").toString().contains("Accept"));
    }

    @Test
    void unknownScopesQuestionsStatesAndQueriesAre404sThatNameThem() throws IOException {
        assertTrue(problem("/api/consensus?scope=NATO&question=dd-binding", 404).get("detail").asText().contains("'NATO'"));
        assertTrue(problem("/api/consensus?scope=UN&question=dd-binding", 404).get("detail").asText().contains("'UN'"));
        assertTrue(problem("/api/consensus?scope=AU&question=dd-everything", 404).get("detail").asText().contains("'dd-everything'"));
        assertTrue(problem("/api/states/XYZ", 404).get("detail").asText().contains("'XYZ'"));
        assertTrue(problem("/api/organizations/NOPE", 404).get("detail").asText().contains("'NOPE'"));
        assertTrue(problem("/api/queries/drop-everything", 404).get("detail").asText().contains("'drop-everything'"));
    }

    @Test
    void malformedParametersAre400sThatNameTheParameterAndTheValue() throws IOException {
        String detail = problem("/api/consensus?scope=AU&question=dd-binding&asOf=2024-13-45", 400).get("detail").asText();
        assertTrue(detail.contains("'asOf'") && detail.contains("2024-13-45"), detail);
        assertTrue(problem("/api/consensus?scope=AU&question=dd-binding&asOf=yesterday", 400).get("detail").asText().contains("'yesterday'"));
        assertTrue(problem("/api/consensus?scope=AU&question=dd-binding&minConfidence=certain", 400).get("detail").asText().contains("'certain'"));
        assertTrue(problem("/api/consensus?scope=AU&question=dd-binding&scpe=EU", 400).get("detail").asText().contains("'scpe'"));
        assertTrue(problem("/api/consensus?question=dd-binding", 400).get("detail").asText().contains("'scope'"));
        assertTrue(problem("/api/consensus/timeline?scope=AU&question=dd-binding&from=2025-01-01&to=2024-01-01", 400)
                .get("detail").asText().contains("'from'"));
        assertTrue(problem("/api/instruments?binding=maybe", 400).get("detail").asText().contains("'maybe'"));
        assertTrue(problem("/api/consensus?scope=AU&question=dd-binding&format=xml", 400).get("detail").asText().contains("'xml'"));
    }

    @Test
    void aFormatNobodyOffersIsNotAcceptable() throws IOException {
        HttpResponse<String> r = server.get("/api/questions", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(ApiClient.parse(r.body()).get("detail").asText().contains("text/csv"));
        assertEquals(200, server.get("/api/questions", "Accept", "text/csv;q=0.9, application/json;q=0.1").statusCode());
        assertTrue(server.get("/api/questions", "Accept", "text/csv;q=0.9, application/json;q=0.1").body().startsWith("question,id,"));
    }

    @Test
    void aQuestionFewMembersHaveBeenReadOnIsNotEstablishedNotNone() throws IOException {
        JsonNode a = get("/api/consensus?scope=AU&question=dd-prevention");
        assertEquals("not-established", a.get("level").asText(), a.get("rule").toString());
        JsonNode c = a.get("counts");
        assertEquals(c.get("members").asInt(), c.get("noStance").asInt(), "no AU member is known on prevention");
        assertEquals(c.get("members").asInt(), c.get("silent").asInt() + c.get("unread").asInt() + c.get("noDocument").asInt());
        assertTrue(a.get("rule").get("figures").asText().contains("coverage = 0/" + c.get("members").asInt()), a.get("rule").toString());
    }

    @Test
    void noCellOfTheMatrixSaysNoneWhereLessThanAQuarterIsKnown() throws IOException {
        for (String asOf : List.of("2015-12-31", "2021-06-30", "2024-02-18", "2025-06-30")) {
            JsonNode m = get("/api/consensus/matrix?asOf=" + asOf);
            for (JsonNode cell : m.get("cells")) {
                JsonNode c = cell.get("counts");
                int known = c.get("members").asInt() - c.get("unread").asInt() - c.get("noDocument").asInt();
                if (cell.get("level").asText().equals("none"))
                    assertTrue(4 * known >= c.get("members").asInt(), asOf + " " + cell);
                if (4 * known < c.get("members").asInt() && c.get("affirms").asInt() < c.get("members").asInt())
                    assertEquals("not-established", cell.get("level").asText(), asOf + " " + cell);
            }
        }
    }

    @Test
    void theTimelineListsTheDatesOnWhichTheLevelOrCountsChanged() throws IOException {
        JsonNode t = get("/api/consensus/timeline?scope=AU&question=dd-binding&from=2024-01-01&to=2025-12-31");
        List<String> dates = new ArrayList<>();
        t.get("points").forEach(p -> dates.add(p.get("date").asText() + " " + p.get("level").asText() + " " + p.get("counts").get("members").asInt()));
        // 2024-01-01 was "none" before the not-established level (issue 14): nothing is known of the 49 then.
        assertEquals(List.of("2024-01-01 not-established 49", "2024-02-18 consensus 49", "2025-04-30 broad 50", "2025-10-15 broad 49"), dates,
                "Gabon, reinstated on 2025-04-30, was suspended when the position was adopted, so has no stance; "
                        + "Madagascar, suspended on 2025-10-15, leaves the count");
        HttpResponse<String> csv = server.get("/api/consensus/timeline?scope=AU&question=dd-binding&from=2024-01-01&to=2025-12-31&format=csv");
        // The counts go on with what is known of those without a stance, and the coverage (issue 14):
        // before the Common African Position, 48 AU members have only unread documents, one has none.
        assertTrue(csv.body().startsWith("scope,question,date,level,members,affirms,rejects,undecided,noStance,silent,unread,noDocument,coverage\r\n"
                + "AU,dd-binding,2024-01-01,not-established,49,0,0,0,49,0,48,1,0\r\n"), csv.body());
    }

    @Test
    void theMatrixHasACellPerScopeAndQuestion() throws IOException {
        JsonNode m = get("/api/consensus/matrix?asOf=2025-01-01");
        // The SCO, the League of Arab States and the Pacific Islands Forum have members since the research of
        // 2026-12-03, and the five UN regional groups are scopes too (issue 15).
        assertEquals(15 * 6, m.get("cells").size(), "the world, nine regional organizations and five regional groups, six questions");
        JsonNode au = null;
        for (JsonNode c : m.get("cells"))
            if (c.get("scope").asText().equals("ASEAN") && c.get("question").asText().equals("dd-applies"))
                au = c;
        assertEquals("consensus", au.get("level").asText());
        assertEquals("https://w3id.org/diligentia/id/assessment/ASEAN/dd-applies", au.get("assessment").asText());
    }

    @Test
    void regionalCoverageFollowsThePathFromRegionalToGlobalConsensus() throws IOException {
        JsonNode r = get("/api/consensus/regional-coverage?question=dd-binding&asOf=2025-01-01");
        assertEquals(1, r.get("organizations").size(), r.toString());
        assertEquals("AU", r.get("organizations").get(0).get("scope").asText());
        assertEquals(193, r.get("unMembers").asInt());
        assertEquals(48, r.get("covered").asInt());
        JsonNode applies = get("/api/consensus/regional-coverage?question=dd-applies&asOf=2025-01-01&levels=consensus");
        assertTrue(applies.get("covered").asInt() > 48, applies.toString());
        assertTrue(problem("/api/consensus/regional-coverage?question=dd-binding&levels=unanimous", 400).get("detail").asText().contains("'unanimous'"));
    }

    @Test
    void aStateProfileHasItsStancesMembershipsAndDocuments() throws IOException {
        JsonNode fra = get("/api/states/FRA?asOf=2025-01-01");
        assertEquals("France", fra.get("state").get("name").asText());
        assertTrue(fra.get("memberships").size() >= 4, fra.get("memberships").toString());
        JsonNode binding = null;
        for (JsonNode s : fra.get("stances"))
            if (s.get("questionId").asText().equals("dd-binding"))
                binding = s;
        assertEquals("https://w3id.org/diligentia/id/stance/affirms", binding.get("effectiveStance").asText());
        assertTrue(fra.get("documents").size() >= 2);
        assertEquals(200, server.get("/api/states/fra").statusCode(), "codes are case-insensitive");
    }

    @Test
    void anOrganizationProfileListsItsMembersOnADateAndItsOrgans() throws IOException {
        JsonNode au = get("/api/organizations/AU?asOf=2024-03-01");
        assertEquals(55, au.get("members").size());
        assertTrue(au.get("organs").toString().contains("AU-ASSEMBLY"), au.get("organs").toString());
        assertEquals(28, get("/api/organizations/EU?asOf=2019-06-01").get("members").size(), "the UK was still a member");
    }

    @Test
    void referenceListsAnswer() throws IOException {
        assertEquals(6, get("/api/questions").get("items").size());
        assertEquals(197, get("/api/states").get("items").size());
        assertTrue(get("/api/organizations").get("items").size() >= 17);
        assertEquals(4, get("/api/instruments?org=AU&kind=communique").get("items").size());
    }

    @Test
    void theQueryCatalogListsEveryCannedQueryAndRunsThemByName() throws IOException {
        JsonNode catalog = get("/api/queries");
        List<String> names = new ArrayList<>();
        catalog.get("queries").forEach(q -> names.add(q.get("name").asText()));
        assertTrue(names.containsAll(List.of("effective-stances", "consensus-counts", "coverage", "divergences", "infer-30-effective-dates")), names.toString());
        JsonNode run = get("/api/queries/effective-stances?question=dd-binding&scope=all-states&stance=rejects&asOf=2025-01-01");
        assertEquals(3, run.get("rowCount").asInt(), "Canada no longer rejects (revised research of 2026-12-03: recoded ambiguous)");
        assertEquals("rejects", run.get("params").get("stance").asText());
        assertFalse(run.get("truncated").asBoolean());
        assertTrue(problem("/api/queries/infer-30-effective-dates", 400).get("detail").asText().contains("/sparql"));
        assertTrue(problem("/api/queries/coverage?scope=EU&limit=5", 400).get("detail").asText().contains("'limit'"));
    }

    private static JsonNode member(JsonNode assessment, String iso3) {
        for (JsonNode m : assessment.get("members"))
            if (m.get("iso3").asText().equals(iso3))
                return m;
        throw new AssertionError(iso3 + " is not counted: " + assessment);
    }

    private static List<String> members(JsonNode assessment) {
        List<String> codes = new ArrayList<>();
        assessment.get("members").forEach(m -> codes.add(m.get("iso3").asText()));
        return codes;
    }
}
