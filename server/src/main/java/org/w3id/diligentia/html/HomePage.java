package org.w3id.diligentia.html;

import java.util.List;

import org.w3id.diligentia.linkeddata.Rows;
import org.w3id.diligentia.store.DatasetInfo;

/**
 * The part of the home page ({@link DashboardPage}) where browsing starts: the questions, the
 * organizations and the States, each linked to its page; the ontology, the query editor and the
 * SPARQL endpoint.
 */
public final class HomePage {
    private HomePage() {}

    /** The lists of questions, organizations and States, each linked to its page, and the dataset's version. */
    public static void browse(Html h, List<Rows.Entry> entries, DatasetInfo info, Links links) {
        h.open("section", "class", "browse", "aria-labelledby", "browse");
        h.element("h2", "Browse the knowledge graph", "id", "browse");
        h.open("p");
        h.text("Every resource has an identifier that works on the Web: ask for it with ");
        h.element("code", "Accept: text/turtle");
        h.text(" (or JSON-LD, RDF/XML, N-Triples) and get RDF; open it in a browser and get a page. "
                + "Analysts can query everything with SPARQL in the ");
        h.link("/query", "query editor");
        h.text(" or at the endpoint ");
        h.element("code", "/sparql");
        h.text("; the model is documented in the ");
        h.link("/ontology", "ontology");
        h.text(".");
        h.close("p");
        list(h, "Questions", "questions", Rows.ofKind(entries, "question"), links, false);
        list(h, "Organizations", "organizations", Rows.ofKind(entries, "organization"), links, false);
        list(h, "States", "states", Rows.ofKind(entries, "state"), links, true);
        h.open("p", "class", "muted");
        h.text("Dataset version " + info.version() + ", loaded " + info.loadedAt() + ", " + info.tripleCount()
                + " statements.");
        h.close("p");
        h.close("section");
    }

    private static void list(Html h, String heading, String id, List<Rows.Entry> entries, Links links, boolean compact) {
        h.open("section", "aria-labelledby", id);
        h.element("h3", heading + " (" + entries.size() + ")", "id", id);
        if (entries.isEmpty()) {
            h.element("p", "None loaded.", "class", "muted");
        } else {
            h.open("ul", "class", compact ? "columns" : "entries");
            for (Rows.Entry e : entries) {
                h.open("li");
                h.link(links.href(e.resource()), e.label().isBlank() ? links.label(e.resource()) : e.label());
                h.close("li");
            }
            h.close("ul");
        }
        h.close("section");
    }
}
