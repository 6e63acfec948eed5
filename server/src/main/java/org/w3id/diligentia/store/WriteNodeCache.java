package org.w3id.diligentia.store;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.ThreadBufferingCache;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the writer of a TDB2 database a node cache as large as a load needs.
 *
 * <p>TDB2 keeps a node cache in each direction (node to id, id to node). The thread that holds the
 * write transaction does not use it for new entries: it puts them in a buffer of its own, and the
 * buffer goes into the shared cache at commit. Jena fixes that buffer at 1,000 entries. A load
 * writes every node in one write transaction and then queries what it wrote (SHACL, inference,
 * intervals, assessments, checks). With a 1,000-entry buffer almost every node that a query meets
 * is decoded again from {@code nodes.dat}. The same queries then run 4 to 10 times slower than in
 * a read transaction (see {@code bench/README.md}).
 *
 * <p>This class swaps in buffers of {@code entries} entries. Each buffer sits over the same shared
 * cache as before, so readers see no change. It runs only while no write transaction is open
 * (from {@link TdbStore#replaceAll}, which is the only writer and holds its lock), because the
 * buffering state lives in the buffer object. Jena offers no setting for this buffer. So the swap
 * goes through the private fields of {@link NodeTableCache}. If a Jena version changes them, the
 * swap logs a warning and leaves the store as Jena built it: loads are slower, not wrong.
 */
final class WriteNodeCache {
    private static final Logger LOG = LoggerFactory.getLogger(WriteNodeCache.class);
    private static final String[] FIELDS = {"node2id_Cache", "id2node_Cache"};

    /** The buffers this class made, so a database that already has them is left alone. */
    private static final Set<Object> OURS = Collections.synchronizedSet(Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /**
     * Entries per buffer for a heap of {@code maxHeapBytes}: at most a quarter of the heap for the
     * two buffers, counting 512 bytes an entry (a node with its string, its id and the cache's own
     * entry take about 250), between Jena's 1,000 and 4 million: 1,048,576 at -Xmx4g, 196,608 at
     * -Xmx768m.
     */
    static int entriesFor(long maxHeapBytes) {
        return (int) Math.max(1_000, Math.min(4_000_000, maxHeapBytes / 4 / 2 / 512));
    }

    /** Widens the write buffers of the node table behind {@code dataset}. Returns whether it did. */
    static boolean widen(DatasetGraph dataset, int entries) {
        DatasetGraphTDB tdb;
        try {
            tdb = TDBInternal.getDatasetGraphTDB(dataset);
        } catch (RuntimeException e) {
            return false;
        }
        if (tdb == null)
            return false;
        Map<NodeTableCache, Boolean> tables = new IdentityHashMap<>();
        cacheOf(tdb.getTripleTable().getNodeTupleTable().getNodeTable(), tables);
        cacheOf(tdb.getQuadTable().getNodeTupleTable().getNodeTable(), tables);
        boolean widened = false;
        try {
            for (NodeTableCache table : tables.keySet())
                for (String name : FIELDS)
                    widened |= widen(table, name, entries);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Cannot widen TDB2's write-transaction node cache ({}); loads run at Jena's default", e.toString());
            return false;
        }
        return widened;
    }

    private static void cacheOf(NodeTable table, Map<NodeTableCache, Boolean> found) {
        for (NodeTable t = table; t != null; t = t.wrapped()) {
            if (t instanceof NodeTableCache cache) {
                found.put(cache, Boolean.TRUE);
                return;
            }
            if (t.wrapped() == t)
                return;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean widen(NodeTableCache table, String name, int entries) throws ReflectiveOperationException {
        Field field = NodeTableCache.class.getDeclaredField(name);
        field.setAccessible(true);
        ThreadBufferingCache current = (ThreadBufferingCache) field.get(table);
        if (current == null || OURS.contains(current))
            return false;
        ThreadBufferingCache wider = new ThreadBufferingCache(name + " (write buffer " + entries + ")", current.getBaseCache(), entries);
        OURS.add(wider);
        field.set(table, wider);
        return true;
    }

    private WriteNodeCache() {}
}
