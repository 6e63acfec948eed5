package org.w3id.diligentia.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.diligentia.error.ServiceUnavailableException;

/**
 * The graph of a CONSTRUCT or DESCRIBE result of at most {@code cap} triples (more is refused with a
 * 503 naming the cap: a cut description would be a wrong one), filled in a canonical
 * order: by subject, predicate and object, where a blank node (whose label is the store's own)
 * sorts by what it says (its predicates and named objects). An in-memory graph iterates in an
 * order that follows how it was filled, and pages and documents list values in that order: filled
 * canonically, they come out the same from the embedded store and from a remote one, and from one
 * load to the next.
 */
final class ConstructResult {
    private ConstructResult() {}

    static Graph of(Iterator<Triple> triples, int cap) {
        Set<Triple> distinct = new LinkedHashSet<>();
        while (triples.hasNext()) {
            distinct.add(triples.next());
            // A description cut short would be a wrong document: refuse it rather than serve part of it.
            if (distinct.size() > cap)
                throw new ServiceUnavailableException("The result has more than " + cap
                        + " triples, the cap of this server (max-rows).");
        }
        List<Triple> kept = new ArrayList<>(distinct);
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
