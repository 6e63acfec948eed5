package org.w3id.diligentia.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.diligentia.vocab.DIL;

/**
 * The ontology document read for people: its classes, properties (with domain and range, a union
 * of classes spelled out) and datatypes, its SKOS concept schemes with their concepts, and a label
 * for every term and concept. Built from the graph {@code ld-ontology} returns; immutable.
 */
public record OntologyIndex(Node ontology, Optional<String> title, Optional<String> description,
                            List<Term> classes, List<Term> objectProperties, List<Term> datatypeProperties,
                            List<Term> datatypes, List<Scheme> schemes, Map<Node, String> labels) {

    /** A class, property or datatype of the ontology. */
    public record Term(Node iri, String name, String label, String comment, List<Node> parents,
                       List<Node> domain, List<Node> range, List<Node> inverseOf, boolean functional) {}

    /** A SKOS concept scheme and its concepts, in rank (then notation) order. */
    public record Scheme(Node iri, String label, String definition, List<Concept> concepts) {}

    /** A SKOS concept and its types. */
    public record Concept(Node iri, String notation, String label, String definition, Optional<Integer> rank,
                          List<Node> types) {}

    /** Reads the index from the ontology document. */
    public static OntologyIndex of(Graph g) {
        Map<Node, String> labels = new HashMap<>();
        List<Term> classes = terms(g, OWL2.Class.asNode(), labels);
        List<Term> objectProperties = terms(g, OWL2.ObjectProperty.asNode(), labels);
        List<Term> datatypeProperties = terms(g, OWL2.DatatypeProperty.asNode(), labels);
        List<Term> datatypes = terms(g, RDFS.Datatype.asNode(), labels);
        List<Scheme> schemes = new ArrayList<>();
        for (Node scheme : subjects(g, RDF.type.asNode(), SKOS.ConceptScheme.asNode())) {
            List<Concept> concepts = new ArrayList<>();
            for (Node c : subjects(g, SKOS.inScheme.asNode(), scheme)) {
                String label = text(g, c, SKOS.prefLabel.asNode()).orElse(localName(c));
                labels.put(c, label);
                concepts.add(new Concept(c, text(g, c, SKOS.notation.asNode()).orElse(""), label,
                        text(g, c, SKOS.definition.asNode()).orElse(""),
                        text(g, c, DIL.rank.asNode()).map(Integer::valueOf), objects(g, c, RDF.type.asNode())));
            }
            concepts.sort(Comparator.comparing((Concept c) -> c.rank().orElse(Integer.MAX_VALUE)).thenComparing(Concept::notation));
            String label = text(g, scheme, SKOS.prefLabel.asNode()).orElse(localName(scheme));
            labels.put(scheme, label);
            schemes.add(new Scheme(scheme, label, text(g, scheme, SKOS.definition.asNode()).orElse(""), concepts));
        }
        schemes.sort(Comparator.comparing(Scheme::label));
        Node ontology = subjects(g, RDF.type.asNode(), OWL2.Ontology.asNode()).stream().findFirst()
                .orElse(NodeFactory.createURI(CanonicalIds.ONTOLOGY));
        return new OntologyIndex(ontology, text(g, ontology, DCTerms.title.asNode()),
                text(g, ontology, DCTerms.description.asNode()),
                classes, objectProperties, datatypeProperties, datatypes, schemes, Map.copyOf(labels));
    }

    /** The label of a term or concept of the ontology document, if it has one. */
    public Optional<String> label(Node iri) {
        return Optional.ofNullable(labels.get(iri));
    }

    /** Every concept of every scheme. */
    public List<Concept> concepts() {
        return schemes.stream().flatMap(s -> s.concepts().stream()).toList();
    }

    /** The concepts of type {@code type} (the questions, the stances, ...), in rank order. */
    public List<Concept> concepts(Node type) {
        return concepts().stream().filter(c -> c.types().contains(type))
                .sorted(Comparator.comparing((Concept c) -> c.rank().orElse(Integer.MAX_VALUE)).thenComparing(Concept::notation))
                .toList();
    }

    private static List<Term> terms(Graph g, Node type, Map<Node, String> labels) {
        List<Term> terms = new ArrayList<>();
        for (Node iri : subjects(g, RDF.type.asNode(), type)) {
            if (!iri.isURI())
                continue;
            String label = text(g, iri, RDFS.label.asNode()).orElse(localName(iri));
            labels.put(iri, label);
            List<Node> parents = new ArrayList<>(objects(g, iri, RDFS.subClassOf.asNode()));
            parents.addAll(objects(g, iri, RDFS.subPropertyOf.asNode()));
            terms.add(new Term(iri, localName(iri), label, text(g, iri, RDFS.comment.asNode()).orElse(""), parents,
                    classes(g, objects(g, iri, RDFS.domain.asNode())), classes(g, objects(g, iri, RDFS.range.asNode())),
                    objects(g, iri, OWL2.inverseOf.asNode()),
                    g.contains(iri, RDF.type.asNode(), OWL2.FunctionalProperty.asNode())));
        }
        terms.sort(Comparator.comparing(Term::name, String.CASE_INSENSITIVE_ORDER));
        return terms;
    }

    /** The named classes of a domain or range: a blank node with owl:unionOf stands for its members. */
    private static List<Node> classes(Graph g, List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.isURI()) {
                out.add(n);
                continue;
            }
            for (Node list : objects(g, n, OWL2.unionOf.asNode())) {
                Node cell = list;
                while (cell != null && !cell.equals(RDF.nil.asNode())) {
                    objects(g, cell, RDF.first.asNode()).stream().filter(Node::isURI).forEach(out::add);
                    cell = objects(g, cell, RDF.rest.asNode()).stream().findFirst().orElse(null);
                }
            }
        }
        return out;
    }

    static String localName(Node iri) {
        String s = iri.isURI() ? iri.getURI() : iri.toString();
        int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        return s.substring(cut + 1);
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(t -> t.getSubject()).toList().stream().distinct().toList();
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    private static Optional<String> text(Graph g, Node s, Node p) {
        return objects(g, s, p).stream().filter(Node::isLiteral)
                .sorted(Comparator.comparing((Node n) -> n.getLiteralLanguage().startsWith("en") ? 0 : 1))
                .map(Node::getLiteralLexicalForm).findFirst();
    }
}
