package org.w3id.diligentia.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.diligentia.error.ServiceUnavailableException;

/**
 * Runs queries against a dataset in this process, each in its own read transaction, with
 * parameters substituted into the parsed query (never spliced into text) and with a time limit.
 * Shared by the embedded store and by the loader, which queries its in-memory dataset.
 */
public final class LocalQueryExecutor implements QueryExecutor {
    private final DatasetGraph dataset;
    private final Map<Class<?>, Object> attached = new ConcurrentHashMap<>();

    public LocalQueryExecutor(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * The value of {@code type} that lives as long as this executor, made by {@code make} on first use:
     * the loader makes one executor per load, so what the materializers of a load share (its services
     * and their index) goes with the load, and nothing outlives it.
     */
    public <T> T attached(Class<T> type, Function<LocalQueryExecutor, T> make) {
        return type.cast(attached.computeIfAbsent(type, t -> make.apply(this)));
    }

    @Override
    public Table select(Query query, Binding parameters, QueryLimits limits) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = build(query, parameters, limits)) {
                return Table.read(exec.select(), limits.maxRows());
            } catch (QueryCancelledException e) {
                throw timedOut(limits);
            }
        });
    }

    @Override
    public Graph construct(Query query, Binding parameters, QueryLimits limits) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = build(query, parameters, limits)) {
                var triples = query.isDescribeType() ? exec.describeTriples() : exec.constructTriples();
                return ConstructResult.of(triples, limits.maxRows());
            } catch (QueryCancelledException e) {
                throw timedOut(limits);
            }
        });
    }

    @Override
    public boolean ask(Query query, Binding parameters, QueryLimits limits) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = build(query, parameters, limits)) {
                return exec.ask();
            } catch (QueryCancelledException e) {
                throw timedOut(limits);
            }
        });
    }

    private QueryExec build(Query query, Binding parameters, QueryLimits limits) {
        return QueryExec.dataset(dataset)
                .query(query)
                .substitution(parameters)
                .timeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    private static ServiceUnavailableException timedOut(QueryLimits limits) {
        return new ServiceUnavailableException(
                "The query did not finish within its time limit of " + limits.timeout().toMillis() + " ms.");
    }
}
