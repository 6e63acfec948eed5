package org.w3id.diligentia.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.SyntheticKb;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The consensus rules of docs/design.md ("Effective stance", "Consensus level"), on small synthetic
 * knowledge bases served by a real server: level boundaries, membership over time, and the
 * effective-stance rule.
 */
class ConsensusRulesTest {
    @TempDir
    Path dir;

    private JsonNode consensus(SyntheticKb kb, String question, String asOf) throws IOException {
        try (RunningServer server = RunningServer.start(kb.write(dir))) {
            return ApiClient.json(server, "/api/consensus?scope=RO&question=" + question + "&asOf=" + asOf);
        }
    }

    private static String stanceOf(JsonNode assessment, String iso3) {
        for (JsonNode m : assessment.get("members"))
            if (m.get("iso3").asText().equals(iso3))
                return m.get("stance").isNull() ? null : m.get("stance").asText();
        throw new AssertionError(iso3 + " is not a member: " + assessment);
    }

    @Test
    void everyMemberAffirmingIsConsensus() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        for (String s : kb.members(4, "2000-01-01"))
            kb.own(s, "dd-binding", "affirms", "2020-01-01");
        JsonNode a = consensus(kb, "dd-binding", "2021-01-01");
        assertEquals("consensus", a.get("level").asText());
        assertEquals(1, a.get("rule").get("rank").asInt());
        assertEquals(4, a.get("counts").get("affirms").asInt());
    }

    @Test
    void exactlyTwoThirdsSupportWithoutOppositionIsBroad() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(6, "2000-01-01");
        for (String s : m.subList(0, 4))
            kb.own(s, "dd-binding", "affirms", "2020-01-01");
        JsonNode a = consensus(kb, "dd-binding", "2021-01-01");
        assertEquals("broad", a.get("level").asText(), a.get("rule").toString());
        assertEquals("support >= 2/3 and opposition <= 0.1", a.get("rule").get("thresholds").asText());
    }

    @Test
    void justUnderTwoThirdsSupportIsNotBroad() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(7, "2000-01-01");
        for (String s : m.subList(0, 4))      // 4/7 < 2/3
            kb.own(s, "dd-binding", "affirms", "2020-01-01");
        assertEquals("emerging", consensus(kb, "dd-binding", "2021-01-01").get("level").asText());
    }

    @Test
    void exactlyTenPercentOppositionIsStillBroad() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(10, "2000-01-01");
        for (String s : m.subList(0, 8))
            kb.own(s, "dd-binding", "affirms", "2020-01-01");
        kb.own(m.get(8), "dd-binding", "rejects", "2020-01-01");     // 1/10 = 0.10
        JsonNode a = consensus(kb, "dd-binding", "2021-01-01");
        assertEquals("broad", a.get("level").asText());
        assertEquals(0.1, a.get("opposition").asDouble());
    }

    @Test
    void moreThanTenPercentOppositionIsNotBroad() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(10, "2000-01-01");
        for (String s : m.subList(0, 8))
            kb.own(s, "dd-binding", "affirms", "2020-01-01");
        kb.own(m.get(8), "dd-binding", "rejects", "2020-01-01");
        kb.own(m.get(9), "dd-binding", "rejects", "2020-01-01");     // 2/10 > 0.10; agreement 0.8
        assertEquals("emerging", consensus(kb, "dd-binding", "2021-01-01").get("level").asText());
    }

    @Test
    void agreementOfExactlyThreeQuartersIsEmergingNotContested() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(20, "2000-01-01");
        for (String s : m.subList(0, 3))
            kb.own(s, "dd-binding", "affirms", "2020-01-01");
        kb.own(m.get(3), "dd-binding", "rejects", "2020-01-01");      // agreement 3/4
        for (String s : m.subList(10, 20))                            // known silent: coverage 14/20
            kb.silent(s, "dd-binding", "2020-01-01", "high");
        JsonNode a = consensus(kb, "dd-binding", "2021-01-01");
        assertEquals("emerging", a.get("level").asText());
        assertEquals(0.75, a.get("agreement").asDouble());
    }

    @Test
    void agreementJustBelowThreeQuartersIsContested() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(20, "2000-01-01");
        for (String s : m.subList(0, 5))
            kb.own(s, "dd-binding", "affirms", "2020-01-01");
        for (String s : m.subList(5, 7))
            kb.own(s, "dd-binding", "rejects", "2020-01-01");          // agreement 5/7 < 0.75
        assertEquals("contested", consensus(kb, "dd-binding", "2021-01-01").get("level").asText());
    }

    @Test
    void threeAffirmingIsEmergingAndTwoIsNone() throws IOException {
        // Ten other members are known to be silent, so that coverage (13 or 12 of 20) is above the floor
        // of the not-established level and the levels after it are the ones tried.
        SyntheticKb three = new SyntheticKb();
        List<String> m = three.members(20, "2000-01-01");
        for (String s : m.subList(0, 3))
            three.own(s, "dd-binding", "affirms", "2020-01-01");
        for (String s : m.subList(10, 20))
            three.silent(s, "dd-binding", "2020-01-01", "high");
        assertEquals("emerging", consensus(three, "dd-binding", "2021-01-01").get("level").asText());

        SyntheticKb two = new SyntheticKb();
        List<String> n = two.members(20, "2000-01-01");
        for (String s : n.subList(0, 2))
            two.own(s, "dd-binding", "affirms", "2020-01-01");
        for (String s : n.subList(10, 20))
            two.silent(s, "dd-binding", "2020-01-01", "high");
        JsonNode a = consensus(two, "dd-binding", "2021-01-01");
        assertEquals("none", a.get("level").asText());
        assertEquals("otherwise (no other rule matched)", a.get("rule").get("thresholds").asText());
    }

    @Test
    void aMemberSuspendedOnTheAdoptionDateIsNotCoveredByACollectivePosition() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(3, "2000-01-01");
        kb.membership(m.get(2), "suspended", "2023-06-01", "2024-06-01");
        kb.collective("dd-binding", "affirms", "2024-02-18");
        JsonNode a = consensus(kb, "dd-binding", "2025-01-01");
        assertEquals("affirms", stanceOf(a, m.get(0)));
        assertEquals("collective", a.get("members").get(0).get("via").get("kind").asText());
        assertNull(stanceOf(a, m.get(2)), "suspended on the adoption date, so not covered even after reinstatement");
        JsonNode during = consensus(kb, "dd-binding", "2024-03-01");
        assertEquals(2, during.get("counts").get("members").asInt(), "a suspended member is not an active member");
    }

    @Test
    void aCollectivePositionOfAnOrganOfLimitedMembershipSpeaksForNoMember() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(3, "2000-01-01");
        kb.council("dd-binding", "affirms", "2024-01-01");
        JsonNode a = consensus(kb, "dd-binding", "2025-01-01");
        assertEquals(3, a.get("counts").get("noStance").asInt());
        assertNull(stanceOf(a, m.get(0)));
    }

    @Test
    void aMemberThatJoinsOrLeavesBetweenTwoDatesCountsOnlyWhileAMember() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(2, "2000-01-01");
        String joiner = kb.state();
        kb.membership(joiner, "member", "2010-05-01", null);
        String leaver = kb.state();
        kb.membership(leaver, "withdrawn", "2000-01-01", "2015-01-31");
        assertEquals(3, consensus(kb, "dd-binding", "2010-04-30").get("counts").get("members").asInt());
        assertEquals(4, consensus(kb, "dd-binding", "2010-05-01").get("counts").get("members").asInt());
        assertEquals(4, consensus(kb, "dd-binding", "2015-01-30").get("counts").get("members").asInt());
        JsonNode after = consensus(kb, "dd-binding", "2015-01-31");
        assertEquals(3, after.get("counts").get("members").asInt(), "the end date is the first day no longer a member");
        assertEquals(List.of(m.get(0), m.get(1), joiner), after.findValuesAsText("iso3"));
    }

    @Test
    void theMostRecentDecisivePositionWinsWhetherOwnOrCollective() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(2, "2000-01-01");
        kb.own(m.get(0), "dd-binding", "rejects", "2018-01-01");        // older than the collective
        kb.own(m.get(1), "dd-binding", "rejects", "2022-01-01");        // newer than the collective
        kb.collective("dd-binding", "affirms", "2020-01-01");
        JsonNode a = consensus(kb, "dd-binding", "2023-01-01");
        assertEquals("affirms", stanceOf(a, m.get(0)));
        assertEquals("rejects", stanceOf(a, m.get(1)));
        JsonNode before = consensus(kb, "dd-binding", "2019-01-01");
        assertEquals("rejects", stanceOf(before, m.get(0)));
        assertNull(stanceOf(before, m.get(1)));
    }

    @Test
    void anUndecidedCollectivePositionAfterADecisiveOwnOneDoesNotOverrideIt() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(2, "2000-01-01");
        kb.own(m.get(0), "dd-binding", "affirms", "2019-01-01");
        kb.collective("dd-binding", "undecided", "2024-11-18");
        JsonNode a = consensus(kb, "dd-binding", "2025-01-01");
        assertEquals("affirms", stanceOf(a, m.get(0)), "decisive before undecided");
        assertEquals("undecided", stanceOf(a, m.get(1)), "the undecided collective is the only candidate");
        assertEquals(1, a.get("counts").get("undecided").asInt());
    }

    @Test
    void onATieOfDatesTheStatesOwnPositionWins() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(1, "2000-01-01");
        kb.own(m.get(0), "dd-binding", "rejects", "2020-06-01");
        kb.collective("dd-binding", "affirms", "2020-06-01");
        JsonNode a = consensus(kb, "dd-binding", "2021-01-01");
        assertEquals("rejects", stanceOf(a, m.get(0)));
        assertEquals("own", a.get("members").get(0).get("via").get("kind").asText());
    }

    @Test
    void aYearOnlyDateTakesEffectAtTheEndOfTheYearAndAMonthAtTheEndOfTheMonth() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(2, "2000-01-01");
        kb.own(m.get(0), "dd-binding", "affirms", "2015");
        kb.own(m.get(1), "dd-binding", "affirms", "2024-02");
        assertNull(stanceOf(consensus(kb, "dd-binding", "2015-12-30"), m.get(0)));
        assertEquals("affirms", stanceOf(consensus(kb, "dd-binding", "2015-12-31"), m.get(0)));
        assertNull(stanceOf(consensus(kb, "dd-binding", "2024-02-28"), m.get(1)));
        assertEquals("affirms", stanceOf(consensus(kb, "dd-binding", "2024-02-29"), m.get(1)), "2024 is a leap year");
    }

    @Test
    void aMembershipStartingInAYearCountsFromTheEndOfThatYear() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        kb.members(1, "1990-01-01");
        kb.membership(kb.state(), "member", "1997", null);
        String lateJoiner = kb.state();
        kb.membership(lateJoiner, "member", "2021-10", null);
        assertEquals(1, consensus(kb, "dd-binding", "1997-12-30").get("counts").get("members").asInt());
        assertEquals(2, consensus(kb, "dd-binding", "2021-10-30").get("counts").get("members").asInt());
        assertEquals(3, consensus(kb, "dd-binding", "2021-10-31").get("counts").get("members").asInt());
    }

    @Test
    void anUndatedPositionCountsInNoComputation() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(1, "2000-01-01");
        kb.own(m.get(0), "dd-binding", "affirms", null);
        JsonNode a = consensus(kb, "dd-binding", "2100-01-01");
        assertNull(stanceOf(a, m.get(0)));
    }

    @Test
    void theConfidenceFloorLeavesOutWeaklySourcedPositions() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(2, "2000-01-01");
        kb.own(m.get(0), "dd-binding", "affirms", "2020-01-01", "low");
        kb.own(m.get(1), "dd-binding", "affirms", "2020-01-01", "high");
        try (RunningServer server = RunningServer.start(kb.write(dir))) {
            JsonNode all = ApiClient.json(server, "/api/consensus?scope=RO&question=dd-binding&asOf=2021-01-01");
            JsonNode firm = ApiClient.json(server, "/api/consensus?scope=RO&question=dd-binding&asOf=2021-01-01&minConfidence=medium");
            assertEquals("consensus", all.get("level").asText());
            assertEquals(1, firm.get("counts").get("affirms").asInt());
            assertEquals("medium", firm.get("minConfidence").asText());
        }
    }
}
