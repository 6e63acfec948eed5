package org.w3id.diligentia.cite;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Citation} written out: as a line of text (author, year, title, "[Data set]", version, URL,
 * accessed), as a BibTeX {@code @misc} entry (BibTeX has no dataset type; biblatex reads
 * {@code version}, {@code url} and {@code urldate}), as a CSL-JSON item of type {@code dataset}
 * (the array that reference managers import), and as the {@code citation} object of API answers.
 */
public final class CitationFormats {
    /** Who the citations name as author and publisher. */
    public static final String AUTHOR = "Diligentia";
    public static final String BIBTEX_TYPE = "application/x-bibtex";
    public static final String CSL_TYPE = "application/vnd.citationstyles.csl+json";

    private CitationFormats() {}

    /** "Diligentia (2026). Title [Data set], version v. URL (accessed 2026-12-03)." */
    public static String text(Citation c) {
        return AUTHOR + " (" + issuedDate(c).getYear() + "). " + c.view().title() + " [Data set], version " + c.version() + ". "
                + c.permalink() + " (accessed " + c.accessed() + ").";
    }

    /** A BibTeX entry keyed {@code diligentia-{version}-{view}}. */
    public static String bibtex(Citation c) {
        return "@misc{" + key(c) + ",\n"
                + field("author", "{" + AUTHOR + "}")
                + field("organization", AUTHOR)
                + field("publisher", AUTHOR)
                + field("title", "{" + escape(c.view().title()) + "}")
                + field("year", String.valueOf(issuedDate(c).getYear()))
                + field("version", escape(c.version()))
                + field("url", c.permalink())
                + field("howpublished", "\\url{" + c.permalink() + "}")
                + field("urldate", c.accessed().toString())
                + field("note", escape(note(c)))
                + "}\n";
    }

    /** The CSL-JSON array of one {@code dataset} item. */
    public static List<Map<String, Object>> csl(Citation c) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", key(c));
        item.put("type", "dataset");
        item.put("title", c.view().title());
        item.put("author", List.of(Map.of("literal", AUTHOR)));
        item.put("publisher", AUTHOR);
        item.put("issued", dateParts(issuedDate(c)));
        item.put("accessed", dateParts(c.accessed()));
        item.put("URL", c.permalink());
        item.put("version", c.version());
        item.put("note", note(c));
        return List.of(item);
    }

    /** The {@code citation} object of an API answer: the permalink, the versions, the notice, and the three formats. */
    public static Map<String, Object> json(Citation c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("permalink", c.permalink());
        out.put("local", c.local());
        out.put("title", c.view().title());
        out.put("version", c.version());
        out.put("versionIssued", c.issued().truncatedTo(ChronoUnit.SECONDS).toString());
        out.put("current", c.current());
        out.put("currentVersion", c.currentVersion());
        c.notice().ifPresent(n -> out.put("notice", n));
        out.put("text", text(c));
        out.put("bibtex", bibtex(c));
        out.put("csl", csl(c).get(0));
        return out;
    }

    private static String note(Citation c) {
        return "Dataset version " + c.version() + " of " + c.issued().truncatedTo(ChronoUnit.SECONDS) + " (" + c.versionIri()
                + "); licence CC BY 4.0.";
    }

    private static String key(Citation c) {
        return ("diligentia-" + c.version() + "-" + c.view().route() + "-" + String.join("-", c.view().params().values()))
                .replaceAll("[^A-Za-z0-9_:-]", "-");
    }

    private static String field(String name, String value) {
        return "  " + name + " ".repeat(Math.max(1, 13 - name.length())) + "= {" + value + "},\n";
    }

    /** BibTeX's special characters, escaped; braces never left unbalanced. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '#', '$', '_' -> out.append('\\').append(ch);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static LocalDate issuedDate(Citation c) {
        return c.issued().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Map<String, Object> dateParts(LocalDate d) {
        return Map.of("date-parts", List.of(List.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())));
    }
}
