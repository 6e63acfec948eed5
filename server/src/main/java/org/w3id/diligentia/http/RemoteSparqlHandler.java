package org.w3id.diligentia.http;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.MethodNotAllowedException;
import org.w3id.diligentia.error.UnsupportedMediaTypeException;
import org.w3id.diligentia.sparql.SparqlForwarder;
import org.w3id.diligentia.sparql.SparqlResultFormat;
import org.w3id.diligentia.web.TruncatedHeader;

import io.javalin.http.Context;

/**
 * {@code /sparql} when the store is remote: the SPARQL 1.1 Protocol for queries (GET, POST form,
 * POST {@code application/sparql-query}, {@code default-graph-uri} and {@code named-graph-uri}),
 * answered by {@link SparqlForwarder} and written in the negotiated format. Status codes are those
 * of the embedded Fuseki endpoint: 400 for a missing, repeated or malformed query (updates
 * included), 415 for another request body, 405 for other methods, 422 for {@code SERVICE}, 503
 * when the store times out or cannot be reached. Requests without a query, CORS and the service
 * description are handled before this, by {@link org.w3id.diligentia.sparql.SparqlRouter}.
 */
final class RemoteSparqlHandler {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SPARQL_QUERY = "application/sparql-query";

    private final SparqlForwarder forwarder;

    RemoteSparqlHandler(SparqlForwarder forwarder) {
        this.forwarder = forwarder;
    }

    /** The protocol parameters of one request, from the URL and a form body alike. */
    private record Protocol(String query, List<String> defaultGraphs, List<String> namedGraphs, Optional<String> output,
                            Optional<String> timeout) {}

    void handle(Context ctx) throws IOException {
        Protocol p = protocol(ctx);
        Query query = forwarder.parse(p.query());
        boolean graph = query.isConstructType() || query.isDescribeType();
        SparqlResultFormat format = p.output().isPresent()
                ? SparqlResultFormat.named(p.output().get(), graph)
                : SparqlResultFormat.negotiate(ctx.header("Accept"), graph);
        Duration timeout;
        try {
            timeout = forwarder.limits().timeoutFor(p.timeout().orElse(null));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        SparqlForwarder.Result result = forwarder.execute(query, p.defaultGraphs(), p.namedGraphs(), timeout);
        ctx.status(200);
        if (result.truncated())
            TruncatedHeader.set(ctx, forwarder.limits().maxRows());
        ctx.contentType(format.contentType());
        OutputStream out = ctx.outputStream();
        switch (result) {
            case SparqlForwarder.Rows rows -> ResultSetMgr.write(out, ResultSet.adapt(rows.rowSet()), format.lang());
            case SparqlForwarder.Bool bool -> ResultSetMgr.write(out, bool.value(), format.lang());
            case SparqlForwarder.Triples triples -> {
                triples.graph().getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
                RDFDataMgr.write(out, triples.graph(), format.lang());
            }
        }
        out.flush();
    }

    void options(Context ctx) {
        ctx.header("Allow", "GET,POST,OPTIONS");
        ctx.status(200);
    }

    void refuse(Context ctx) {
        throw new MethodNotAllowedException("HTTP method not allowed: " + ctx.method() + ". This endpoint answers queries by GET and POST only.");
    }

    private static Protocol protocol(Context ctx) {
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        String query;
        if (ctx.method().name().equals("POST")) {
            String type = mediaType(ctx.contentType());
            if (type.equals(SPARQL_QUERY)) {
                query = ctx.body();
            } else if (type.isEmpty() || type.equals(FORM)) {
                ctx.formParamMap().forEach((k, v) -> params.merge(k, v, (a, b) -> concat(a, b)));
                query = single(params);
            } else {
                throw new UnsupportedMediaTypeException("Unsupported: [" + type + "]. Send a query as application/sparql-query, "
                        + "or as the 'query' field of an application/x-www-form-urlencoded form; updates are not accepted.");
            }
        } else {
            query = single(params);
        }
        Optional<String> output = first(params, "output").or(() -> first(params, "format"));
        return new Protocol(query, params.getOrDefault("default-graph-uri", List.of()),
                params.getOrDefault("named-graph-uri", List.of()), output, first(params, "timeout"));
    }

    private static String single(Map<String, List<String>> params) {
        List<String> queries = params.getOrDefault("query", List.of());
        if (queries.isEmpty())
            throw new BadRequestException("SPARQL Query: No 'query=' parameter" + (params.containsKey("update")
                    ? "; this endpoint answers queries only, updates are refused." : "."));
        if (queries.size() > 1)
            throw new BadRequestException("SPARQL Query: Multiple 'query=' parameters.");
        if (queries.get(0).isEmpty())
            throw new BadRequestException("SPARQL Query: Empty query string.");
        return queries.get(0);
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String mediaType(String contentType) {
        if (contentType == null)
            return "";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
