package org.w3id.diligentia.html;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.linkeddata.Description;
import org.w3id.diligentia.linkeddata.Format;
import org.w3id.diligentia.linkeddata.ResourcePath;
import org.w3id.diligentia.linkeddata.ResourceView;
import org.w3id.diligentia.linkeddata.Section;

/**
 * The HTML page of one resource: its name and kind, its canonical IRI, links to its RDF in every
 * format, its statements as a table, the sections its type calls for, and what links to it.
 */
public final class ResourcePage {
    private ResourcePage() {}

    public static String render(ResourceView view, ResourcePath path, Links baseLinks) {
        Description d = view.description();
        Node iri = d.resource();
        Links links = baseLinks.with(d::label);
        String title = d.label(iri).orElse(String.join("/", path.key()));
        return Layout.page(title, null, alternates(path), h -> {
            h.element("h1", title);
            List<Node> kinds = d.types().stream().filter(t -> CanonicalIds.ontologyTerm(t).isPresent()).toList();
            if (!kinds.isEmpty()) {
                h.open("p", "class", "kind");
                for (int i = 0; i < kinds.size(); i++) {
                    if (i > 0)
                        h.text(", ");
                    links.link(h, kinds.get(i));
                }
                h.close("p");
            }
            identity(h, iri, path);
            view.asOf().ifPresent(asOf -> {
                h.open("form", "method", "get", "action", Links.page(path), "class", "inline");
                h.element("label", "Members, consensus and effective stances on", "for", "asOf");
                h.empty("input", "type", "date", "id", "asOf", "name", "asOf", "value", asOf.toString(), "required", "");
                h.element("button", "Show", "type", "submit");
                h.close("form");
            });
            FactsTable.outgoing(h, d.graph(), iri, view.shownOutgoing(), view.implied(), links,
                    "What the knowledge graph says about " + title);
            for (Section s : view.sections())
                SectionsHtml.write(h, s, links);
            FactsTable.incoming(h, d.graph(), iri, view.shownIncoming(), view.implied(), links, title);
        });
    }

    /** The canonical IRI and the formats of the description. */
    private static void identity(Html h, Node iri, ResourcePath path) {
        h.open("dl", "class", "identity");
        h.element("dt", "Identifier");
        h.open("dd").open("code").text(iri.getURI()).close("code").close("dd");
        h.element("dt", "This description as data");
        h.open("dd");
        h.open("ul", "class", "formats");
        for (Format f : Format.values()) {
            if (!f.isRdf())
                continue;
            h.open("li");
            h.link(Links.data(path, f), f.label(), "type", f.mediaType());
            h.close("li");
        }
        h.close("ul");
        h.close("dd");
        h.close("dl");
    }

    /** The RDF formats, for {@code <link rel="alternate">}. */
    static List<Layout.Alternate> alternates(ResourcePath path) {
        List<Layout.Alternate> out = new ArrayList<>();
        for (Format f : Format.values())
            if (f.isRdf())
                out.add(new Layout.Alternate(Links.data(path, f), f.mediaType(), f.label()));
        return out;
    }
}
