package org.w3id.diligentia.consensus;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the active members of a scope stand on a question on a date: n members, of whom a affirm,
 * r reject, some are undecided and the rest have no stance. The ratios are exact for rules and
 * rounded (4 decimals) for display; a ratio over zero is undefined (null).
 */
public record Counts(int members, int affirms, int rejects, int undecided, int noStance) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

    public Counts {
        if (members < 0 || affirms < 0 || rejects < 0 || undecided < 0 || noStance < 0
                || affirms + rejects + undecided + noStance != members)
            throw new IllegalArgumentException("Inconsistent counts: " + members + " members, " + affirms + " affirm, "
                    + rejects + " reject, " + undecided + " undecided, " + noStance + " without a stance");
    }

    /** a / n, or null when there are no members. */
    public BigDecimal support() {
        return ratio(affirms, members);
    }

    /** r / n, or null when there are no members. */
    public BigDecimal opposition() {
        return ratio(rejects, members);
    }

    /** a / (a + r), or null when nobody takes a decisive stance. */
    public BigDecimal agreement() {
        return ratio(affirms, affirms + rejects);
    }

    private static BigDecimal ratio(int part, int whole) {
        if (whole == 0)
            return null;
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
