package org.w3id.diligentia.html;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.linkeddata.Format;
import org.w3id.diligentia.linkeddata.OntologyIndex;

/**
 * The ontology for people ({@code ontology.jte}): its classes, properties (with domain and range) and
 * datatypes, each with an anchor named after the term ({@code /ontology#State}, where
 * {@code https://w3id.org/diligentia/ontology#State} leads), and its SKOS concepts by scheme.
 */
public final class OntologyPage {
    private OntologyPage() {}

    /** What {@code ontology.jte} shows. */
    record View(Layout.Page page, OntologyIndex index, Links links) {}

    public static String render(OntologyIndex index, Links links) {
        String title = index.title().orElse("Diligentia ontology");
        return Templates.render("ontology.jte", new View(Layout.page(title, "/ontology", alternates()), index, links));
    }

    /** The anchor of a concept scheme: the last segment of its IRI. */
    static String slug(Node iri) {
        String s = iri.isURI() ? iri.getURI() : iri.toString();
        return "scheme-" + s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1).replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static List<Layout.Alternate> alternates() {
        List<Layout.Alternate> out = new ArrayList<>();
        for (Format f : Format.values())
            if (f.isRdf())
                out.add(new Layout.Alternate("/ontology?format=" + f.key(), f.mediaType(), f.label()));
        return out;
    }
}
