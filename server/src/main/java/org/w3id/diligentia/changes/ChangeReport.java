package org.w3id.diligentia.changes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.w3id.diligentia.consensus.Counts;

/**
 * What changed in a version of the data from the version it replaced: the readings (positions and
 * silent readings) added, removed or recoded, with the fields that changed, and every consensus answer
 * (scope, question, confidence floor, over a range of days) whose level or counts changed, with the
 * answer before and after. {@code previous} is null for a first load (no previous version); {@code
 * version} is empty when the sources were compared without being loaded ({@code validate --diff}).
 * Both lists are in one canonical order, so a report computed and a report read back are equal.
 */
public record ChangeReport(String version, String previous, List<PositionChange> positions, List<AnswerChange> answers) {
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String RECODED = "recoded";

    private static final Comparator<LocalDate> SINCE_ALWAYS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    public ChangeReport {
        positions = positions.stream().sorted(Comparator.comparing(PositionChange::position)).toList();
        answers = answers.stream().sorted(Comparator.comparing(AnswerChange::scope).thenComparing(AnswerChange::question)
                .thenComparing(AnswerChange::floor).thenComparing(AnswerChange::from, SINCE_ALWAYS_FIRST)).toList();
    }

    /**
     * A reading added, removed or recoded. {@code fields} are the IRIs of the properties whose values
     * differ, sorted (every property of an added or removed reading); {@code label} its rdfs:label.
     */
    public record PositionChange(String position, String label, String change, List<String> fields) {
        public PositionChange {
            fields = fields.stream().sorted().toList();
        }
    }

    /** A consensus answer: its level and counts. */
    public record Answer(String level, Counts counts) {}

    /**
     * A consensus answer that changed over the days {@code [from, until)}: {@code from} null means since
     * always, {@code until} null means from then on. {@code before} is null when the previous version
     * had no such scope or question, {@code after} null when this one has none.
     */
    public record AnswerChange(String scope, String scopeIri, String question, String floor, LocalDate from, LocalDate until,
                               Answer before, Answer after) {}

    /** The same changes, described as those of {@code version}. */
    public ChangeReport as(String version) {
        return new ChangeReport(version, previous, positions, answers);
    }

    /** Whether nothing changed (a first load reports no change either). */
    public boolean unchanged() {
        return positions.isEmpty() && answers.isEmpty();
    }
}
