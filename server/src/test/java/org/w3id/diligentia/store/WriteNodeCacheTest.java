package org.w3id.diligentia.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

/**
 * The swap of TDB2's write-transaction node cache works on the Jena version we ship: a Jena upgrade
 * that renames the fields fails here, not as a silently slower load.
 */
class WriteNodeCacheTest {
    private static final Node G = NodeFactory.createURI("https://example.org/g");
    private static final Node P = NodeFactory.createURI("https://example.org/p");

    @Test
    void widensOnceAndTheWriterKeepsEveryNodeItWrote() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        assertTrue(WriteNodeCache.widen(dataset, 20_000), "the swap works on this Jena");
        assertFalse(WriteNodeCache.widen(dataset, 20_000), "a database is widened once");

        List<Node> nodes = IntStream.range(0, 5_000).mapToObj(i -> NodeFactory.createURI("https://example.org/n" + i)).toList();
        Txn.executeWrite(dataset, () -> {
            nodes.forEach(n -> dataset.add(Quad.create(G, n, P, n)));
            NodeTableCache cache = cache(dataset);
            long cached = nodes.stream().filter(cache::isCachedNode).count();
            assertEquals(nodes.size(), cached, "the writer's buffer holds every node of the transaction");
        });
        // What was written is committed as usual and visible to readers.
        assertEquals(5_000, Txn.calculateRead(dataset, () -> dataset.getGraph(G).size()));
        dataset.close();
    }

    @Test
    void leavesOtherDatasetsAlone() {
        assertFalse(WriteNodeCache.widen(org.apache.jena.sparql.core.DatasetGraphFactory.create(GraphFactory.createDefaultGraph()), 20_000));
    }

    @Test
    void entriesGrowWithTheHeapWithinBounds() {
        assertEquals(1_000, WriteNodeCache.entriesFor(1L << 20));
        assertEquals(196_608, WriteNodeCache.entriesFor(768L << 20));
        assertEquals(1_048_576, WriteNodeCache.entriesFor(4L << 30));
        assertEquals(4_000_000, WriteNodeCache.entriesFor(1L << 40));
    }

    private static NodeTableCache cache(DatasetGraph dataset) {
        for (NodeTable t = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable().getNodeTable(); t != null; t = t.wrapped())
            if (t instanceof NodeTableCache c)
                return c;
        throw new AssertionError("no NodeTableCache");
    }
}
