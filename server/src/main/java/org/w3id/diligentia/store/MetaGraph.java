package org.w3id.diligentia.store;

import java.time.Instant;
import java.util.Iterator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;

/**
 * The description of a loaded dataset, kept in its own graph ({@link Ids#META_GRAPH}) with VoID
 * and DCTERMS: version ({@code owl:versionInfo}), content hash, load time ({@code dct:modified})
 * and triple count ({@code void:triples}). Stores read it back to answer {@link KnowledgeStore#info()}.
 */
public final class MetaGraph {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final Node VOID_DATASET = NodeFactory.createURI(VOID + "Dataset");
    private static final Node VOID_TRIPLES = NodeFactory.createURI(VOID + "triples");

    private MetaGraph() {}

    /** Writes the description of {@code info} into {@code target}'s meta graph. */
    public static void write(DatasetGraph target, DatasetInfo info) {
        Node g = Ids.META_GRAPH;
        Node d = Ids.DATASET;
        target.add(g, d, RDF.type.asNode(), VOID_DATASET);
        target.add(g, d, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(info.version()));
        target.add(g, d, DIL.contentHash.asNode(), NodeFactory.createLiteralString(info.contentHash()));
        target.add(g, d, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(info.loadedAt().toString(), XSDDatatype.XSDdateTime));
        target.add(g, d, VOID_TRIPLES,
                NodeFactory.createLiteralDT(Long.toString(info.tripleCount()), XSDDatatype.XSDinteger));
    }

    /** Reads the description back; {@link DatasetInfo#EMPTY} if the dataset was never loaded. Call inside a read transaction. */
    public static DatasetInfo read(DatasetGraph source) {
        String version = value(source, OWL2.versionInfo.asNode());
        if (version == null)
            return DatasetInfo.EMPTY;
        String hash = value(source, DIL.contentHash.asNode());
        String modified = value(source, DCTerms.modified.asNode());
        String triples = value(source, VOID_TRIPLES);
        return new DatasetInfo(version, hash == null ? "" : hash,
                modified == null ? Instant.EPOCH : Instant.parse(modified),
                triples == null ? 0 : Long.parseLong(triples));
    }

    private static String value(DatasetGraph source, Node property) {
        Iterator<Quad> it = source.find(Ids.META_GRAPH, Ids.DATASET, property, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
