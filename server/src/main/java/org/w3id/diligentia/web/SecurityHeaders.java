package org.w3id.diligentia.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers of every response, set before any handler runs (Javalin's routes, static
 * assets, the SPARQL endpoint) and by {@link ProblemErrorHandler} on Jetty's own refusals:
 * <ul>
 * <li>{@code Content-Security-Policy}: everything from this server only, no inline or evaluated
 * script, no plugins, not framed, forms posted here only. The query editor ({@code /query}) also
 * allows inline styles: YASGUI's table view injects a {@code <style>} element for its column
 * grips. The policy is on every response; on anything but HTML a browser ignores it.
 * <li>{@code X-Content-Type-Options: nosniff}: a response is what its {@code Content-Type} says
 * (no script or stylesheet sniffed from a JSON or text answer).
 * <li>{@code Referrer-Policy}: other sites learn this origin, never a page's path and query.
 * <li>{@code X-Frame-Options: DENY}: for browsers that predate {@code frame-ancestors}.
 * </ul>
 */
public final class SecurityHeaders extends Handler.Wrapper {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String CSP_QUERY_EDITOR = CSP.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        apply(Request.getPathInContext(request), response.getHeaders());
        return super.handle(request, response, callback);
    }

    /** Adds the headers for a response on {@code path}. */
    public static void apply(String path, HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", "/query".equals(path) ? CSP_QUERY_EDITOR : CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "DENY");
    }
}
