package org.w3id.diligentia.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.vocab.Coverage;

/**
 * How every page says what is known: "3 of 55 known (3/55, 5.5%)", the six classes a member falls in
 * on a question (affirms, rejects, undecided, read and silent, only unread documents, no document),
 * and their words. "Known" is a stance or read and silent; the rest is not known, which is never
 * "none" (the not-established level says so when fewer than its floor are known).
 */
final class CoverageText {
    /** The six classes of the map and of the counts, in order: three stances, then what is known of the rest. */
    static final List<String> CLASSES = List.of("affirms", "rejects", "undecided", "silent", "unread", "no-document");

    private CoverageText() {}

    /** "3 of 55 known"; "no members" for an empty scope. */
    static String known(Counts n) {
        return n.members() == 0 ? "no members" : n.known() + " of " + n.members() + " known";
    }

    /** "3 of 55 known (3/55, 5.5%)"; "no members (coverage undefined)". */
    static String knownShare(Counts n) {
        return n.members() == 0 ? "no members (coverage undefined)"
                : known(n) + " (" + n.known() + "/" + n.members() + ", " + percent(n.known(), n.members()) + ")";
    }

    /** part / whole as a percentage with at most one decimal: "5.5%", "100%". */
    static String percent(int part, int whole) {
        if (whole == 0)
            return "undefined";
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString() + "%";
    }

    /** The stances taken, for a line that leads with what is known: "1 affirms, 1 undecided"; "" when none. */
    static String stancesTaken(Counts n) {
        List<String> parts = new ArrayList<>();
        if (n.affirms() > 0)
            parts.add(n.affirms() + " affirm" + (n.affirms() == 1 ? "s" : ""));
        if (n.rejects() > 0)
            parts.add(n.rejects() + " reject" + (n.rejects() == 1 ? "s" : ""));
        if (n.undecided() > 0)
            parts.add(n.undecided() + " undecided");
        return String.join(", ", parts);
    }

    /** The six classes with their counts, in {@link #CLASSES} order. */
    static List<Integer> classCounts(Counts n) {
        return List.of(n.affirms(), n.rejects(), n.undecided(), n.silent(), n.unread(), n.noDocument());
    }

    /** The class of a State on the map: its stance if it has one, else its coverage class (unread when unknown). */
    static String mapClass(String stance, Coverage coverage) {
        if (stance != null)
            return stance;
        return coverage == null || coverage == Coverage.STANCE ? Coverage.UNREAD.id() : coverage.id();
    }

    /** The words of a class: "Affirms", "Read and silent", "Only unread documents", "No document". */
    static String classLabel(String c) {
        return switch (c) {
            case "affirms" -> "Affirms";
            case "rejects" -> "Rejects";
            case "undecided" -> "Undecided";
            case "silent" -> "Read and silent";
            case "unread" -> "Only unread documents";
            case "no-document" -> "No document";
            default -> c;
        };
    }

    /** What a class means, for the legend's title and the counts' table. */
    static String classMeaning(String c) {
        return switch (c) {
            case "affirms", "rejects", "undecided" -> "an effective stance (own or collective): known";
            case "silent" -> "no stance, and its latest documents were read and say nothing on the question: known";
            case "unread" -> "documents, but none read on the question: not known";
            case "no-document" -> "no document of its own or collective by the date: not known";
            default -> "";
        };
    }

    /** The coverage class in words, for a table of States: "stance established", "read and silent", and so on. */
    static String coverageLabel(Coverage c) {
        if (c == null)
            return "";
        return switch (c) {
            case STANCE -> "stance established";
            case SILENT -> "read and silent";
            case UNREAD -> "only unread documents";
            case NO_DOCUMENT -> "no document";
        };
    }
}
