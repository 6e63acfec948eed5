package org.w3id.diligentia.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3id.diligentia.dataset.DatasetSummary;
import org.w3id.diligentia.linkeddata.Format;

/**
 * The dataset for people: its description ({@code dataset.jte}: licence, version, SPARQL endpoint,
 * downloads, sizes, class and property partitions, versions) and the downloads list
 * ({@code dumps.jte}: each file with its size and SHA-256).
 */
public final class DatasetPage {
    private DatasetPage() {}

    /** What the templates show. */
    record View(Layout.Page page, DatasetSummary summary) {}

    public static String render(DatasetSummary summary) {
        return Templates.render("dataset.jte", new View(Layout.page(summary.title(), "/dataset", alternates()), summary));
    }

    public static String renderDumps(DatasetSummary summary) {
        return Templates.render("dumps.jte", new View(Layout.page("Downloads", "/dumps/", alternates()), summary));
    }

    /** A size for people: 1.2 MB, 350 kB, 12 bytes (decimal units, as download sizes are usually given). */
    static String size(long bytes) {
        if (bytes < 1000)
            return bytes + " bytes";
        if (bytes < 1_000_000)
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static List<Layout.Alternate> alternates() {
        List<Layout.Alternate> out = new ArrayList<>();
        for (Format f : Format.values())
            if (f.isRdf())
                out.add(new Layout.Alternate("/dataset?format=" + f.key(), f.mediaType(), f.label()));
        return out;
    }
}
