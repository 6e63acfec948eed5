package org.w3id.diligentia.store;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * One row of a SELECT result, read by variable name: the one reader of result rows (an unbound
 * variable is empty). Text is an IRI's string or a literal's lexical form; a key is the last path
 * segment of an IRI ({@code .../stance/affirms} gives {@code affirms}) or a literal's lexical form.
 */
public record Row(Binding binding) {

    /** The term bound to {@code var}, if any. */
    public Optional<Node> node(String var) {
        return Optional.ofNullable(binding.get(Var.alloc(var)));
    }

    /** The term bound to {@code var}; the query guarantees it (a failure is a fault of the query). */
    public Node required(String var) {
        return node(var).orElseThrow(() -> new IllegalStateException("The row has no ?" + var + ": " + binding));
    }

    /** The IRI's string or the literal's lexical form of {@code var}. */
    public Optional<String> text(String var) {
        return node(var).map(Row::text);
    }

    /** The IRI bound to {@code var}, if it is an IRI. */
    public Optional<String> uri(String var) {
        return node(var).filter(Node::isURI).map(Node::getURI);
    }

    /** The last path segment of the IRI bound to {@code var}, or the literal's lexical form. */
    public Optional<String> key(String var) {
        return node(var).map(Row::key);
    }

    /** The integer bound to {@code var}. */
    public Optional<Integer> integer(String var) {
        return text(var).map(s -> {
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("?" + var + " is not an integer: '" + s + "'", e);
            }
        });
    }

    /** The integer bound to {@code var}, 0 when unbound (a count over nothing). */
    public int count(String var) {
        return integer(var).orElse(0);
    }

    /** The date bound to {@code var} ({@code YYYY-MM-DD}). */
    public Optional<LocalDate> date(String var) {
        return text(var).map(s -> LocalDate.parse(s.strip()));
    }

    /** The last path segment of an IRI, or a literal's lexical form. */
    public static String key(Node node) {
        String text = text(node);
        return text.substring(text.lastIndexOf('/') + 1);
    }

    /** The text of a term: an IRI's string, a literal's lexical form, a blank node as {@code _:label}. */
    public static String text(Node node) {
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : "_:" + node.getBlankNodeLabel();
    }
}
