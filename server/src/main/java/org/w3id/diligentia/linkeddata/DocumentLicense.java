package org.w3id.diligentia.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The licence of the data: Creative Commons Attribution 4.0 (the repository's {@code LICENSE-DATA}).
 * Every RDF document the service serves states it once, on the document ({@code dct:license}),
 * not on each resource it describes.
 */
public final class DocumentLicense {
    /** CC BY 4.0, as the ontology names it. */
    public static final Node CC_BY_4_0 = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");

    private DocumentLicense() {}

    /** Adds {@code document dct:license CC BY 4.0} to {@code graph}, and returns the graph. */
    public static Graph state(Graph graph, Node document) {
        graph.add(document, DCTerms.license.asNode(), CC_BY_4_0);
        return graph;
    }
}
