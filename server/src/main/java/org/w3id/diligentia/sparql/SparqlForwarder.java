package org.w3id.diligentia.sparql;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.WebContent;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.UnprocessableContentException;
import org.w3id.diligentia.store.RemoteQueryExecutor;

/**
 * The SPARQL endpoint when the store is remote: a query is parsed here, refused if it is not a
 * query (updates never parse as one) or if it uses {@code SERVICE}, and only then executed on the
 * remote query endpoint with the service's time limit; the caller writes the result in the format
 * the client negotiated. Knows nothing of HTTP requests or responses.
 *
 * <p>Parsing before forwarding (rather than proxying the request) means the store only ever
 * receives a query this server has read and accepted, whatever the store's own settings, and the
 * client gets the same status codes and result formats as from the embedded endpoint.
 */
public final class SparqlForwarder {
    private final RemoteQueryExecutor remote;
    private final Duration timeout;

    public SparqlForwarder(RemoteQueryExecutor remote, Duration timeout) {
        this.remote = remote;
        this.timeout = timeout;
    }

    /** The result of a query: rows, a boolean, or a graph. */
    public sealed interface Result permits Rows, Bool, Triples {}

    /** SELECT rows, streamed from the store: write them, then close. */
    public record Rows(RowSet rows, QueryExec exec) implements Result, AutoCloseable {
        @Override
        public void close() {
            exec.close();
        }
    }

    public record Bool(boolean value) implements Result {}

    public record Triples(Graph graph) implements Result {}

    /** Parses {@code text} as a SPARQL query and checks it may be forwarded; 400 with the parser's message if not. */
    public Query parse(String text) {
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new BadRequestException("Parse error: " + e.getMessage());
        }
        if (!(query.isSelectType() || query.isAskType() || query.isConstructType() || query.isDescribeType()))
            throw new BadRequestException("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered here.");
        if (usesService(query))
            throw new UnprocessableContentException("SERVICE (federated query) is not allowed on this endpoint: it would make the server fetch other URLs.");
        return query;
    }

    /** Whether {@code query} calls out with {@code SERVICE} anywhere: in a subquery, an EXISTS, anywhere. */
    static boolean usesService(Query query) {
        AtomicBoolean found = new AtomicBoolean();
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found.set(true);
            }
        }, new ExprVisitorBase());
        return found.get();
    }

    /**
     * Runs a parsed query on the remote store with the protocol's dataset description.
     *
     * @throws org.w3id.diligentia.error.ServiceUnavailableException if the store timed out, failed or cannot be reached
     */
    public Result execute(Query query, List<String> defaultGraphs, List<String> namedGraphs) {
        QueryExecHTTPBuilder builder = remote.builder(query, timeout);
        defaultGraphs.forEach(builder::addDefaultGraphURI);
        namedGraphs.forEach(builder::addNamedGraphURI);
        if (query.isConstructType() || query.isDescribeType())
            builder.acceptHeader(WebContent.contentTypeNTriples);
        QueryExec exec = builder.build();
        try {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                // Read the first row now, so that a failure is a status code, not a broken body.
                rows.hasNext();
                return new Rows(rows, exec);
            }
            try (exec) {
                if (query.isAskType())
                    return new Bool(exec.ask());
                Graph g = GraphFactory.createDefaultGraph();
                (query.isDescribeType() ? exec.describeTriples() : exec.constructTriples()).forEachRemaining(g::add);
                return new Triples(g);
            }
        } catch (RuntimeException e) {
            exec.close();
            throw remote.translate(e, timeout);
        }
    }
}
