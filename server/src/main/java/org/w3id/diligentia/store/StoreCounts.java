package org.w3id.diligentia.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Counts over a whole dataset that a load records in its meta graph: how many quads it holds, and
 * how many distinct subjects have an IRI under a prefix. On TDB2 both read the indexes' node ids,
 * and only the distinct subjects are decoded. Streaming the dataset would decode four nodes for each
 * of its quads (at 100x, 3.2 million quads: 4 to 16 s against 0.8 s). Other datasets are streamed.
 * Called inside the transaction that sees the data.
 */
public final class StoreCounts {

    /** The quads in every graph, the default graph's triples included. */
    public static long quads(DatasetGraph dataset) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        if (tdb == null)
            return dataset.stream().count();
        return count(tdb.getQuadTable().getNodeTupleTable().findAll(), -1, null)
                + count(tdb.getTripleTable().getNodeTupleTable().findAll(), -1, null);
    }

    /** The distinct subjects, in any graph, whose IRI starts with {@code prefix}. */
    public static long subjectsUnder(DatasetGraph dataset, String prefix) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        if (tdb == null)
            return dataset.stream().map(Quad::getSubject).filter(n -> under(n, prefix)).distinct().count();
        Set<NodeId> subjects = new HashSet<>();
        count(tdb.getQuadTable().getNodeTupleTable().findAll(), 1, subjects);
        count(tdb.getTripleTable().getNodeTupleTable().findAll(), 0, subjects);
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        return subjects.stream().filter(id -> under(nodes.getNodeForNodeId(id), prefix)).count();
    }

    private static long count(Iterator<Tuple<NodeId>> tuples, int subject, Set<NodeId> subjects) {
        long n = 0;
        while (tuples.hasNext()) {
            Tuple<NodeId> t = tuples.next();
            if (subjects != null)
                subjects.add(t.get(subject));
            n++;
        }
        return n;
    }

    private static boolean under(Node node, String prefix) {
        return node.isURI() && node.getURI().startsWith(prefix);
    }

    private StoreCounts() {}
}
