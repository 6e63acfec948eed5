package org.w3id.diligentia.sparql;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.web.ProblemRenderer;

/**
 * The first filter in front of the embedded Fuseki: every error it answers (plain text, as Fuseki
 * writes them) becomes the service's problem document ({@link ProblemRenderer#document}: RFC 9457
 * JSON, or HTML for a browser), with the message that names the problem (a SPARQL syntax error
 * with its line and column, a refused parameter, a timeout). Failures that escape Fuseki are
 * answered 500 and logged with their stack trace. Every answer is logged: successes at DEBUG (so a
 * load does not flood the log), 4xx at INFO, 5xx at ERROR.
 */
final class ProblemResponses implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    /** The longest error text quoted from Fuseki (a semantic error quotes the whole query). */
    private static final int MAX_DETAIL = 2000;

    private final ProblemRenderer problems;

    ProblemResponses(ProblemRenderer problems) {
        this.problems = problems;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        long start = System.nanoTime();
        ErrorCapture capture = new ErrorCapture(response);
        try {
            chain.doFilter(request, capture);
        } catch (IOException | ServletException | RuntimeException e) {
            failed(request, capture, e);
        }
        int status = capture.getStatus();
        if (status >= 400 && !response.isCommitted())
            writeProblem(request, response, status, detail(request, status, capture.capturedText()));
        else if (LOG.isDebugEnabled())
            LOG.debug("{} {} -> {} ({} ms)", request.getMethod(), request.getRequestURI(), status, (System.nanoTime() - start) / 1_000_000);
    }

    /** An exception out of Fuseki or a filter: the status it carries (a malformed or oversized form), else a logged 500. */
    private static void failed(HttpServletRequest request, ErrorCapture capture, Exception e) {
        if (tooLarge(e)) {
            capture.fail(413, "The request body is larger than this endpoint accepts.");
            return;
        }
        HttpException http = find(e, HttpException.class);
        if (http != null && http.getCode() >= 400 && http.getCode() < 500) {
            capture.fail(http.getCode(), "The request could not be read: " + http.getReason() + ".");
            return;
        }
        String id = UUID.randomUUID().toString();
        LOG.error("{} {} failed (id {})", request.getMethod(), request.getRequestURI(), id, e);
        capture.fail(500, "The server failed while answering this request; the failure is logged with id " + id + ".");
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        String path = request.getRequestURI();
        ProblemRenderer.log(request.getMethod(), path, status, detail, null);
        ProblemRenderer.Document doc = problems.document(status, ProblemRenderer.title(status), detail, path,
                request.getHeader("Accept"));
        response.resetBuffer();
        response.setStatus(status);
        if (status == 405)
            response.setHeader("Allow", "GET, POST, OPTIONS");
        response.setHeader("Vary", "Accept");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(doc.contentType());
        response.setContentLength(doc.body().length);
        response.getOutputStream().write(doc.body());
    }

    private static String detail(HttpServletRequest request, int status, String captured) {
        String text = captured == null ? "" : captured.strip();
        if (text.length() > MAX_DETAIL)
            text = text.substring(0, MAX_DETAIL) + " ...";
        if (!text.isEmpty() && !text.equalsIgnoreCase(ProblemRenderer.title(status)))
            return text;
        return switch (status) {
            case 404 -> "There is nothing at '" + request.getRequestURI() + "': the SPARQL endpoint is " + SparqlEndpoint.PATH + ".";
            case 405 -> "'" + request.getMethod() + "' is not allowed on " + SparqlEndpoint.PATH + ": it answers queries by GET and POST only.";
            case 403 -> "This operation is not allowed here.";
            default -> ProblemRenderer.title(status) + ".";
        };
    }

    /** Whether {@code e} (or a cause) is Jetty's refusal of a request body over the size limit. */
    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause())
            if (t instanceof HttpException http && http.getCode() == 413)
                return true;
        return false;
    }

    private static <T> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause())
            if (type.isInstance(t))
                return type.cast(t);
        return null;
    }
}
