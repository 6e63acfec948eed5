package org.w3id.diligentia.whatif;

import java.time.LocalDate;
import java.util.List;

import org.w3id.diligentia.consensus.Assessment;
import org.w3id.diligentia.custom.CustomIndicators;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.whatif.WhatIf.Hypothesis;
import org.w3id.diligentia.whatif.WhatIf.Variants;

/**
 * The answer of a what-if: always {@code hypothetical}; the dataset version the copy was made of
 * ({@code basedOn}); what was asked, the hypotheses added and the variants applied, echoed; how many
 * curated positions the variants left out; then the answers in the shapes of the real ones: per
 * scope, what {@code /api/consensus} gives ({@link Assessment}), and what {@code /api/custom} gives
 * ({@link CustomIndicators}) when asked; and how long the what-if took.
 */
public record WhatIfAnswer(boolean hypothetical, String basedOn, Asked ask, List<Hypothesis> hypotheses, Variants variants,
                           LeftOut leftOut, List<Assessment> consensus, CustomIndicators custom, long computedInMillis) {

    /** What was asked, by id. */
    public record Asked(List<String> scopes, String question, LocalDate asOf, Confidence minConfidence, boolean custom) {}

    /** How many curated positions the variants left out: collective (held by organizations), and not read in the actor's own words. */
    public record LeftOut(int collective, int notOwnWords) {}
}
