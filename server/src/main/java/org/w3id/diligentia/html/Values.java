package org.w3id.diligentia.html;

import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.w3id.diligentia.vocab.Ids;

/**
 * How a single RDF term appears on a page: resources as links, stances and consensus levels as
 * badges that say their value in words (with a symbol, never colour alone), booleans as yes or no,
 * dates at the precision recorded, web addresses as links.
 */
final class Values {
    private Values() {}

    /** Writes {@code node}: a link, a badge, or text. */
    static void write(Html h, Node node, Links links) {
        if (node.isURI()) {
            Optional<String> badge = badgeKind(node);
            if (badge.isPresent())
                badge(h, badge.get(), keyOf(node), links.label(node), links.href(node));
            else
                links.link(h, node);
        } else if (node.isLiteral()) {
            literal(h, node);
        } else {
            h.text(links.label(node));
        }
    }

    /** A literal: booleans as yes/no, everything else as its lexical form. */
    static void literal(Html h, Node literal) {
        String lexical = literal.getLiteralLexicalForm();
        if (XSDDatatype.XSDboolean.getURI().equals(literal.getLiteralDatatypeURI()))
            h.text(Boolean.parseBoolean(lexical) ? "yes" : "no");
        else
            h.text(lexical);
    }

    /** A date at its recorded precision, or "date unknown". */
    static void date(Html h, Optional<Node> date) {
        if (date.isPresent())
            h.open("time", "datetime", date.get().getLiteralLexicalForm()).text(date.get().getLiteralLexicalForm()).close("time");
        else
            h.element("span", "date unknown", "class", "muted");
    }

    /**
     * A badge: a stance or a consensus level, in words with a symbol; the colour only repeats what
     * the words say. Linked to the concept's page when {@code href} is given.
     */
    static void badge(Html h, String kind, String key, String label, String href) {
        h.open("span", "class", "badge " + kind + "-" + key);
        String symbol = symbol(kind, key);
        if (!symbol.isEmpty())
            h.element("span", symbol, "aria-hidden", "true", "class", "symbol");
        if (href != null && !href.isEmpty())
            h.link(href, label);
        else
            h.text(label);
        h.close("span");
    }

    /** "stance" or "level" for a stance or level concept, by its identifier. */
    static Optional<String> badgeKind(Node iri) {
        if (Ids.keyOf(iri, "stance").isPresent())
            return Optional.of("stance");
        if (Ids.keyOf(iri, "level").isPresent())
            return Optional.of("level");
        return Optional.empty();
    }

    private static String keyOf(Node iri) {
        String uri = iri.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1).replaceAll("[^a-z0-9-]", "");
    }

    /** A symbol that repeats a stance in a glyph; levels are words only. */
    private static String symbol(String kind, String key) {
        if (!kind.equals("stance"))
            return "";
        return switch (key) {
            case "affirms" -> "✓";
            case "rejects" -> "✗";
            case "undecided" -> "?";
            default -> "";
        };
    }
}
