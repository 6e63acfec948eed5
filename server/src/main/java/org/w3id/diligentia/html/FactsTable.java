package org.w3id.diligentia.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The statements of a resource as a table ({@code facts.jte}): one row per property (header cell: its
 * name, linked to its definition), its values linked and named; blank nodes (a membership's interval
 * and instants) nested as lists of their own. Also the table of statements pointing to the resource.
 */
final class FactsTable {
    /** Properties shown first, in this order; the rest follow by name. */
    private static final List<Node> FIRST = List.of(RDF.type.asNode(), SKOS.prefLabel.asNode(), RDFS.label.asNode());
    private static final int MAX_DEPTH = 3;

    private FactsTable() {}

    /** A table of statements: its caption, the heading of its value column, a row per property. */
    record Facts(String caption, String valueColumn, List<Fact> rows) {
        List<Table.Column> columns() {
            return Table.columns("Property", valueColumn);
        }
    }

    /** A property and its values. */
    record Fact(Node property, List<FactValue> values) {}

    /** A value: a term, or (a blank node within the depth limit) the statements about it ({@code nested}, else null). */
    record FactValue(Node node, List<Fact> nested) {}

    /** The statements about {@code subject}, except those with a predicate in {@code skip}; empty if none is left. */
    static Optional<Facts> outgoing(Graph graph, Node subject, Set<Node> skip, Set<Triple> implied, Links links, String caption) {
        List<Triple> own = graph.find(subject, Node.ANY, Node.ANY).filterDrop(implied::contains).toList();
        List<Fact> rows = facts(graph, group(own, true, skip, links), links, 0);
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Facts(caption, "Value", rows));
    }

    /** The named resources pointing to {@code object} (named {@code name}), by property, except the predicates in {@code skip}. */
    static Optional<Facts> incoming(Graph graph, Node object, Set<Node> skip, Set<Triple> implied, Links links, String name) {
        List<Triple> in = graph.find(Node.ANY, Node.ANY, object)
                .filterKeep(t -> t.getSubject().isURI() && !implied.contains(t)).toList();
        List<Fact> rows = facts(graph, group(in, false, skip, links), links, MAX_DEPTH);
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new Facts("Resources whose statements point to " + name + ", by property: each resource in a row has "
                        + name + " as the value of that property", "Resources with it", rows));
    }

    private static List<Fact> facts(Graph graph, Map<Node, List<Node>> byPredicate, Links links, int depth) {
        List<Fact> rows = new ArrayList<>();
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            List<FactValue> values = new ArrayList<>();
            for (Node v : e.getValue())
                values.add(v.isBlank() && depth < MAX_DEPTH
                        ? new FactValue(v, facts(graph, group(graph.find(v, Node.ANY, Node.ANY).toList(), true, Set.of(), links), links, depth + 1))
                        : new FactValue(v, null));
            rows.add(new Fact(e.getKey(), values));
        }
        return rows;
    }

    /** Values by predicate: types and labels first, then by the predicate's name; values by name. */
    private static Map<Node, List<Node>> group(List<Triple> triples, boolean objects, Set<Node> skip, Links links) {
        Map<Node, List<Node>> map = new LinkedHashMap<>();
        List<Triple> sorted = new ArrayList<>(triples);
        sorted.sort(Comparator.comparing((Triple t) -> rank(t.getPredicate()))
                .thenComparing(t -> links.label(t.getPredicate()), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(t -> links.label(objects ? t.getObject() : t.getSubject()), String.CASE_INSENSITIVE_ORDER));
        for (Triple t : sorted)
            if (!skip.contains(t.getPredicate()))
                map.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(objects ? t.getObject() : t.getSubject());
        return map;
    }

    private static int rank(Node predicate) {
        int i = FIRST.indexOf(predicate);
        return i < 0 ? FIRST.size() : i;
    }
}
