package org.w3id.diligentia.html;

import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.w3id.diligentia.vocab.Ids;

/**
 * How a single RDF term appears on a page ({@code value.jte} writes it): resources as links, stances
 * and consensus levels as badges that say their value in words (with a symbol, never colour alone),
 * booleans as yes or no, everything else as its text.
 */
final class Values {
    private Values() {}

    /** What {@code value.jte} writes. */
    sealed interface Value {
        /** The words a reader sees. */
        String text();
    }

    /** A link to {@code href}, written as plain text when the URL is not safe to link to. */
    record Link(String href, String text) implements Value {}

    /** Escaped text. */
    record Text(String text) implements Value {}

    /**
     * A stance or a consensus level: {@code kind} ("stance" or "level") and {@code key} name its CSS
     * class; {@code symbol} repeats a stance in a glyph ("" for none); linked to {@code href}.
     */
    record Badge(String kind, String key, String symbol, String text, String href) implements Value {}

    /** A value of a statement: a badge, a link or text. */
    static Value of(Node node, Links links) {
        if (node.isURI()) {
            Optional<String> kind = badgeKind(node);
            if (kind.isPresent())
                return new Badge(kind.get(), keyOf(node), symbol(kind.get(), keyOf(node)), links.label(node), links.href(node));
            return term(node, links);
        }
        if (node.isLiteral())
            return new Text(literal(node));
        return new Text(links.label(node));
    }

    /** A term (a property, a class): a link to it named by its label, or its name as text. */
    static Value term(Node node, Links links) {
        return node.isURI() ? new Link(links.href(node), links.label(node)) : new Text(links.label(node));
    }

    /** A literal: booleans as yes/no, everything else as its lexical form. */
    static String literal(Node literal) {
        String lexical = literal.getLiteralLexicalForm();
        if (XSDDatatype.XSDboolean.getURI().equals(literal.getLiteralDatatypeURI()))
            return Boolean.parseBoolean(lexical) ? "yes" : "no";
        return lexical;
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
