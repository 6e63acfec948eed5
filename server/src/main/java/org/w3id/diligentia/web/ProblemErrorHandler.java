package org.w3id.diligentia.web;

import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, answered before any route runs, as the service's problem documents: a
 * request line longer than the header limit (414), headers too large (431), a malformed or
 * ambiguous request (400, such as an encoded {@code ..} or {@code /} in a path), a body over the
 * size limit (413). The detail says what to do instead.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private final ProblemRenderer problems;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;

    public ProblemErrorHandler(ProblemRenderer problems, int maxHeaderBytes, long maxBodyBytes) {
        this.problems = problems;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String path = shortPath(request);
        String detail = detail(code, message);
        ProblemRenderer.log(request.getMethod(), path, code, detail, cause);
        ProblemRenderer.Document doc = problems.document(code, ProblemRenderer.title(code), detail, path,
                request.getHeaders().get(HttpHeader.ACCEPT));
        SecurityHeaders.apply(path, response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, doc.contentType());
        response.getHeaders().put(HttpHeader.VARY, "Accept");
        response.write(true, ByteBuffer.wrap(doc.body()), callback);
    }

    private String detail(int code, String message) {
        int kib = maxHeaderBytes / 1024;
        return switch (code) {
            case 414 -> "The request line (path and query string) is longer than " + kib
                    + " KiB, the most this server reads. Send a long SPARQL query by POST (application/sparql-query) instead.";
            case 431 -> "The request headers are larger than " + kib + " KiB, the most this server reads.";
            case 413 -> "The request body is larger than " + maxBodyBytes + " bytes, the most this server accepts.";
            case 400 -> message == null || message.isBlank() || message.equalsIgnoreCase("Bad Request")
                    ? "The request is malformed: its request line or headers cannot be accepted (for example, a path may "
                    + "not climb above the root with '..' or hide '..' or '/' in percent-encoding)."
                    : "The request is malformed: " + message + ".";
            default -> message == null || message.isBlank() ? ProblemRenderer.title(code) + "." : message;
        };
    }

    /**
     * The request path, shortened: a refused request line can be very long, and it is echoed into
     * the problem. Null when Jetty refused the request line itself (it then names the path "/badMessage").
     */
    private static String shortPath(Request request) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        if (path == null || path.equals("/badMessage"))
            return null;
        return path.length() > 200 ? path.substring(0, 200) + "..." : path;
    }
}
