package org.w3id.diligentia.custom;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.w3id.diligentia.consensus.Fraction;
import org.w3id.diligentia.store.Row;

/**
 * One custom indicator and its rule, as read from the ontology by the {@code custom-rules} query:
 * the words of the verdict when its test is met ({@code label}) and when it is not
 * ({@code failLabel}), and the thresholds it has (absent ones do not constrain).
 */
public record IndicatorRule(String id, String label, String failLabel, int rank, Optional<Fraction> affirmingAbove,
                            Optional<Fraction> coverageFloor, Optional<Integer> minMajorityGroups,
                            Optional<Fraction> maxInconsistentShare, Optional<Fraction> maxObjectingShare,
                            List<String> benchmarkLevels, String ruleText) {

    public IndicatorRule {
        benchmarkLevels = List.copyOf(benchmarkLevels);
    }

    static IndicatorRule of(Row row) {
        return new IndicatorRule(row.text("id").orElse(""), row.text("label").orElse(""), row.text("failLabel").orElse(""),
                row.integer("rank").orElseThrow(), fraction(row, "affirmingAbove"), fraction(row, "coverageFloor"),
                row.integer("minMajorityGroups"), fraction(row, "maxInconsistentShare"), fraction(row, "maxObjectingShare"),
                row.text("benchmarkLevels").map(t -> Arrays.stream(t.split(" ")).filter(s -> !s.isBlank()).toList())
                        .orElse(List.of()),
                row.text("ruleText").orElse(""));
    }

    /** The verdict's words for a test that is met or not. */
    public String words(boolean met) {
        return met ? label : failLabel;
    }

    /** Whether {@code affirms} is more than the threshold share of {@code stances} (never, with no stance). */
    boolean affirmationAbove(int affirms, int stances) {
        Fraction t = affirmingAbove.orElseThrow(() -> missing("dil:affirmingAbove"));
        return stances > 0 && !t.ratioAtMost(affirms, stances);
    }

    /** Whether {@code known} of {@code members} is below the coverage floor (always, with no members). */
    boolean belowFloor(int known, int members) {
        return members == 0 || coverageFloor.orElseThrow(() -> missing("dil:coverageFloorOf")).ratioBelow(known, members);
    }

    IllegalStateException missing(String property) {
        return new IllegalStateException("The custom indicator '" + id + "' has no " + property + " in the ontology");
    }

    private static Optional<Fraction> fraction(Row row, String var) {
        return row.node(var).map(Fraction::of);
    }
}
