package org.w3id.diligentia.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.diligentia.linkeddata.DocumentLicense;

/**
 * The SPARQL 1.1 Service Description of the endpoint, served on {@code GET /sparql} without a
 * query to clients asking for RDF: SPARQL 1.1 Query only, the result formats it produces, the
 * union of all graphs as the default graph, and no federated query; the default dataset links to
 * the dataset's VoID and DCAT description ({@code /dataset}, {@code /.well-known/void}); the document
 * carries the data's licence.
 */
final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    /** The description of the endpoint at {@code endpointUrl}. */
    static Graph of(String endpointUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createURI(endpointUrl + "#service");
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), NodeFactory.createURI(endpointUrl));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples"})
            g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        Node dataset = NodeFactory.createBlankNode();
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(service, sd("defaultDataset"), dataset);
        g.add(dataset, RDF.type.asNode(), sd("Dataset"));
        g.add(dataset, sd("defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), sd("Graph"));
        // The dataset it serves, described in VoID and DCAT (with its downloads and versions) on the same server.
        String root = endpointUrl.endsWith(SparqlEndpoint.PATH)
                ? endpointUrl.substring(0, endpointUrl.length() - SparqlEndpoint.PATH.length()) : "";
        g.add(dataset, RDF.type.asNode(), NodeFactory.createURI("http://rdfs.org/ns/void#Dataset"));
        g.add(dataset, RDFS.seeAlso.asNode(), NodeFactory.createURI(root + "/dataset"));
        g.add(dataset, RDFS.seeAlso.asNode(), NodeFactory.createURI(root + "/.well-known/void"));
        g.add(service, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Diligentia knowledge graph: query only, with a time limit; SERVICE (federated query) is disabled. "
                        + "The default graph is the union of every named graph.", "en"));
        g.add(service, DCTerms.conformsTo.asNode(), NodeFactory.createURI("https://www.w3.org/TR/sparql11-protocol/"));
        // The document is the description served at the endpoint's URL.
        return DocumentLicense.state(g, NodeFactory.createURI(endpointUrl));
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
