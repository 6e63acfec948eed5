package org.w3id.diligentia.linkeddata;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the graph says about one resource (see {@code queries/ld-describe.rq}): its own statements
 * with blank nodes closed, the statements pointing to it, and labels of everything linked.
 */
public record Description(Node resource, Graph graph) {
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode());

    /** Its types ({@code rdf:type}), asserted and inferred. */
    public List<Node> types() {
        return objects(resource, RDF.type.asNode());
    }

    public boolean hasType(Node type) {
        return graph.contains(resource, RDF.type.asNode(), type);
    }

    /** The objects of {@code subject}'s {@code predicate} statements. */
    public List<Node> objects(Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    /** A human label of {@code node} from the description: English first, then any. */
    public Optional<String> label(Node node) {
        return label(graph, node);
    }

    /** A human label of {@code node} in {@code graph}: skos:prefLabel, rdfs:label or dct:title; English first. */
    public static Optional<String> label(Graph graph, Node node) {
        for (Node property : LABELS) {
            List<Node> values = graph.find(node, property, Node.ANY).mapWith(t -> t.getObject())
                    .filterKeep(Node::isLiteral).toList();
            Optional<Node> english = values.stream().filter(v -> v.getLiteralLanguage().startsWith("en")).findFirst();
            Optional<Node> any = english.or(() -> values.stream().findFirst());
            if (any.isPresent())
                return Optional.of(any.get().getLiteralLexicalForm());
        }
        return Optional.empty();
    }
}
