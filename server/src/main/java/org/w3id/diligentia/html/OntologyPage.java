package org.w3id.diligentia.html;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.linkeddata.Format;
import org.w3id.diligentia.linkeddata.OntologyIndex;
import org.w3id.diligentia.vocab.DIL;

/**
 * The ontology for people: its classes, properties (with domain and range) and datatypes, each
 * with an anchor named after the term ({@code /ontology#State}, where
 * {@code https://w3id.org/diligentia/ontology#State} leads), and its SKOS concepts by scheme.
 */
public final class OntologyPage {
    private OntologyPage() {}

    public static String render(OntologyIndex index, Links links) {
        String title = index.title().orElse("Diligentia ontology");
        return Layout.page(title, "/ontology", alternates(), h -> {
            h.element("h1", title);
            index.description().ifPresent(d -> h.element("p", d, "class", "lead"));
            h.open("dl", "class", "identity");
            h.element("dt", "Ontology IRI");
            h.open("dd").open("code").text(CanonicalIds.ONTOLOGY).close("code").close("dd");
            h.element("dt", "Namespace");
            h.open("dd").open("code").text(DIL.NS).close("code").text(" (prefix ").open("code").text("dil:")
                    .close("code").text(")").close("dd");
            h.element("dt", "As data");
            h.open("dd").open("ul", "class", "formats");
            for (Format f : Format.values())
                if (f.isRdf())
                    h.open("li").link("/ontology?format=" + f.key(), f.label(), "type", f.mediaType()).close("li");
            h.close("ul").close("dd");
            h.close("dl");

            h.open("nav", "aria-label", "Contents", "class", "toc");
            h.element("h2", "Contents", "id", "contents");
            h.open("ul");
            h.open("li").link("#classes", "Classes").close("li");
            h.open("li").link("#object-properties", "Object properties").close("li");
            h.open("li").link("#datatype-properties", "Datatype properties").close("li");
            h.open("li").link("#datatypes", "Datatypes").close("li");
            h.open("li").link("#concepts", "Concept schemes").close("li");
            h.close("ul");
            h.close("nav");

            classes(h, index.classes(), links);
            properties(h, "Object properties", "object-properties", index.objectProperties(), links);
            properties(h, "Datatype properties", "datatype-properties", index.datatypeProperties(), links);
            datatypes(h, index.datatypes(), links);
            schemes(h, index.schemes(), links);
        });
    }

    private static void classes(Html h, List<OntologyIndex.Term> terms, Links links) {
        h.open("section", "aria-labelledby", "classes");
        h.element("h2", "Classes", "id", "classes");
        h.open("table", "class", "data terms");
        h.element("caption", "The classes of the ontology, with what each specializes");
        header(h, "Class", "Label", "Subclass of", "Definition");
        h.open("tbody");
        for (OntologyIndex.Term t : terms) {
            h.open("tr", "id", t.name());
            h.open("th", "scope", "row").element("code", "dil:" + t.name()).close("th");
            h.element("td", t.label());
            h.open("td");
            nodes(h, t.parents(), links);
            h.close("td");
            h.element("td", t.comment());
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
        h.close("section");
    }

    private static void properties(Html h, String heading, String id, List<OntologyIndex.Term> terms, Links links) {
        h.open("section", "aria-labelledby", id);
        h.element("h2", heading, "id", id);
        h.open("table", "class", "data terms");
        h.element("caption", heading + " of the ontology, with their domain (what they describe) and range (their values)");
        header(h, "Property", "Label", "Domain", "Range", "Definition");
        h.open("tbody");
        for (OntologyIndex.Term t : terms) {
            h.open("tr", "id", t.name());
            h.open("th", "scope", "row").element("code", "dil:" + t.name()).close("th");
            h.element("td", t.label());
            h.open("td");
            nodes(h, t.domain(), links);
            h.close("td");
            h.open("td");
            nodes(h, t.range(), links);
            h.close("td");
            h.open("td");
            h.text(t.comment());
            List<String> notes = new ArrayList<>();
            if (t.functional())
                notes.add("functional: at most one value");
            if (!notes.isEmpty() || !t.parents().isEmpty() || !t.inverseOf().isEmpty()) {
                h.open("ul", "class", "notes");
                for (String n : notes)
                    h.element("li", n);
                if (!t.parents().isEmpty()) {
                    h.open("li").text("subproperty of ");
                    nodes(h, t.parents(), links);
                    h.close("li");
                }
                if (!t.inverseOf().isEmpty()) {
                    h.open("li").text("inverse of ");
                    nodes(h, t.inverseOf(), links);
                    h.close("li");
                }
                h.close("ul");
            }
            h.close("td");
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
        h.close("section");
    }

    private static void datatypes(Html h, List<OntologyIndex.Term> terms, Links links) {
        h.open("section", "aria-labelledby", "datatypes");
        h.element("h2", "Datatypes", "id", "datatypes");
        h.open("table", "class", "data terms");
        h.element("caption", "Datatypes the ontology defines");
        header(h, "Datatype", "Label", "Definition");
        h.open("tbody");
        for (OntologyIndex.Term t : terms) {
            h.open("tr", "id", t.name());
            h.open("th", "scope", "row").element("code", "dil:" + t.name()).close("th");
            h.element("td", t.label());
            h.element("td", t.comment());
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
        h.close("section");
    }

    private static void schemes(Html h, List<OntologyIndex.Scheme> schemes, Links links) {
        h.open("section", "aria-labelledby", "concepts");
        h.element("h2", "Concept schemes", "id", "concepts");
        h.element("p", "The controlled vocabularies (SKOS): the questions, stances, consensus levels with their "
                + "thresholds, and the codes of the knowledge base. Each concept has a page of its own.");
        for (OntologyIndex.Scheme s : schemes) {
            String id = "scheme-" + OntologyIndexNames.slug(s.iri());
            h.open("section", "aria-labelledby", id);
            h.open("h3", "id", id);
            h.link(links.href(s.iri()), s.label());
            h.close("h3");
            if (!s.definition().isEmpty())
                h.element("p", s.definition());
            h.open("table", "class", "data");
            h.element("caption", "Concepts of the scheme " + s.label());
            header(h, "Concept", "Notation", "Definition");
            h.open("tbody");
            for (OntologyIndex.Concept c : s.concepts()) {
                h.open("tr");
                h.open("th", "scope", "row");
                h.link(links.href(c.iri()), c.label());
                h.close("th");
                h.open("td").element("code", c.notation()).close("td");
                h.element("td", c.definition());
                h.close("tr");
            }
            h.close("tbody");
            h.close("table");
            h.close("section");
        }
        h.close("section");
    }

    private static void nodes(Html h, List<Node> nodes, Links links) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0)
                h.text(", ");
            links.link(h, nodes.get(i));
        }
    }

    private static void header(Html h, String... columns) {
        h.open("thead").open("tr");
        for (String c : columns)
            h.element("th", c, "scope", "col");
        h.close("tr").close("thead");
    }

    private static List<Layout.Alternate> alternates() {
        List<Layout.Alternate> out = new ArrayList<>();
        for (Format f : Format.values())
            if (f.isRdf())
                out.add(new Layout.Alternate("/ontology?format=" + f.key(), f.mediaType(), f.label()));
        return out;
    }

    /** Identifiers for anchors. */
    private static final class OntologyIndexNames {
        static String slug(Node iri) {
            String s = iri.isURI() ? iri.getURI() : iri.toString();
            return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1).replaceAll("[^A-Za-z0-9-]", "-");
        }
    }
}
