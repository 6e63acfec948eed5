package org.w3id.diligentia.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;

/**
 * The description of a loaded dataset, kept in its own graph ({@link Ids#META_GRAPH}) with VoID
 * and DCTERMS: version ({@code owl:versionInfo}), content hash, load time ({@code dct:modified}),
 * triple count ({@code void:triples}) and the named graphs of the load ({@code dct:hasPart}). Stores
 * read it back to answer {@link KnowledgeStore#info()}; an upload to a remote store reads the graphs
 * of the previous load from it, to remove those that no longer exist.
 */
public final class MetaGraph {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final Node VOID_DATASET = NodeFactory.createURI(VOID + "Dataset");
    private static final Node VOID_TRIPLES = NodeFactory.createURI(VOID + "triples");

    private MetaGraph() {}

    /** Writes the description of {@code info}, and the names of {@code target}'s other graphs, into its meta graph. */
    public static void write(DatasetGraph target, DatasetInfo info) {
        Node g = Ids.META_GRAPH;
        Node d = Ids.DATASET;
        List<Node> graphs = new ArrayList<>();
        target.listGraphNodes().forEachRemaining(graphs::add);
        graphs.stream().filter(n -> !n.equals(g)).forEach(n -> target.add(g, d, DCTerms.hasPart.asNode(), n));
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

    /** Reads the description from a meta graph fetched on its own (for example over the Graph Store Protocol). */
    public static DatasetInfo read(Graph meta) {
        return read(metaOnly(meta));
    }

    /** The named graphs of the load a meta graph describes. */
    public static List<Node> graphs(Graph meta) {
        return meta.find(Ids.DATASET, DCTerms.hasPart.asNode(), Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isURI).toList();
    }

    private static DatasetGraph metaOnly(Graph meta) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(Ids.META_GRAPH, meta);
        return dsg;
    }

    private static String value(DatasetGraph source, Node property) {
        Iterator<Quad> it = source.find(Ids.META_GRAPH, Ids.DATASET, property, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
