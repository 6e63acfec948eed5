package org.w3id.diligentia.http;

import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.error.DiligentiaException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * The one place where errors become responses: typed {@link DiligentiaException}s, Javalin's own
 * HTTP exceptions and unexpected failures are all rendered as RFC 9457 problem JSON. 4xx are
 * logged at INFO; anything else at ERROR with its stack trace and an id the client also sees.
 */
public final class ProblemRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemRenderer.class);
    public static final String PROBLEM_JSON = "application/problem+json";

    private ProblemRenderer() {}

    public static void register(RoutesConfig routes) {
        routes.exception(DiligentiaException.class,
                (e, ctx) -> render(ctx, e.status(), e.type(), e.title(), e.getMessage(), null));
        routes.exception(HttpResponseException.class,
                (e, ctx) -> render(ctx, e.getStatus(), slug(e.getStatus()), title(e.getStatus()), e.getMessage(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            String id = UUID.randomUUID().toString();
            render(ctx, 500, "internal-error", "Internal server error",
                    "The server failed while answering this request; the failure is logged with id " + id + ".", e);
            LOG.error("Request {} {} failed (id {})", ctx.method(), ctx.path(), id, e);
        });
        routes.error(404, ctx -> {
            if (isEmpty(ctx))
                render(ctx, 404, "not-found", "Not found", "There is nothing at '" + ctx.path() + "'.", null);
        });
        routes.error(405, ctx -> {
            if (isEmpty(ctx))
                render(ctx, 405, "method-not-allowed", "Method not allowed",
                        "'" + ctx.method() + "' is not allowed on '" + ctx.path() + "'.", null);
        });
    }

    /** Writes a problem document with {@code status}. */
    public static void render(Context ctx, int status, String slug, String title, String detail, Throwable cause) {
        if (status < 500)
            LOG.info("{} {} -> {}: {}", ctx.method(), ctx.path(), status, detail);
        else if (cause == null)
            LOG.error("{} {} -> {}: {}", ctx.method(), ctx.path(), status, detail);
        ctx.status(status);
        ctx.json(Problem.of(slug, title, status, detail, ctx.path()));
        ctx.contentType(PROBLEM_JSON);
    }

    private static boolean isEmpty(Context ctx) {
        String body = ctx.result();
        return body == null || body.isEmpty() || body.equals("Not Found") || body.equals("Method Not Allowed");
    }

    private static String title(int status) {
        io.javalin.http.HttpStatus s = io.javalin.http.HttpStatus.forStatus(status);
        return s.getMessage();
    }

    private static String slug(int status) {
        return title(status).toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
