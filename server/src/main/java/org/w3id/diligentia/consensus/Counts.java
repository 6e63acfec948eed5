package org.w3id.diligentia.consensus;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the active members of a scope stand on a question on a date: n members, of whom a affirm,
 * r reject, some are undecided and the rest have no stance; and of those without a stance, how many
 * are known silent (their latest documents were read and say nothing on the question), how many have
 * only unread documents, and how many have no document at all. Known = stance or silent; coverage =
 * known / n. The ratios are exact for rules and rounded (4 decimals) for display; a ratio over zero
 * is undefined (null).
 */
public record Counts(int members, int affirms, int rejects, int undecided, int noStance,
                     int silent, int unread, int noDocument) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

    public Counts {
        if (members < 0 || affirms < 0 || rejects < 0 || undecided < 0 || silent < 0 || unread < 0 || noDocument < 0
                || affirms + rejects + undecided + noStance != members || silent + unread + noDocument != noStance)
            throw new IllegalArgumentException("Inconsistent counts: " + members + " members, " + affirms + " affirm, "
                    + rejects + " reject, " + undecided + " undecided, " + noStance + " without a stance (" + silent
                    + " silent, " + unread + " unread only, " + noDocument + " without a document)");
    }

    /** Counts from the stances and the coverage classes of those without one. */
    public static Counts of(int affirms, int rejects, int undecided, int silent, int unread, int noDocument) {
        int noStance = silent + unread + noDocument;
        return new Counts(affirms + rejects + undecided + noStance, affirms, rejects, undecided, noStance, silent, unread, noDocument);
    }

    /** Members that are known on the question: an established stance, or known silent. */
    public int known() {
        return affirms + rejects + undecided + silent;
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

    /** known / n, or null when there are no members. */
    public BigDecimal coverage() {
        return ratio(known(), members);
    }

    private static BigDecimal ratio(int part, int whole) {
        if (whole == 0)
            return null;
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
