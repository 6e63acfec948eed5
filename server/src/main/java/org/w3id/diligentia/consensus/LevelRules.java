package org.w3id.diligentia.consensus;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
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
        return new LevelRules(table.rows().stream().map(LevelRules::rule).toList());
    }

    private static LevelRule rule(Binding row) {
        return new LevelRule(text(row, "id"), text(row, "label"), integer(row, "rank").orElseThrow(),
                fraction(row, "minSupport"), fraction(row, "maxOpposition"), fraction(row, "minAgreement"),
                fraction(row, "agreementBelow"), integer(row, "minAffirming"), integer(row, "minRejecting"),
                fraction(row, "coverageBelow"), text(row, "ruleText"));
    }

    /** The level for {@code counts}: the first rule, by rank, that matches. */
    public LevelRule classify(Counts counts) {
        return rules.stream().filter(r -> r.matches(counts)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No consensus rule matches " + counts
                        + "; the ontology needs a last level without thresholds"));
    }

    private static String text(Binding row, String var) {
        return Table.get(row, var).map(Node::getLiteralLexicalForm).orElse("");
    }

    private static Optional<Fraction> fraction(Binding row, String var) {
        return Table.get(row, var).map(Fraction::of);
    }

    private static Optional<Integer> integer(Binding row, String var) {
        return Table.get(row, var).map(n -> Integer.parseInt(n.getLiteralLexicalForm().strip()));
    }
}
