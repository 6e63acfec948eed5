package org.w3id.diligentia.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.w3id.diligentia.error.ServiceUnavailableException;

/**
 * Runs queries on a remote SPARQL 1.1 query endpoint with Jena's HTTP query execution: the parsed
 * query with parameters substituted for its variables (a syntax-tree rewrite, never text
 * splicing; see {@link BoundQueryText}), the same row cap as in-process execution, and a time limit
 * on the HTTP exchange.
 *
 * <p>Failures of the remote store become {@link ServiceUnavailableException}s that say what
 * happened (timed out, unreachable, failed with a status), so every caller answers 503. A 4xx from
 * the store means it cannot run a query this server sent: that is a defect (or an incompatible
 * store), so it propagates as an {@link IllegalStateException} and is logged as a 500.
 */
public final class RemoteQueryExecutor implements QueryExecutor {
    private final String endpoint;
    private final HttpClient http;

    public RemoteQueryExecutor(URI endpoint, HttpClient http) {
        this.endpoint = endpoint.toString();
        this.http = http;
    }

    /** An HTTP client for remote stores: HTTP/1.1 (SPARQL stores rarely speak h2c), bounded connect time. */
    public static HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The query endpoint's URL. */
    public String endpoint() {
        return endpoint;
    }

    @Override
    public Table select(Query query, Binding parameters, QueryLimits limits) {
        return run(query, parameters, limits, null, exec -> Table.read(exec.select(), limits.maxRows()));
    }

    @Override
    public Graph construct(Query query, Binding parameters, QueryLimits limits) {
        // N-Triples: every SPARQL store writes it, and Jena reads it as a stream without a parser thread.
        return run(query, parameters, limits, WebContent.contentTypeNTriples, exec -> {
            Iterator<Triple> triples = query.isDescribeType() ? exec.describeTriples() : exec.constructTriples();
            return ConstructResult.of(triples, limits.maxRows());
        });
    }

    @Override
    public boolean ask(Query query, Binding parameters, QueryLimits limits) {
        return run(query, parameters, limits, null, QueryExec::ask);
    }

    /** A builder for {@code query} on this endpoint, with the time limit; callers add protocol details. */
    public QueryExecHTTPBuilder builder(Query query, Duration timeout) {
        return QueryExecHTTP.service(endpoint)
                .httpClient(http)
                .query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private <T> T run(Query query, Binding parameters, QueryLimits limits, String accept, Function<QueryExec, T> work) {
        QueryExecHTTPBuilder builder = builder(BoundQueryText.of(query, parameters), limits.timeout());
        if (accept != null)
            builder.acceptHeader(accept);
        try (QueryExec exec = builder.build()) {
            return work.apply(exec);
        } catch (RuntimeException e) {
            throw translate(e, limits.timeout());
        }
    }

    /**
     * What a failure of a remote execution means for the caller: a {@link ServiceUnavailableException}
     * when the store timed out, could not be reached or failed, the exception itself otherwise.
     */
    public RuntimeException translate(RuntimeException e, Duration timeout) {
        if (e instanceof ServiceUnavailableException)
            return e;
        if (e instanceof QueryCancelledException || hasCause(e, HttpTimeoutException.class))
            return new ServiceUnavailableException("The remote SPARQL store at " + endpoint
                    + " did not answer within the time limit of " + timeout.toMillis() + " ms.", e);
        int status = e instanceof QueryExceptionHTTP http ? http.getStatusCode() : e instanceof HttpException h ? h.getStatusCode() : -1;
        if (status == 503 || status == 504)
            return new ServiceUnavailableException("The remote SPARQL store at " + endpoint
                    + " did not finish the query within its own time limit (it answered " + status + ").", e);
        if (status >= 500)
            return new ServiceUnavailableException("The remote SPARQL store at " + endpoint + " failed (it answered " + status + ").", e);
        if (status >= 400)
            return new IllegalStateException("The remote SPARQL store at " + endpoint + " refused a query with " + status
                    + ": " + e.getMessage(), e);
        if (e instanceof HttpException || e instanceof UncheckedIOException || e instanceof RiotException || hasCause(e, IOException.class))
            return new ServiceUnavailableException("The remote SPARQL store at " + endpoint + " cannot be reached: "
                    + rootMessage(e) + ".", e);
        return e;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (type.isInstance(t))
                return true;
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root)
            root = root.getCause();
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message.strip() + ")");
    }
}
