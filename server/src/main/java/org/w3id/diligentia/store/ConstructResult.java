package org.w3id.diligentia.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The graph of a CONSTRUCT or DESCRIBE result, at most {@code cap} triples, filled in a canonical
 * order: by subject, predicate and object, where a blank node (whose label is the store's own)
 * sorts by what it says (its predicates and named objects). An in-memory graph iterates in an
 * order that follows how it was filled, and pages and documents list values in that order: filled
 * canonically, they come out the same from the embedded store and from a remote one, and from one
 * load to the next.
 */
final class ConstructResult {
    private ConstructResult() {}

    static Graph of(Iterator<Triple> triples, int cap) {
        List<Triple> kept = new ArrayList<>();
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (kept.size() < cap)
                kept.add(t);
        }
        Map<Node, TreeSet<String>> said = new HashMap<>();
        for (Triple t : kept)
            if (t.getSubject().isBlank())
                said.computeIfAbsent(t.getSubject(), b -> new TreeSet<>())
                        .add(t.getPredicate() + " " + (t.getObject().isBlank() ? "[]" : t.getObject().toString()));
        Comparator<Node> term = Comparator.comparing(n -> n.isBlank() ? "\u0000" + said.getOrDefault(n, new TreeSet<>()) : n.toString());
        kept.sort(Comparator.comparing(Triple::getSubject, term).thenComparing(Triple::getPredicate, term)
                .thenComparing(Triple::getObject, term));
        Graph result = GraphFactory.createDefaultGraph();
        kept.forEach(result::add);
        return result;
    }
}
