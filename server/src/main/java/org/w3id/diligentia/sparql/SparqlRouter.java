package org.w3id.diligentia.sparql;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.w3id.diligentia.error.ServiceUnavailableException;
import org.w3id.diligentia.linkeddata.Format;
import org.w3id.diligentia.linkeddata.GraphSerializer;
import org.w3id.diligentia.web.AcceptHeader;
import org.w3id.diligentia.web.Admission;
import org.w3id.diligentia.web.CorsPolicy;
import org.w3id.diligentia.web.ProblemRenderer;

/**
 * A Jetty handler in front of the application: requests for {@link SparqlEndpoint#PATH} go to the
 * embedded Fuseki handler, everything else to the wrapped (Javalin) handler. The Fuseki handler is
 * a managed bean, started and stopped with the server. Over a remote store there is no Fuseki
 * handler ({@code null}): queries go on to the application, which forwards them.
 *
 * <p>On the way it adds what Fuseki does not do here: the service's {@link CorsPolicy}, and for a
 * {@code GET /sparql} without a query, a browser (preferring HTML) is sent to the query editor
 * ({@code 303 /query}) and an RDF client gets the SPARQL Service Description. Every query, embedded
 * or forwarded, runs in a slot of the SPARQL lane ({@link Admission}), held until its answer is
 * written; without one it is refused with 503, {@code Retry-After} and a problem document.
 */
public final class SparqlRouter extends Handler.Wrapper {
    private static final List<Format.Offer> DESCRIPTION_OFFERS = Format.ALL;
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final Handler sparql;
    private final GraphSerializer serializer;
    private final ProblemRenderer problems;
    private final Admission admission;

    public SparqlRouter(Handler sparql, GraphSerializer serializer, ProblemRenderer problems, Admission admission) {
        this.sparql = sparql;
        this.serializer = serializer;
        this.problems = problems;
        this.admission = admission;
        if (sparql != null)
            addBean(sparql, true);
    }

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        if (sparql != null)
            sparql.setServer(server);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.equals(SparqlEndpoint.PATH) && !path.startsWith(SparqlEndpoint.PATH + "/"))
            return super.handle(request, response, callback);
        String method = request.getMethod();
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        String requestedMethod = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
        if (CorsPolicy.isPreflight(method, origin, requestedMethod)) {
            Map<String, String> headers = CorsPolicy.preflight(path, requestedMethod);
            headers.forEach((k, v) -> response.getHeaders().put(k, v));
            response.setStatus(204);
            callback.succeeded();
            return true;
        }
        CorsPolicy.actual(method, path, (k, v) -> response.getHeaders().put(k, v));
        if (path.equals(SparqlEndpoint.PATH) && (method.equals("GET") || method.equals("HEAD")) && !hasQuery(request))
            return withoutQuery(request, response, callback);
        if (method.equals("OPTIONS"))
            return dispatch(request, response, callback);
        Admission.Ticket ticket;
        try {
            ticket = admission.enter(Request.getRemoteAddr(request), request.getHeaders().get(FORWARDED_FOR));
        } catch (ServiceUnavailableException refused) {
            return refuse(request, response, callback, refused);
        }
        Callback release = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                ticket.close();
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                ticket.close();
                super.failed(failure);
            }
        };
        try {
            boolean handled = dispatch(request, response, release);
            if (!handled)
                ticket.close();
            return handled;
        } catch (Exception | Error e) {
            ticket.close();
            throw e;
        }
    }

    private boolean dispatch(Request request, Response response, Callback callback) throws Exception {
        return sparql == null ? super.handle(request, response, callback) : sparql.handle(request, response, callback);
    }

    /** Every slot of the lane is taken: 503, when to retry, and why, as a problem document. */
    private boolean refuse(Request request, Response response, Callback callback, ServiceUnavailableException refused) {
        ProblemRenderer.logRefusal(request.getMethod(), SparqlEndpoint.PATH, refused.getMessage());
        ProblemRenderer.Document problem = problems.document(503, refused.title(), refused.getMessage(),
                SparqlEndpoint.PATH, request.getHeaders().get(HttpHeader.ACCEPT));
        response.setStatus(503);
        refused.retryAfterSeconds().ifPresent(seconds -> response.getHeaders().put(HttpHeader.RETRY_AFTER, seconds));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, problem.contentType());
        response.getHeaders().put(HttpHeader.VARY, "Accept");
        response.write(true, ByteBuffer.wrap(problem.body()), callback);
        return true;
    }

    private static boolean hasQuery(Request request) {
        Fields params = Request.extractQueryParameters(request);
        return params.get("query") != null || params.get("update") != null;
    }

    /** No query: the editor for a browser, the service description for an RDF client. */
    private boolean withoutQuery(Request request, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.VARY, "Accept");
        Format format = AcceptHeader.parse(request.getHeaders().get(HttpHeader.ACCEPT))
                .choose(DESCRIPTION_OFFERS, Format.Offer::mediaType).map(Format.Offer::format).orElse(null);
        if (format == Format.HTML) {
            response.setStatus(303);
            response.getHeaders().put(HttpHeader.LOCATION, "/query");
            callback.succeeded();
            return true;
        }
        if (format == null) {
            String detail = "No query given, and nothing acceptable to describe the endpoint in (Accept: '"
                    + request.getHeaders().get(HttpHeader.ACCEPT) + "'). Send a query (?query=...), or ask for text/html or an RDF format.";
            ProblemRenderer.log(request.getMethod(), SparqlEndpoint.PATH, 406, detail, null);
            ProblemRenderer.Document problem = problems.document(406, ProblemRenderer.title(406), detail,
                    SparqlEndpoint.PATH, request.getHeaders().get(HttpHeader.ACCEPT));
            response.setStatus(406);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, problem.contentType());
            response.write(true, ByteBuffer.wrap(problem.body()), callback);
            return true;
        }
        HttpURI uri = request.getHttpURI();
        String endpoint = uri.getScheme() + "://" + uri.getAuthority() + SparqlEndpoint.PATH;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.write(ServiceDescription.of(endpoint), format, uri.getScheme() + "://" + uri.getAuthority() + "/context.jsonld", out);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, format.contentType());
        response.write(true, ByteBuffer.wrap(out.toByteArray()), callback);
        return true;
    }
}
