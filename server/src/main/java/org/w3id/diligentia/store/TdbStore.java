package org.w3id.diligentia.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store: an Apache Jena TDB2 database on disk (or in memory, for tests), queried
 * in-process with the union of named graphs as the default graph. Writes are single TDB2 write
 * transactions, so a crash in the middle of a reload leaves the last committed data.
 *
 * <p>A TDB2 directory can be open in one JVM at a time; {@link #close()} releases it.
 */
public final class TdbStore implements KnowledgeStore {
    private static final Logger LOG = LoggerFactory.getLogger(TdbStore.class);

    /** Entries of the node cache of the thread that writes (Jena's default is 1,000): see {@link WriteNodeCache}. */
    private static final int WRITE_BUFFER = WriteNodeCache.entriesFor(Runtime.getRuntime().maxMemory());

    private final DatasetGraph dataset;
    private final String description;
    private final LocalQueryExecutor executor;
    private volatile DatasetInfo info;
    /**
     * A sequence lock around writes: odd while a write transaction may commit, even otherwise. A
     * reader that sees the same even value before and after beginning its transaction knows its
     * transaction sees the data {@link #info} describes, without reading the meta graph.
     */
    private final AtomicLong writes = new AtomicLong();
    /** The version a thread reads inside {@link #readingOneVersion}. */
    private final ThreadLocal<DatasetInfo> pinned = new ThreadLocal<>();

    private TdbStore(DatasetGraph dataset, String description) {
        this.dataset = dataset;
        this.description = description;
        // Queries see every named graph through the default graph.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.executor = new LocalQueryExecutor(dataset);
        this.info = Txn.calculateRead(dataset, () -> MetaGraph.read(dataset));
    }

    /** Opens (creating if needed) the TDB2 database in {@code directory}. */
    public static TdbStore open(Path directory) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        return new TdbStore(dsg, "TDB2 at " + directory);
    }

    /** A TDB2 database held in memory: same code paths, nothing on disk. */
    public static TdbStore inMemory() {
        return new TdbStore(DatabaseMgr.createDatasetGraph(), "TDB2 in memory");
    }

    @Override
    public String description() {
        return description;
    }

    /** Within {@link #readingOneVersion}, the version that call reads; else the last committed one. */
    @Override
    public DatasetInfo info() {
        DatasetInfo version = pinned.get();
        return version != null ? version : info;
    }

    /**
     * {@code work} in one TDB2 read transaction (every query it makes joins it): MVCC keeps its
     * version while a reload commits.
     */
    @Override
    public <T> T readingOneVersion(Supplier<T> work) {
        if (dataset.isInTransaction())
            return work.get();
        long before = writes.get();
        DatasetInfo last = info;
        return Txn.calculateRead(dataset, () -> {
            boolean noWriteSince = before % 2 == 0 && writes.get() == before;
            pinned.set(noWriteSince ? last : MetaGraph.read(dataset));
            try {
                return work.get();
            } finally {
                pinned.remove();
            }
        });
    }

    @Override
    public Table select(Query query, Binding parameters, QueryLimits limits) {
        return executor.select(query, parameters, limits);
    }

    @Override
    public Graph construct(Query query, Binding parameters, QueryLimits limits) {
        return executor.construct(query, parameters, limits);
    }

    @Override
    public boolean ask(Query query, Binding parameters, QueryLimits limits) {
        return executor.ask(query, parameters, limits);
    }

    @Override
    public synchronized void replaceAll(Consumer<DatasetGraph> writer) {
        // One TDB2 write transaction: an exception from the writer aborts it, leaving the last
        // committed content; a crash before commit is rolled back by the journal on next open.
        writes.incrementAndGet();
        try {
            if (WriteNodeCache.widen(dataset, WRITE_BUFFER))
                LOG.debug("Store {}: write-transaction node cache widened to {} entries", description, WRITE_BUFFER);
            Txn.executeWrite(dataset, () -> {
                dataset.clear();
                writer.accept(dataset);
            });
            info = Txn.calculateRead(dataset, () -> MetaGraph.read(dataset));
        } finally {
            writes.incrementAndGet();
        }
        LOG.debug("Store {} now holds version {} ({} triples)", description, info.version(), info.tripleCount());
    }

    /** Reclaims the space earlier versions use on disk (TDB2 keeps them until compacted). */
    public void compact() {
        if (DatabaseMgr.location(dataset).isMem())
            return;
        DatabaseMgr.compact(dataset, true);
    }

    @Override
    public Optional<DatasetGraph> localDataset() {
        return Optional.of(dataset);
    }

    /**
     * Releases the database: on disk, its files and its lock, so another process (or this one) can
     * open it next. (A TDB2 dataset's own {@code close()} keeps the database open in a JVM-wide cache.)
     */
    @Override
    public void close() {
        if (DatabaseMgr.location(dataset).isMem())
            dataset.close();
        else
            TDBInternal.expel(dataset);
    }
}
