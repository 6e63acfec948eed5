package org.w3id.diligentia.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The statements of a resource as a table: one row per property (header cell: its name, linked to
 * its definition), its values linked and named; blank nodes (a membership's interval and instants)
 * nested as small tables of their own. Also the table of statements pointing to the resource.
 */
final class FactsTable {
    /** Properties shown first, in this order; the rest follow by name. */
    private static final List<Node> FIRST = List.of(RDF.type.asNode(), SKOS.prefLabel.asNode(), RDFS.label.asNode());
    private static final int MAX_DEPTH = 3;

    private FactsTable() {}

    /** The statements about {@code subject}, except those with a predicate in {@code skip}. */
    static void outgoing(Html h, Graph graph, Node subject, Set<Node> skip, Set<Triple> implied, Links links, String caption) {
        List<Triple> own = graph.find(subject, Node.ANY, Node.ANY).filterDrop(implied::contains).toList();
        Map<Node, List<Node>> byPredicate = group(own, true, skip, links);
        if (byPredicate.isEmpty())
            return;
        table(h, graph, byPredicate, links, caption, 0);
    }

    /** The named resources pointing to {@code object}, by property, except the predicates in {@code skip}. */
    static void incoming(Html h, Graph graph, Node object, Set<Node> skip, Set<Triple> implied, Links links, String name) {
        List<Triple> in = graph.find(Node.ANY, Node.ANY, object)
                .filterKeep(t -> t.getSubject().isURI() && !implied.contains(t)).toList();
        Map<Node, List<Node>> byPredicate = group(in, false, skip, links);
        if (byPredicate.isEmpty())
            return;
        h.open("section", "aria-labelledby", "incoming");
        h.element("h2", "Referenced by", "id", "incoming");
        h.open("table", "class", "facts");
        h.element("caption", "Resources whose statements point to " + name + ", by property: each resource in a row has "
                + name + " as the value of that property");
        h.open("thead").open("tr");
        h.element("th", "Property", "scope", "col");
        h.element("th", "Resources with it", "scope", "col");
        h.close("tr").close("thead");
        h.open("tbody");
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            h.open("tr");
            h.open("th", "scope", "row");
            links.link(h, e.getKey());
            h.close("th");
            h.open("td");
            values(h, graph, e.getValue(), links, MAX_DEPTH);
            h.close("td");
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
        h.close("section");
    }

    /** An anonymous node (a membership's interval, its instants) as a list of its properties and values. */
    private static void nested(Html h, Graph graph, Map<Node, List<Node>> byPredicate, Links links, int depth) {
        h.open("dl", "class", "nested");
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            h.open("dt");
            links.link(h, e.getKey());
            h.close("dt");
            h.open("dd");
            values(h, graph, e.getValue(), links, depth);
            h.close("dd");
        }
        h.close("dl");
    }

    private static void table(Html h, Graph graph, Map<Node, List<Node>> byPredicate, Links links, String caption, int depth) {
        h.open("table", "class", "facts");
        h.element("caption", caption);
        h.open("thead").open("tr");
        h.element("th", "Property", "scope", "col");
        h.element("th", "Value", "scope", "col");
        h.close("tr").close("thead");
        h.open("tbody");
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            h.open("tr");
            h.open("th", "scope", "row");
            links.link(h, e.getKey());
            h.close("th");
            h.open("td");
            values(h, graph, e.getValue(), links, depth);
            h.close("td");
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
    }

    private static void values(Html h, Graph graph, List<Node> values, Links links, int depth) {
        boolean list = values.size() > 1;
        if (list)
            h.open("ul", "class", "values");
        for (Node v : values) {
            if (list)
                h.open("li");
            if (v.isBlank() && depth < MAX_DEPTH)
                nested(h, graph, group(graph.find(v, Node.ANY, Node.ANY).toList(), true, Set.of(), links), links, depth + 1);
            else
                Values.write(h, v, links);
            if (list)
                h.close("li");
        }
        if (list)
            h.close("ul");
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
