package org.w3id.diligentia.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.store.Capped;

/**
 * The query operation of {@code /sparql}: Fuseki's SPARQL query action with Diligentia's limits.
 *
 * <ul>
 * <li>Validate: the {@code timeout} parameter (seconds) must be a positive number; JSONP
 * ({@code callback}) and XSLT ({@code stylesheet}, a script-injection vector in a browser) are
 * refused; so are deep nesting, {@code SERVICE} and functions in the {@code java:} scheme
 * ({@link QueryGuard}).
 * <li>Execute: within the time limit ({@link SparqlLimits#timeoutFor}), and the result is
 * materialized up to the cap before anything is written: a SELECT keeps at most {@code maxRows}
 * rows, a CONSTRUCT or DESCRIBE at most {@code maxRows} triples, and a cut result carries the header
 * {@value SparqlLimits#TRUNCATED_HEADER}. Because nothing is written until the result is complete,
 * a query that runs out of time is always answered 503, never a cut-off body.
 * <li>Fail: an unexpected exception is logged at ERROR with its stack trace and an id that the
 * client also sees; a query nested so deeply that the parser overflows its stack is a 400.
 * </ul>
 * Error bodies are plain text here, as Fuseki writes them; {@link ProblemResponses} turns every
 * error of the endpoint into a problem document.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private static final Logger LOG = LoggerFactory.getLogger(LimitedQuery.class);

    private final SparqlLimits limits;

    LimitedQuery(SparqlLimits limits) {
        this.limits = limits;
    }

    /** Refuses, with a message that says why, what is not a query: another method, an update. */
    @Override
    public void validate(HttpAction action) {
        String method = action.getRequestMethod();
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("OPTIONS"))
            ServletOps.error(405, "'" + method + "' is not allowed on " + SparqlEndpoint.PATH
                    + ": it answers SPARQL queries by GET and POST, and is read-only (no Graph Store Protocol).");
        String contentType = action.getRequestContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/sparql-update"))
            ServletOps.error(415, "This endpoint is read-only: SPARQL Update (application/sparql-update) is not accepted. "
                    + "Send a query as application/sparql-query or as a form with 'query'.");
        if (action.getRequestParameter("update") != null)
            ServletOps.errorBadRequest("This endpoint is read-only: SPARQL Update ('update') is not accepted.");
        super.validate(action);
    }

    @Override
    protected void validateParams(HttpAction action, Collection<String> params) {
        // Content type and the query parameter, as Fuseki checks them; unknown parameters are ignored
        // (clients send their own), without Fuseki's warning per request.
        super.validateParams(action, null);
        for (String refused : List.of("callback", "stylesheet"))
            if (action.getRequestParameter(refused) != null)
                ServletOps.errorBadRequest("Parameter '" + refused + "' is not supported here: "
                        + (refused.equals("callback") ? "no JSONP; browsers on other origins may read results by CORS."
                        : "results never point to a stylesheet."));
        timeout(action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        try {
            QueryGuard.check(query);
        } catch (QueryGuard.Refused e) {
            ServletOps.error(e.status(), e.getMessage());
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            QueryGuard.checkNesting(queryString);
        } catch (QueryGuard.Refused e) {
            ServletOps.error(e.status(), e.getMessage());
        }
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            ServletOps.error(503, "The query did not finish within its time limit of " + SparqlLimits.seconds(timeout(action))
                    + ". Make it more selective, or ask the operator for a higher limit.");
        } catch (ActionErrorException | QueryDeniedException | OperationDeniedException | HttpException | RuntimeIOException e) {
            // Fuseki answers these itself: an error it raised, SERVICE refused, a client that went away.
            throw e;
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The query is nested too deeply for this server to parse or run it.");
        } catch (RuntimeException e) {
            String id = UUID.randomUUID().toString();
            LOG.error("SPARQL query failed (id {}): {}", id, ServletOps.formatForLog(queryString), e);
            ServletOps.errorOccurred("The server failed while answering this query; the failure is logged with id " + id + ".");
        }
    }

    /** {@code POST application/sparql-query}: the body, read up to the size limit (413 beyond it). */
    @Override
    protected void executeBody(HttpAction action) {
        byte[] body;
        try (InputStream in = action.getRequestInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBodyBytes() + 1));
        } catch (IOException | RuntimeException e) {
            if (ProblemResponses.tooLarge(e))
                ServletOps.error(413, tooLarge());
            ServletOps.errorBadRequest("The request body could not be read: " + e.getMessage());
            return;
        }
        if (body.length > limits.maxBodyBytes())
            ServletOps.error(413, tooLarge());
        execute(new String(body, StandardCharsets.UTF_8), action);
    }

    private String tooLarge() {
        return "The request body is larger than " + limits.maxBodyBytes() + " bytes, the most this endpoint accepts.";
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return QueryExec.newBuilder()
                .dataset(dataset)
                .query(query)
                .context(action.getContext())
                .timeout(timeout(action).toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isSelectType())
            return new QueryExecResult(select(action, exec.select()));
        if (query.isConstructType())
            return new QueryExecResult(construct(action, exec.constructQuads()));
        if (query.isDescribeType())
            return new QueryExecResult(describe(action, exec));
        if (query.isJsonType())
            return new QueryExecResult(json(action, exec.execJsonItems()));
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    private Duration timeout(HttpAction action) {
        try {
            return limits.timeoutFor(action.getRequestParameter("timeout"));
        } catch (IllegalArgumentException e) {
            ServletOps.errorBadRequest(e.getMessage());
            throw e;
        }
    }

    private RowSet select(HttpAction action, RowSet rows) {
        Capped<Binding> kept = Capped.take(rows, limits.maxRows(), UnaryOperator.identity());
        rows.close();
        markIf(action, kept.truncated());
        return RowSetStream.create(rows.getResultVars(), kept.items().iterator());
    }

    private DatasetGraph construct(HttpAction action, Iterator<Quad> quads) {
        DatasetGraph result = DatasetGraphFactory.create();
        long kept = 0;
        boolean truncated = false;
        try {
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (result.contains(quad))
                    continue;
                if (kept == limits.maxRows()) {
                    truncated = true;
                    break;
                }
                result.add(quad);
                kept++;
            }
        } finally {
            Iter.close(quads);
        }
        markIf(action, truncated);
        return result;
    }

    private Graph describe(HttpAction action, QueryExec exec) {
        Graph result = GraphFactory.createDefaultGraph();
        CappedGraph capped = new CappedGraph(result, limits.maxRows());
        try {
            exec.describe(capped);
        } catch (CappedGraph.Full full) {
            markIf(action, true);
        }
        return result;
    }

    private Iterator<JsonObject> json(HttpAction action, Iterator<JsonObject> items) {
        Capped<JsonObject> kept = Capped.take(items, limits.maxRows(), UnaryOperator.identity());
        Iter.close(items);
        markIf(action, kept.truncated());
        return kept.items().iterator();
    }

    private void markIf(HttpAction action, boolean truncated) {
        if (truncated)
            action.setResponseHeader(SparqlLimits.TRUNCATED_HEADER, "true; limit=" + limits.maxRows());
    }

    /** A graph that refuses to grow past a cap: DESCRIBE writes into it and stops at the cap. */
    private static final class CappedGraph extends GraphWrapper {
        /** Thrown by {@link #add} at the cap, to stop the describe handlers. */
        static final class Full extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Full() {
                super("cap reached", null, false, false);
            }
        }

        private final int cap;

        CappedGraph(Graph graph, int cap) {
            super(graph);
            this.cap = cap;
        }

        @Override
        public void add(Triple t) {
            if (!get().contains(t) && get().size() >= cap)
                throw new Full();
            super.add(t);
        }
    }
}
