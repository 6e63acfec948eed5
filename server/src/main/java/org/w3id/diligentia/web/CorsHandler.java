package org.w3id.diligentia.web;

import java.util.Map;

import io.javalin.http.Context;

/** Applies the {@link CorsPolicy} to Javalin's routes: headers on every response, and preflights. */
public final class CorsHandler {
    /** Before every request: the CORS headers of the paths and methods that allow other origins. */
    public void actual(Context ctx) {
        CorsPolicy.actual(ctx.method().name(), ctx.path(), ctx::header);
    }

    /** {@code OPTIONS}: a CORS preflight is answered 204 with what the policy allows (nothing, if it refuses). */
    public void preflight(Context ctx) {
        String requested = ctx.header("Access-Control-Request-Method");
        ctx.header("Allow", String.join(", ", CorsPolicy.methods(ctx.path()).stream().sorted().toList()) + ", OPTIONS");
        if (CorsPolicy.isPreflight("OPTIONS", ctx.header("Origin"), requested)) {
            Map<String, String> headers = CorsPolicy.preflight(ctx.path(), requested);
            if (headers.isEmpty()) {
                // Refused: no Access-Control-Allow-* headers at all (the before-handler's are removed).
                ctx.res().setHeader("Access-Control-Allow-Origin", null);
                ctx.res().setHeader("Access-Control-Expose-Headers", null);
            }
            headers.forEach(ctx::header);
        }
        ctx.status(204);
    }
}
