package org.w3id.diligentia.positions;

import java.util.List;

/**
 * One reading of a document on a question, as the positions sheet and the Turtle hold it: a position
 * ({@code stance} affirms, rejects or undecided) or a silent reading ({@code stance} silent). Keys are
 * the last segments of the identifiers ({@code AUT-2024-position-paper}, {@code state/AUT} for the
 * holder, {@code EU-COUNCIL} for the organ); {@code date} is the date at its precision, or
 * {@value #UNKNOWN_DATE}; absent values are null, lists are empty.
 */
record Reading(String document, String question, String stance, String holder, String holderName, String adoptedIn,
               String adoptionMode, String date, List<String> sources, List<String> readVia, String evidence, String confidence,
               String pinpoint, String summary, List<String> notes) {
    static final String UNKNOWN_DATE = "unknown";
    static final String SILENT = "silent";
    static final String UNREAD = "unread";

    Reading {
        sources = List.copyOf(sources);
        readVia = List.copyOf(readVia);
        notes = List.copyOf(notes);
    }

    boolean silent() {
        return stance.equals(SILENT);
    }

    /** The identifier's key: {@code position/{document}-{question}} or {@code silence/{document}-{question}}. */
    String key() {
        return (silent() ? "silence/" : "position/") + document + "-" + question;
    }

    /** The label every reading carries: "Austria affirms dd-binding (2024-04)", "Israel silent on dd-harm-threshold (...)". */
    String label() {
        return holderName + (silent() ? " silent on " : " " + stance + " ") + question + " ("
                + (date.equals(UNKNOWN_DATE) ? "date unknown" : date) + ")";
    }
}
