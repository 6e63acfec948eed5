package org.w3id.diligentia.custom;

import java.util.Comparator;
import java.util.List;

import org.w3id.diligentia.store.Table;

/**
 * The custom indicators' rules of the loaded ontology ({@code custom-rules}), in rank order: the
 * thresholds are data, so editing them in {@code ontology/vocabularies.ttl} changes every verdict.
 */
public record IndicatorRules(List<IndicatorRule> rules) {
    public static final String GENERALITY = "generality";
    public static final String REPRESENTATIVENESS = "representativeness";
    public static final String CONSISTENCY = "consistency";
    public static final String OBJECTION = "objection";

    public IndicatorRules {
        rules = rules.stream().sorted(Comparator.comparingInt(IndicatorRule::rank)).toList();
    }

    public static IndicatorRules fromTable(Table table) {
        return new IndicatorRules(table.readRows().stream().map(IndicatorRule::of).toList());
    }

    /** The rule of the indicator {@code id}. */
    public IndicatorRule get(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The ontology defines no custom indicator '" + id
                        + "' (a dil:CustomIndicator with skos:notation \"" + id + "\")"));
    }
}
