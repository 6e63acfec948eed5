package org.w3id.diligentia.html;

import java.util.List;

import org.w3id.diligentia.linkeddata.Rows;
import org.w3id.diligentia.store.DatasetInfo;

/**
 * The part of the home page ({@link DashboardPage}) where browsing starts ({@code browse.jte}): the
 * questions, the organizations and the States, each linked to its page; the ontology, the query editor
 * and the SPARQL endpoint.
 */
public final class HomePage {
    private HomePage() {}

    /** The entries to list, the dataset they come from, and how to link to them. */
    public record Browse(List<Rows.Entry> entries, DatasetInfo info, Links links) {
        List<Rows.Entry> ofKind(String kind) {
            return Rows.ofKind(entries, kind);
        }

        /** "Dataset version V, loaded T, N statements." */
        String dataset() {
            return "Dataset version " + info.version() + ", loaded " + info.loadedAt() + ", " + info.tripleCount() + " statements.";
        }
    }

    /** The lists of questions, organizations and States, each linked to its page, and the dataset's version. */
    public static Browse browse(List<Rows.Entry> entries, DatasetInfo info, Links links) {
        return new Browse(entries, info, links);
    }
}
