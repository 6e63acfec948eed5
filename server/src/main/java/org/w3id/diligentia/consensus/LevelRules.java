package org.w3id.diligentia.consensus;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.store.Table;

/**
 * The consensus levels in the order their rules are tried, as read from the ontology by the
 * {@code consensus-levels} query. {@link #classify} returns the first level whose rule matches:
 * thresholds are data, so editing them in {@code ontology/vocabularies.ttl} changes every answer.
 */
public record LevelRules(List<LevelRule> rules) {

    public LevelRules {
        rules = rules.stream().sorted(Comparator.comparingInt(LevelRule::rank)).toList();
        if (rules.isEmpty())
            throw new IllegalStateException("No consensus levels are defined in the ontology");
    }

    /** Reads the rules from the rows of the {@code consensus-levels} query. */
    public static LevelRules fromTable(Table table) {
        return new LevelRules(table.readRows().stream().map(LevelRules::rule).toList());
    }

    private static LevelRule rule(Row row) {
        return new LevelRule(row.text("id").orElse(""), row.text("label").orElse(""), row.integer("rank").orElseThrow(),
                fraction(row, "minSupport"), fraction(row, "maxOpposition"), fraction(row, "minAgreement"),
                fraction(row, "agreementBelow"), row.integer("minAffirming"), row.integer("minRejecting"),
                fraction(row, "coverageBelow"), row.text("ruleText").orElse(""));
    }

    /** The level for {@code counts}: the first rule, by rank, that matches. */
    public LevelRule classify(Counts counts) {
        return rules.stream().filter(r -> r.matches(counts)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No consensus rule matches " + counts
                        + "; the ontology needs a last level without thresholds"));
    }

    /** The first rule with a coverage floor: the level that says too little is known ({@code not-established}). */
    public Optional<LevelRule> coverageFloor() {
        return rules.stream().filter(r -> r.coverageBelow().isPresent()).findFirst();
    }

    private static Optional<Fraction> fraction(Row row, String var) {
        return row.node(var).map(Fraction::of);
    }
}
