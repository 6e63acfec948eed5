package org.w3id.diligentia.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.linkeddata.Description;
import org.w3id.diligentia.linkeddata.Format;
import org.w3id.diligentia.linkeddata.ResourcePath;
import org.w3id.diligentia.linkeddata.ResourceView;
import org.w3id.diligentia.linkeddata.Section;
import org.w3id.diligentia.vocab.Confidence;

/**
 * The HTML page of one resource ({@code resource.jte}): its name and kind, its canonical IRI, links to
 * its RDF in every format, its statements as a table, the sections its type calls for, and what links
 * to it.
 */
public final class ResourcePage {
    private ResourcePage() {}

    /**
     * What {@code resource.jte} shows: {@code kinds} are its types from the ontology, {@code asOf} the
     * date of its members, consensus and effective stances (a form to change it) if it has any;
     * {@code compare} the link to compare a State with peers ({@link ComparePage#compareLink}), for a State.
     */
    record View(Layout.Page page, Links links, String title, List<Node> kinds, String iri, List<Layout.Alternate> formats,
                String action, Optional<LocalDate> asOf, Optional<String> compare, Optional<FactsTable.Facts> outgoing,
                List<Section> sections, Optional<FactsTable.Facts> incoming, Optional<CitePage.Block> cite) {}

    public static String render(ResourceView view, ResourcePath path, Links baseLinks) {
        Description d = view.description();
        Node iri = d.resource();
        Links links = baseLinks.with(d::label);
        String title = d.label(iri).orElse(String.join("/", path.key()));
        List<Node> kinds = d.types().stream().filter(t -> CanonicalIds.ontologyTerm(t).isPresent()).toList();
        return Templates.render("resource.jte", new View(Layout.page(title, null, alternates(path)), links, title, kinds,
                iri.getURI(), alternates(path), Links.page(path), view.asOf(), compare(path, view.asOf()),
                FactsTable.outgoing(d.graph(), iri, view.shownOutgoing(), view.implied(), links,
                        "What the knowledge graph says about " + title),
                view.sections(),
                FactsTable.incoming(d.graph(), iri, view.shownIncoming(), view.implied(), links, title), cite(path, view.asOf(), baseLinks.ids().base())));
    }

    /** For an assessment's page, "Cite this": its permalink on the page's date, counting every confidence as the page does. */
    private static Optional<CitePage.Block> cite(ResourcePath path, Optional<LocalDate> asOf, String base) {
        if (!path.kind().equals(ResourcePath.ASSESSMENT) || asOf.isEmpty())
            return Optional.empty();
        return CitePage.assessmentBlock(path.key().get(0), path.key().get(1), asOf.get(), Confidence.LOW.id(), base);
    }

    /** For a State's page, the link to compare it with two peers on the page's date. */
    private static Optional<String> compare(ResourcePath path, Optional<LocalDate> asOf) {
        if (!path.kind().equals("state") || path.key().size() != 1)
            return Optional.empty();
        return Optional.of(ComparePage.compareLink(path.key().get(0)) + asOf.map(d -> "&asOf=" + d).orElse(""));
    }

    /** The RDF formats, for {@code <link rel="alternate">} and the links to the description as data. */
    static List<Layout.Alternate> alternates(ResourcePath path) {
        List<Layout.Alternate> out = new ArrayList<>();
        for (Format f : Format.values())
            if (f.isRdf())
                out.add(new Layout.Alternate(Links.data(path, f), f.mediaType(), f.label()));
        return out;
    }
}
