package org.w3id.diligentia.consensus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.w3id.diligentia.vocab.Confidence;

/**
 * The consensus of a scope on a question as of a date: the level, the rule that matched (with the
 * thresholds it uses and the figures it was applied to), the counts and ratios, and every active member
 * with its effective stance and the position behind it.
 */
public record Assessment(String id, String scope, String scopeLabel, String question, LocalDate asOf,
                         Confidence minConfidence, String level, Rule rule, Counts counts, BigDecimal support,
                         BigDecimal opposition, BigDecimal agreement, BigDecimal coverage, List<MemberStance> members) {

    /** Which rule of the level table matched: its level and rank, its thresholds, and the figures it saw. */
    public record Rule(String level, int rank, String thresholds, String figures) {

        static Rule of(LevelRule rule, Counts c) {
            return new Rule(rule.id(), rule.rank(), rule.thresholds(),
                    "a = " + c.affirms() + ", r = " + c.rejects() + ", n = " + c.members()
                            + ", support = " + c.affirms() + "/" + c.members()
                            + ", opposition = " + c.rejects() + "/" + c.members()
                            + (c.affirms() + c.rejects() == 0 ? ", agreement undefined (no decisive stance)"
                                    : ", agreement = " + c.affirms() + "/" + (c.affirms() + c.rejects()))
                            + ", coverage = " + c.known() + "/" + c.members());
        }
    }
}
