package org.w3id.diligentia.sparql;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.WebContent;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.UnprocessableContentException;
import org.w3id.diligentia.store.Capped;
import org.w3id.diligentia.store.RemoteQueryExecutor;

/**
 * The SPARQL endpoint when the store is remote: a query is parsed here, refused if it is not a
 * query (updates never parse as one) or if it uses {@code SERVICE}, and only then executed on the
 * remote query endpoint within the same {@link SparqlLimits} as the embedded endpoint (the time
 * limit a client may only lower, the row and triple cap, said when applied); the caller writes the
 * result in the format the client negotiated. Knows nothing of HTTP requests or responses.
 *
 * <p>Parsing before forwarding (rather than proxying the request) means the store only ever
 * receives a query this server has read and accepted, whatever the store's own settings, and the
 * client gets the same status codes and result formats as from the embedded endpoint.
 */
public final class SparqlForwarder {
    private final RemoteQueryExecutor remote;
    private final SparqlLimits limits;

    public SparqlForwarder(RemoteQueryExecutor remote, SparqlLimits limits) {
        this.remote = remote;
        this.limits = limits;
    }

    /** The limits queries run within (the time limit of a client's {@code timeout} comes from them). */
    public SparqlLimits limits() {
        return limits;
    }

    /** The result of a query: rows, a boolean, or a graph; {@code truncated} when the cap cut it. */
    public sealed interface Result permits Rows, Bool, Triples {
        default boolean truncated() {
            return false;
        }
    }

    /** SELECT rows, at most the cap, read completely before anything is written. */
    public record Rows(List<Var> vars, List<Binding> rows, boolean truncated) implements Result {
        public RowSet rowSet() {
            return RowSetStream.create(vars, rows.iterator());
        }
    }

    public record Bool(boolean value) implements Result {}

    public record Triples(Graph graph, boolean truncated) implements Result {}

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
    public Result execute(Query query, List<String> defaultGraphs, List<String> namedGraphs, Duration timeout) {
        QueryExecHTTPBuilder builder = remote.builder(query, timeout);
        defaultGraphs.forEach(builder::addDefaultGraphURI);
        namedGraphs.forEach(builder::addNamedGraphURI);
        if (query.isConstructType() || query.isDescribeType())
            builder.acceptHeader(WebContent.contentTypeNTriples);
        // Everything is read (up to the cap) before anything is written: a failure is a status code, not a broken body.
        try (QueryExec exec = builder.build()) {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                Capped<Binding> kept = Capped.take(rows, limits.maxRows(), UnaryOperator.identity());
                return new Rows(rows.getResultVars(), kept.items(), kept.truncated());
            }
            if (query.isAskType())
                return new Bool(exec.ask());
            Graph g = GraphFactory.createDefaultGraph();
            var triples = query.isDescribeType() ? exec.describeTriples() : exec.constructTriples();
            while (triples.hasNext() && g.size() < limits.maxRows())
                g.add(triples.next());
            return new Triples(g, triples.hasNext());
        } catch (RuntimeException e) {
            throw remote.translate(e, timeout);
        }
    }
}
