package org.w3id.diligentia.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.config.RemoteEndpoints;
import org.w3id.diligentia.error.ServiceUnavailableException;
import org.w3id.diligentia.vocab.Ids;

/**
 * A remote SPARQL 1.1 store: queries go to its query endpoint ({@link RemoteQueryExecutor}), loads
 * to its Graph Store Protocol endpoint ({@link GraphStoreUpload}). The store must expose the union
 * of its named graphs as the default graph, as the embedded store does; one that does not is
 * detected as soon as it holds a Diligentia dataset, and reported instead of answering wrongly.
 *
 * <p>{@link #info()} reads the meta graph at most once per refresh interval, so a server notices a
 * new load within that interval, and a store that went away or came back. While the store cannot be
 * reached, {@link #info()} and every query throw {@link ServiceUnavailableException} saying why;
 * nothing needs restarting when it returns. Stateless: any number of servers may share one store.
 */
public final class RemoteStore implements KnowledgeStore {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);
    /** How long a read of the meta graph is trusted; a new load reaches every server within it. */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(2);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final QueryLimits META_LIMITS = new QueryLimits(Duration.ofSeconds(10), 10_000);
    private static final Query META = QueryFactory.create(
            "CONSTRUCT { ?d ?p ?o } WHERE { GRAPH <" + Ids.META_GRAPH.getURI() + "> { ?d ?p ?o } }");
    private static final Query UNION = QueryFactory.create(
            "ASK { <" + Ids.DATASET.getURI() + "> <http://www.w3.org/2002/07/owl#versionInfo> ?version }");

    private final RemoteEndpoints endpoints;
    private final HttpClient http;
    private final RemoteQueryExecutor queries;
    private final GraphStoreUpload upload;
    private final long refreshNanos;
    private volatile Snapshot snapshot;

    /** What the last read of the meta graph found: the dataset, or why there is none. */
    private record Snapshot(DatasetInfo info, RuntimeException failure, long readAt) {}

    private RemoteStore(RemoteEndpoints endpoints, Duration refresh) {
        if (endpoints.isNone())
            throw new IllegalArgumentException("A remote store needs a query endpoint, a Graph Store endpoint, or both.");
        this.endpoints = endpoints;
        this.http = RemoteQueryExecutor.httpClient(CONNECT_TIMEOUT);
        this.queries = endpoints.query().map(u -> new RemoteQueryExecutor(u, http)).orElse(null);
        this.upload = endpoints.graphStore().map(u -> new GraphStoreUpload(u, http)).orElse(null);
        this.refreshNanos = refresh.toNanos();
    }

    /** A store over {@code endpoints}, re-reading its meta graph at most every {@code refresh}. Contacts nothing yet. */
    public static RemoteStore connect(RemoteEndpoints endpoints, Duration refresh) {
        return new RemoteStore(endpoints, refresh);
    }

    public static RemoteStore connect(RemoteEndpoints endpoints) {
        return connect(endpoints, DEFAULT_REFRESH);
    }

    @Override
    public String description() {
        String query = endpoints.query().map(u -> "remote SPARQL store at " + u).orElse("remote store (write only)");
        return query + endpoints.graphStore().map(u -> ", Graph Store Protocol at " + u).orElse("");
    }

    /** The query endpoint's executor, for {@code /sparql}; empty for a write-only store. */
    public Optional<RemoteQueryExecutor> queryEndpoint() {
        return Optional.ofNullable(queries);
    }

    @Override
    public DatasetInfo info() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.readAt() > refreshNanos)
            s = reread();
        if (s.failure() != null)
            throw new ServiceUnavailableException(s.failure().getMessage(), s.failure());
        return s.info();
    }

    /**
     * Reads the meta graph now.
     *
     * @throws ServiceUnavailableException if the store cannot be reached or fails
     * @throws RemoteStoreException if the store does not show its named graphs as the default graph
     */
    public DatasetInfo check() {
        Snapshot s = reread(true);
        if (s.failure() != null)
            throw s.failure();
        return s.info();
    }

    private Snapshot reread() {
        return reread(false);
    }

    private synchronized Snapshot reread(boolean force) {
        Snapshot before = snapshot;
        if (!force && before != null && System.nanoTime() - before.readAt() <= refreshNanos)
            return before;
        Snapshot now;
        try {
            now = new Snapshot(readMeta(), null, System.nanoTime());
        } catch (ServiceUnavailableException | RemoteStoreException e) {
            now = new Snapshot(null, e, System.nanoTime());
        }
        logChange(before, now);
        snapshot = now;
        return now;
    }

    private DatasetInfo readMeta() {
        if (queries == null)
            return MetaGraph.read(upload.currentMeta());
        Graph meta = queries.construct(META, BindingFactory.empty(), META_LIMITS);
        DatasetInfo info = MetaGraph.read(meta);
        if (!info.isEmpty() && !queries.ask(UNION, BindingFactory.empty(), META_LIMITS))
            throw new RemoteStoreException("The store at " + queries.endpoint() + " holds a Diligentia dataset (version " + info.version()
                    + "), but its default graph does not show it: Diligentia needs the union of the named graphs as the default graph. "
                    + "For Apache Jena Fuseki with TDB2, set tdb2:unionDefaultGraph true on the dataset; see docs/deployment.md.");
        return info;
    }

    private void logChange(Snapshot before, Snapshot now) {
        if (now.failure() != null) {
            if (before == null || before.failure() == null || !before.failure().getMessage().equals(now.failure().getMessage()))
                LOG.warn("The {} is unavailable: {}", description(), now.failure().getMessage());
        } else if (before == null || before.failure() != null) {
            LOG.info("The {} answers; it holds version {} ({} triples)", description(), now.info().version(), now.info().tripleCount());
        } else if (!before.info().version().equals(now.info().version())) {
            LOG.info("The {} now holds version {} ({} triples)", description(), now.info().version(), now.info().tripleCount());
        }
    }

    @Override
    public Table select(Query query, Binding parameters, QueryLimits limits) {
        return reader().select(query, parameters, limits);
    }

    @Override
    public Graph construct(Query query, Binding parameters, QueryLimits limits) {
        return reader().construct(query, parameters, limits);
    }

    @Override
    public boolean ask(Query query, Binding parameters, QueryLimits limits) {
        return reader().ask(query, parameters, limits);
    }

    private RemoteQueryExecutor reader() {
        if (queries == null)
            throw new IllegalStateException("No SPARQL query endpoint is configured for the " + description() + ".");
        return queries;
    }

    /**
     * Builds the new content in a scratch TDB2 store in this process (the writer parses, validates and
     * materializes there, exactly as for the embedded store), then uploads it graph by graph. If the
     * writer throws, nothing is sent. The upload itself is not atomic: see {@link GraphStoreUpload}.
     */
    @Override
    public void replaceAll(Consumer<DatasetGraph> writer) {
        if (upload == null)
            throw new IllegalStateException("No Graph Store Protocol endpoint is configured for the " + description() + ": it cannot be loaded.");
        try (TdbStore scratch = TdbStore.inMemory()) {
            scratch.replaceAll(writer);
            DatasetGraph dataset = scratch.localDataset().orElseThrow();
            Txn.executeRead(dataset, () -> upload.upload(dataset));
        }
        snapshot = null;
    }

    @Override
    public Optional<DatasetGraph> localDataset() {
        return Optional.empty();
    }

    @Override
    public void close() {
        http.close();
    }
}
