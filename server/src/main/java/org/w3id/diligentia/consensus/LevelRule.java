package org.w3id.diligentia.consensus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One consensus level and the rule that assigns it, read from the ontology: the thresholds it has
 * (absent ones do not constrain) and the order in which rules are tried. A rule with no threshold
 * always matches. support = a / n, opposition = r / n, agreement = a / (a + r), coverage = known / n.
 */
public record LevelRule(String id, String label, int rank, Optional<Fraction> minSupport, Optional<Fraction> maxOpposition,
                        Optional<Fraction> minAgreement, Optional<Fraction> agreementBelow,
                        Optional<Integer> minAffirming, Optional<Integer> minRejecting, Optional<Fraction> coverageBelow,
                        String ruleText) {

    /** Whether every threshold of the rule holds for {@code counts}. */
    public boolean matches(Counts c) {
        int decided = c.affirms() + c.rejects();
        return minSupport.map(t -> t.ratioAtLeast(c.affirms(), c.members())).orElse(true)
                && maxOpposition.map(t -> t.ratioAtMost(c.rejects(), c.members())).orElse(true)
                && minAgreement.map(t -> t.ratioAtLeast(c.affirms(), decided)).orElse(true)
                && agreementBelow.map(t -> t.ratioBelow(c.affirms(), decided)).orElse(true)
                && minAffirming.map(k -> c.affirms() >= k).orElse(true)
                && minRejecting.map(k -> c.rejects() >= k).orElse(true)
                // An empty scope is not established either: nothing at all is known of it.
                && coverageBelow.map(t -> c.members() == 0 || t.ratioBelow(c.known(), c.members())).orElse(true);
    }

    /** The rule with the thresholds it uses, in words: "support >= 2/3 and opposition <= 0.10". */
    public String thresholds() {
        List<String> parts = new ArrayList<>();
        minSupport.ifPresent(t -> parts.add("support >= " + t));
        maxOpposition.ifPresent(t -> parts.add("opposition <= " + t));
        minAffirming.ifPresent(k -> parts.add("affirming >= " + k));
        minRejecting.ifPresent(k -> parts.add("rejecting >= " + k));
        minAgreement.ifPresent(t -> parts.add("agreement >= " + t));
        agreementBelow.ifPresent(t -> parts.add("agreement < " + t));
        coverageBelow.ifPresent(t -> parts.add("coverage < " + t));
        return parts.isEmpty() ? "otherwise (no other rule matched)" : String.join(" and ", parts);
    }
}
