package org.w3id.diligentia.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.changes.ChangeReport.AnswerChange;
import org.w3id.diligentia.consensus.AnswerSteps.Key;
import org.w3id.diligentia.consensus.AnswerSteps.Step;
import org.w3id.diligentia.consensus.Counts;

/** The comparison of two snapshots, on small hand-made step functions and readings. */
class ChangesTest {
    private static final Key KEY = new Key("EU", "dd-binding", "low");
    private static final Counts NONE = Counts.NONE;
    private static final Counts ONE = Counts.of(1, 0, 0, 0, 0, 0);
    private static final Counts TWO = Counts.of(2, 0, 0, 0, 0, 0);

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static Snapshot answers(List<Step> steps) {
        return new Snapshot(Map.of(), Map.of("EU", "https://w3id.org/diligentia/id/org/EU"), Map.of(KEY, steps));
    }

    private static Snapshot readings(Map<String, Snapshot.Reading> readings) {
        return new Snapshot(readings, Map.of(), Map.of());
    }

    @Test
    void aFirstLoadReportsNoPreviousVersionAndNoChange() {
        ChangeReport r = Changes.between(null, null, answers(List.of(new Step(null, "none", ONE))));
        assertNull(r.previous());
        assertTrue(r.unchanged());
    }

    @Test
    void identicalSnapshotsChangeNothing() {
        Snapshot s = answers(List.of(new Step(null, "not-established", NONE), new Step(d("2020-01-01"), "emerging", ONE)));
        assertTrue(Changes.between("v1", s, s).unchanged());
    }

    @Test
    void anAnswerThatMovesLaterIsReportedOverTheDaysInBetweenOnly() {
        Snapshot before = answers(List.of(new Step(null, "not-established", NONE), new Step(d("2020-01-01"), "emerging", ONE)));
        Snapshot after = answers(List.of(new Step(null, "not-established", NONE), new Step(d("2021-06-01"), "emerging", ONE)));
        List<AnswerChange> changes = Changes.between("v1", before, after).answers();
        assertEquals(1, changes.size(), changes.toString());
        AnswerChange c = changes.get(0);
        assertEquals(d("2020-01-01"), c.from());
        assertEquals(d("2021-06-01"), c.until());
        assertEquals("emerging", c.before().level());
        assertEquals("not-established", c.after().level());
    }

    @Test
    void adjacentRangesThatDifferTheSameWayAreMergedAndOthersAreNot() {
        // The old version has a redundant cut (2019) the new one does not: one range, not two.
        Snapshot before = answers(List.of(new Step(null, "none", NONE), new Step(d("2018-01-01"), "emerging", ONE),
                new Step(d("2019-01-01"), "emerging", ONE), new Step(d("2022-01-01"), "emerging", TWO)));
        Snapshot after = answers(List.of(new Step(null, "none", NONE), new Step(d("2018-01-01"), "contested", ONE)));
        List<AnswerChange> changes = Changes.between("v1", before, after).answers();
        assertEquals(2, changes.size(), changes.toString());
        assertEquals(d("2018-01-01"), changes.get(0).from());
        assertEquals(d("2022-01-01"), changes.get(0).until());
        assertEquals(d("2022-01-01"), changes.get(1).from());
        assertNull(changes.get(1).until(), "open: from then on");
        assertEquals(TWO, changes.get(1).before().counts());
    }

    @Test
    void aCountThatChangesWithTheSameLevelIsAChange() {
        Snapshot before = answers(List.of(new Step(null, "none", ONE)));
        Snapshot after = answers(List.of(new Step(null, "none", TWO)));
        List<AnswerChange> changes = Changes.between("v1", before, after).answers();
        assertEquals(1, changes.size());
        assertNull(changes.get(0).from(), "since always");
        assertNull(changes.get(0).until());
    }

    @Test
    void aScopeOnlyOneVersionHasHasNoAnswerOnTheOtherSide() {
        Snapshot after = answers(List.of(new Step(null, "none", ONE)));
        List<AnswerChange> changes = Changes.between("v1", new Snapshot(Map.of(), Map.of(), Map.of()), after).answers();
        assertEquals(1, changes.size());
        assertNull(changes.get(0).before());
        assertEquals("https://w3id.org/diligentia/id/org/EU", changes.get(0).scopeIri());
    }

    @Test
    void readingsAreAddedRemovedOrRecodedInTheFieldsThatDiffer() {
        Snapshot.Reading a = new Snapshot.Reading("A", Map.of("p:stance", Set.of("affirms"), "p:date", Set.of("2020")));
        Snapshot.Reading recoded = new Snapshot.Reading("A", Map.of("p:stance", Set.of("rejects"), "p:date", Set.of("2020"),
                "p:readVia", Set.of("url")));
        Snapshot.Reading b = new Snapshot.Reading("B", Map.of("p:stance", Set.of("affirms")));
        Snapshot.Reading c = new Snapshot.Reading("C", Map.of("p:stance", Set.of("affirms")));
        ChangeReport r = Changes.between("v1", readings(Map.of("a", a, "b", b)), readings(Map.of("a", recoded, "c", c)));
        assertEquals(List.of(new ChangeReport.PositionChange("a", "A", "recoded", List.of("p:readVia", "p:stance")),
                new ChangeReport.PositionChange("b", "B", "removed", List.of("p:stance")),
                new ChangeReport.PositionChange("c", "C", "added", List.of("p:stance"))), r.positions());
        assertEquals("v1", r.previous());
    }
}
