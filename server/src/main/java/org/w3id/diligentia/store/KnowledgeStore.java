package org.w3id.diligentia.store;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The narrow interface between Diligentia and its graph store. Handlers and services depend on
 * this, never on a concrete store, so an embedded TDB2 store and a remote SPARQL 1.1 store are
 * interchangeable. Queries see the union of all named graphs as their default graph.
 *
 * <p>Lifecycle: open (by a factory of the implementation), {@link #replaceAll} to load, query any
 * number of times from any thread, {@link #close()} once.
 */
public interface KnowledgeStore extends QueryExecutor, AutoCloseable {

    /** A one-line description for logs and {@code /health}, e.g. "TDB2 at store/". */
    String description();

    /** The loaded dataset's version and size. Cheap: implementations cache it. */
    DatasetInfo info();

    /**
     * {@inheritDoc}
     *
     * @throws org.w3id.diligentia.error.ServiceUnavailableException if the query timed out or the
     *     store cannot be reached
     */
    @Override
    Table select(Query query, Binding parameters, QueryLimits limits);

    /**
     * Replaces the whole content of the store, atomically. {@code writer} fills an empty dataset
     * (named graphs only; it may query what it has written); if it returns, the new content is
     * committed, and if it throws, nothing changes and the exception propagates. Readers see the
     * old content or the new, never a mix.
     */
    void replaceAll(Consumer<DatasetGraph> writer);

    /**
     * Runs {@code work} so that every query it makes reads one version of the data, even if a reload
     * commits meanwhile, and {@link #info()} within it describes that version: a request that runs
     * several queries answers from the old data or the new, never a mix. The default runs it as
     * is, for a store that cannot pin a version.
     */
    default <T> T readingOneVersion(Supplier<T> work) {
        return work.get();
    }

    /** The dataset itself when the store is embedded in this process (for the SPARQL endpoint). */
    Optional<DatasetGraph> localDataset();

    @Override
    void close();
}
