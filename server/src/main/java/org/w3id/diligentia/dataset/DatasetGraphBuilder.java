package org.w3id.diligentia.dataset;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.vocab.Prov;

/**
 * The VoID and DCAT 3 graph of a {@link DatasetSummary}: the dataset ({@code {base}id/dataset}, a
 * {@code void:Dataset} and {@code dcat:Dataset}), one {@code dcat:Distribution} per download, the
 * SPARQL endpoint as a {@code dcat:DataService}, and the versions. Identifiers are canonical (under
 * {@code base}); addresses a client fetches (endpoint, downloads) are on the server at {@code origin}.
 */
final class DatasetGraphBuilder {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String PROV = Prov.NS;
    static final String MEDIA = "https://www.iana.org/assignments/media-types/";

    private final Graph g = GraphFactory.createDefaultGraph();

    private DatasetGraphBuilder() {}

    static Graph build(DatasetSummary s, String base, String origin) {
        return new DatasetGraphBuilder().describe(s, base, origin);
    }

    private Graph describe(DatasetSummary s, String base, String origin) {
        Node d = uri(base + "id/dataset");
        Node doc = uri(base + "dataset");
        add(doc, uri(FOAF + "primaryTopic"), d);
        add(d, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(d, RDF.type.asNode(), uri(DCAT + "Dataset"));
        add(d, DCTerms.title.asNode(), NodeFactory.createLiteralLang(s.title(), "en"));
        add(d, DCTerms.description.asNode(), NodeFactory.createLiteralLang(s.description(), "en"));
        add(d, DCTerms.license.asNode(), uri(s.license()));
        Node publisher = NodeFactory.createBlankNode();
        add(d, DCTerms.publisher.asNode(), publisher);
        add(publisher, RDF.type.asNode(), uri(FOAF + "Organization"));
        add(publisher, uri(FOAF + "name"), NodeFactory.createLiteralLang("The Diligentia project", "en"));
        add(publisher, uri(FOAF + "homepage"), uri(base));
        add(d, DCTerms.issued.asNode(), dateTime(s.issued().toString()));
        add(d, DCTerms.modified.asNode(), dateTime(s.modified().toString()));
        add(d, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(s.version()));
        add(d, uri(DCAT + "version"), NodeFactory.createLiteralString(s.version()));
        add(d, uri(DCAT + "hasCurrentVersion"), uri(base + "id/version/" + s.version()));
        for (DatasetSummary.VersionEntry v : s.versions())
            add(d, uri(DCAT + "hasVersion"), uri(base + "id/version/" + v.hash()));
        for (String keyword : new String[] {"due diligence", "cyberspace", "international law", "State practice"})
            add(d, uri(DCAT + "keyword"), NodeFactory.createLiteralLang(keyword, "en"));
        add(d, uri(DCAT + "landingPage"), uri(origin + "/dataset"));
        add(d, uri(VOID + "sparqlEndpoint"), uri(s.sparqlEndpoint()));
        add(d, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(s.uriSpace()));
        add(d, uri(VOID + "vocabulary"), uri(CanonicalIds.ONTOLOGY + "#"));
        add(d, uri(VOID + "triples"), integer(s.triples()));
        add(d, uri(VOID + "entities"), integer(s.entities()));
        add(d, uri(VOID + "classes"), integer(s.classes().size()));
        add(d, uri(VOID + "properties"), integer(s.properties().size()));
        for (String example : s.examples())
            add(d, uri(VOID + "exampleResource"), uri(example));
        for (DatasetSummary.Partition c : s.classes()) {
            Node p = NodeFactory.createBlankNode();
            add(d, uri(VOID + "classPartition"), p);
            add(p, uri(VOID + "class"), uri(c.iri()));
            add(p, uri(VOID + "entities"), integer(c.count()));
        }
        for (DatasetSummary.Partition c : s.properties()) {
            Node p = NodeFactory.createBlankNode();
            add(d, uri(VOID + "propertyPartition"), p);
            add(p, uri(VOID + "property"), uri(c.iri()));
            add(p, uri(VOID + "triples"), integer(c.count()));
        }
        for (DumpFile f : s.dumps())
            distribution(d, uri(base + "dataset#" + f.kind().key()), f, s, origin);
        Node service = uri(base + "dataset#sparql");
        add(d, uri(DCAT + "distribution"), uri(base + "dataset#sparql-access"));
        add(uri(base + "dataset#sparql-access"), RDF.type.asNode(), uri(DCAT + "Distribution"));
        add(uri(base + "dataset#sparql-access"), DCTerms.title.asNode(), NodeFactory.createLiteralLang("SPARQL 1.1 endpoint", "en"));
        add(uri(base + "dataset#sparql-access"), uri(DCAT + "accessURL"), uri(s.sparqlEndpoint()));
        add(uri(base + "dataset#sparql-access"), uri(DCAT + "accessService"), service);
        add(service, RDF.type.asNode(), uri(DCAT + "DataService"));
        add(service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Diligentia SPARQL endpoint", "en"));
        add(service, uri(DCAT + "endpointURL"), uri(s.sparqlEndpoint()));
        add(service, uri(DCAT + "endpointDescription"), uri(s.sparqlEndpoint()));
        add(service, uri(DCAT + "servesDataset"), d);
        add(service, DCTerms.conformsTo.asNode(), uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(service, DCTerms.license.asNode(), uri(s.license()));
        return g;
    }

    private void distribution(Node dataset, Node dist, DumpFile f, DatasetSummary s, String origin) {
        Node download = uri(origin + "/dumps/" + f.name());
        add(dataset, uri(DCAT + "distribution"), dist);
        add(dataset, uri(VOID + "dataDump"), download);
        add(dist, RDF.type.asNode(), uri(DCAT + "Distribution"));
        add(dist, DCTerms.title.asNode(), NodeFactory.createLiteralLang(f.kind().label() + ", version " + s.version(), "en"));
        add(dist, DCTerms.description.asNode(), NodeFactory.createLiteralLang(f.kind().description() + ".", "en"));
        add(dist, uri(DCAT + "downloadURL"), download);
        add(dist, uri(DCAT + "accessURL"), uri(origin + "/dumps/"));
        add(dist, uri(DCAT + "mediaType"), uri(MEDIA + f.kind().mediaType()));
        if (f.kind().wrapper() != null)
            add(dist, uri(DCAT + (f.kind() == DumpFile.Kind.TABLES ? "packageFormat" : "compressFormat")), uri(MEDIA + f.kind().wrapper()));
        add(dist, uri(DCAT + "byteSize"), NodeFactory.createLiteralDT(Long.toString(f.bytes()), XSDDatatype.XSDnonNegativeInteger));
        Node checksum = NodeFactory.createBlankNode();
        add(dist, uri(SPDX + "checksum"), checksum);
        add(checksum, RDF.type.asNode(), uri(SPDX + "Checksum"));
        add(checksum, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
        add(checksum, uri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(f.sha256(), XSDDatatype.XSDhexBinary));
        add(dist, DCTerms.license.asNode(), uri(s.license()));
        add(dist, DCTerms.issued.asNode(), dateTime(s.modified().toString()));
    }

    private void add(Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node dateTime(String instant) {
        return NodeFactory.createLiteralDT(instant, XSDDatatype.XSDdateTime);
    }
}
