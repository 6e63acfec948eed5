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
 * What is known of each member (docs/design.md, "Coverage"), on small synthetic knowledge bases served
 * by a real server: a stance; known silent when its latest documents were read and say nothing on the
 * question; only unread documents; no document. Silence is never inferred from a missing position.
 */
class CoverageRulesTest {
    @TempDir
    Path dir;

    private JsonNode consensus(SyntheticKb kb, String question, String asOf, String floor) throws IOException {
        try (RunningServer server = RunningServer.start(kb.write(dir))) {
            return ApiClient.json(server, "/api/consensus?scope=RO&question=" + question + "&asOf=" + asOf + "&minConfidence=" + floor);
        }
    }

    private static String coverageOf(JsonNode assessment, String iso3) {
        for (JsonNode m : assessment.get("members"))
            if (m.get("iso3").asText().equals(iso3))
                return m.get("coverage").asText();
        throw new AssertionError(iso3 + " is not a member: " + assessment);
    }

    private static List<Integer> known(JsonNode a) {
        JsonNode c = a.get("counts");
        return List.of(c.get("silent").asInt(), c.get("unread").asInt(), c.get("noDocument").asInt());
    }

    @Test
    void eachMemberIsStanceSilentUnreadOrWithoutDocument() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(4, "2000-01-01");
        kb.own(m.get(0), "dd-prevention", "affirms", "2020-01-01");
        kb.silent(m.get(1), "dd-prevention", "2020-05-01", "high");
        kb.uncoded(m.get(2), "2020-03-01");
        JsonNode a = consensus(kb, "dd-prevention", "2021-01-01", "low");
        assertEquals("stance", coverageOf(a, m.get(0)));
        assertEquals("silent", coverageOf(a, m.get(1)));
        assertEquals("unread", coverageOf(a, m.get(2)));
        assertEquals("no-document", coverageOf(a, m.get(3)));
        assertEquals(List.of(1, 1, 1), known(a));
        assertEquals(3, a.get("counts").get("noStance").asInt());
        assertEquals(0.5, a.get("coverage").asDouble(), "(1 stance + 1 silent) / 4");
    }

    @Test
    void aDocumentSilentOnOneQuestionIsUnreadOnTheOthers() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(1, "2000-01-01");
        kb.silent(m.get(0), "dd-prevention", "2020-05-01", "high");
        assertEquals("unread", coverageOf(consensus(kb, "dd-capacity", "2021-01-01", "low"), m.get(0)));
    }

    @Test
    void aLaterUnreadDocumentMakesAnEarlierSilenceUnknown() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(1, "2000-01-01");
        kb.silent(m.get(0), "dd-prevention", "2020-05-01", "high");
        kb.uncoded(m.get(0), "2021-06");
        assertEquals("silent", coverageOf(consensus(kb, "dd-prevention", "2021-06-29", "low"), m.get(0)));
        assertEquals("unread", coverageOf(consensus(kb, "dd-prevention", "2021-06-30", "low"), m.get(0)),
                "a month takes effect on its last day");
    }

    @Test
    void aStanceOutranksALaterSilence() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(1, "2000-01-01");
        kb.own(m.get(0), "dd-prevention", "rejects", "2019");
        kb.silent(m.get(0), "dd-prevention", "2022-01-01", "high");
        JsonNode a = consensus(kb, "dd-prevention", "2023-01-01", "low");
        assertEquals("stance", coverageOf(a, m.get(0)));
        assertEquals(1, a.get("counts").get("rejects").asInt());
    }

    @Test
    void aCollectiveSilentReadingMakesEveryActiveMemberKnownSilent() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(3, "2000-01-01");
        String late = kb.state();
        kb.membership(late, "member", "2023-01-01", null);
        kb.collectiveSilent("dd-harm-threshold", "2022-01-01");
        JsonNode a = consensus(kb, "dd-harm-threshold", "2024-01-01", "low");
        for (String s : m)
            assertEquals("silent", coverageOf(a, s));
        assertEquals("no-document", coverageOf(a, late), "not a member when the document was adopted");
        assertEquals(List.of(3, 0, 1), known(a));
    }

    @Test
    void aSilentReadingBelowTheConfidenceFloorIsNotKnown() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(1, "2000-01-01");
        kb.silent(m.get(0), "dd-capacity", "2020-05-01", "low");
        assertEquals("silent", coverageOf(consensus(kb, "dd-capacity", "2021-01-01", "low"), m.get(0)));
        assertEquals("unread", coverageOf(consensus(kb, "dd-capacity", "2021-01-01", "medium"), m.get(0)));
    }

    @Test
    void fewerThanAQuarterKnownIsNotEstablishedAndAQuarterIsEnough() throws IOException {
        SyntheticKb below = new SyntheticKb();
        List<String> m = below.members(9, "2000-01-01");
        below.own(m.get(0), "dd-prevention", "affirms", "2020-01-01");
        below.silent(m.get(1), "dd-prevention", "2020-01-01", "high");      // 2 of 9 known < 1/4
        JsonNode a = consensus(below, "dd-prevention", "2021-01-01", "low");
        assertEquals("not-established", a.get("level").asText());
        assertEquals("coverage < 1/4", a.get("rule").get("thresholds").asText());
        assertEquals(3, a.get("rule").get("rank").asInt());

        SyntheticKb quarter = new SyntheticKb();
        List<String> n = quarter.members(8, "2000-01-01");
        quarter.own(n.get(0), "dd-prevention", "affirms", "2020-01-01");
        quarter.silent(n.get(1), "dd-prevention", "2020-01-01", "high");    // 2 of 8 known = 1/4
        assertEquals("none", consensus(quarter, "dd-prevention", "2021-01-01", "low").get("level").asText(),
                "enough is known, and one affirming adds up to nothing more");
    }

    @Test
    void consensusAndBroadAreTriedBeforeCoverage() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(3, "2000-01-01");
        for (String s : m)
            kb.own(s, "dd-capacity", "affirms", "2020-01-01");
        assertEquals("consensus", consensus(kb, "dd-capacity", "2021-01-01", "low").get("level").asText());
    }

    @Test
    void aScopeWithoutMembersOnTheDateIsNotEstablished() throws IOException {
        SyntheticKb kb = new SyntheticKb();
        kb.members(3, "2010-01-01");
        JsonNode a = consensus(kb, "dd-binding", "2005-01-01", "low");
        assertEquals(0, a.get("counts").get("members").asInt());
        assertEquals("not-established", a.get("level").asText());
        assertNull(a.get("coverage").numberValue(), "coverage is undefined without members");
    }
}
