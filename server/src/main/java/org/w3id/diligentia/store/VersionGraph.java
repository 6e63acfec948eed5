package org.w3id.diligentia.store;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Prov;

/**
 * The versions of the dataset, kept in the meta graph beside the description of the current load
 * ({@link MetaGraph}): every load is a version {@code id/version/{hash}} (a {@code prov:Entity}) with
 * its date ({@code dct:issued}), its size ({@code void:triples}, {@code void:entities}), the content
 * hash it was built from, each source file's SHA-256 ({@code dct:source} a {@code spdx:File} with an
 * {@code spdx:checksum}), and {@code prov:wasRevisionOf} the version the store held before. The
 * loader carries the earlier versions over from the store it replaces, so the chain survives loads.
 */
public final class VersionGraph {
    static final String PROV = Prov.NS;
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";

    /** One load, as a version: its identity and date ({@code info}), its sources' hashes, its entity count. */
    public record Version(DatasetInfo info, Map<String, String> sourceHashes, long entities) {
        public Version {
            sourceHashes = Map.copyOf(sourceHashes);
        }
    }

    private VersionGraph() {}

    /**
     * Writes {@code version} into {@code meta}, after the earlier versions in {@code history} (the
     * meta graph of the load it replaces, as {@code meta-history.rq} reads it); {@code previous} is
     * the version the store held, or null for a first load. The dataset lists every version
     * ({@code dcat:hasVersion}) and names the current one ({@code dcat:hasCurrentVersion}).
     */
    public static void write(Graph meta, Version version, Graph history, String previous) {
        history.find().forEachRemaining(meta::add);
        DatasetInfo info = version.info();
        Node v = Ids.version(info.version());
        meta.add(v, RDF.type.asNode(), uri(PROV + "Entity"));
        meta.add(v, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                "Diligentia dataset, version " + info.version() + " (" + info.loadedAt() + ")", "en"));
        meta.add(v, DCTerms.isVersionOf.asNode(), Ids.DATASET);
        meta.add(v, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(info.version()));
        meta.add(v, uri(DCAT + "version"), NodeFactory.createLiteralString(info.version()));
        meta.add(v, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(info.loadedAt().toString(), XSDDatatype.XSDdateTime));
        meta.add(v, DIL.contentHash.asNode(), NodeFactory.createLiteralString(info.contentHash()));
        meta.add(v, uri(MetaGraph.VOID + "triples"), integer(info.tripleCount()));
        meta.add(v, uri(MetaGraph.VOID + "entities"), integer(version.entities()));
        version.sourceHashes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Node file = NodeFactory.createBlankNode();
            Node checksum = NodeFactory.createBlankNode();
            meta.add(v, DCTerms.source.asNode(), file);
            meta.add(file, RDF.type.asNode(), uri(SPDX + "File"));
            meta.add(file, uri(SPDX + "fileName"), NodeFactory.createLiteralString(e.getKey()));
            meta.add(file, uri(SPDX + "checksum"), checksum);
            meta.add(checksum, RDF.type.asNode(), uri(SPDX + "Checksum"));
            meta.add(checksum, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
            meta.add(checksum, uri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(e.getValue(), XSDDatatype.XSDhexBinary));
        });
        if (previous != null && !previous.equals(info.version()))
            meta.add(v, uri(PROV + "wasRevisionOf"), Ids.version(previous));
        meta.find(Node.ANY, RDF.type.asNode(), uri(PROV + "Entity")).toList().stream().map(Triple::getSubject)
                .forEach(s -> meta.add(Ids.DATASET, uri(DCAT + "hasVersion"), s));
        meta.add(Ids.DATASET, uri(DCAT + "hasCurrentVersion"), v);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
