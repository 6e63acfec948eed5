package org.w3id.diligentia.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.error.DiligentiaException;
import org.w3id.diligentia.error.ServiceUnavailableException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * The one place where errors become responses: typed {@link DiligentiaException}s, Javalin's own
 * HTTP exceptions and unexpected failures are all rendered as RFC 9457 problem JSON, or as an HTML
 * page for a client that prefers HTML (a browser), chosen by {@code Accept} ({@code Vary: Accept}).
 * 4xx are logged at INFO; 5xx at ERROR with the stack trace of their cause, and an unexpected
 * failure with an id the client also sees.
 *
 * <p>Javalin's routes use {@link #register}; the embedded SPARQL endpoint
 * ({@code sparql.ProblemResponses}) and Jetty's own refusals ({@link ProblemErrorHandler}: a request
 * line or headers too long, a malformed request) use {@link #document} and {@link #log}, so every
 * error of the service reads the same. The HTML page is the application's ({@link Page}): this
 * package knows HTTP, not the site.
 */
public final class ProblemRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemRenderer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern METHOD = Pattern.compile("\\b(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\\b");

    /** The HTML page of a problem, for people: status, title, detail and the path it concerns. */
    @FunctionalInterface
    public interface Page {
        String render(int status, String title, String detail, String path);
    }

    private final Page page;

    public ProblemRenderer(Page page) {
        this.page = page;
    }

    /** A rendered problem: its media type and body. */
    public record Document(String contentType, byte[] body) {}

    public void register(RoutesConfig routes) {
        routes.exception(DiligentiaException.class, (e, ctx) -> {
            if (e instanceof ServiceUnavailableException busy && busy.retryAfterSeconds().isPresent()) {
                ctx.header("Retry-After", Long.toString(busy.retryAfterSeconds().get()));
                logRefusal(ctx.method().name(), ctx.path(), e.getMessage());
                write(ctx, e.status(), e.title(), e.getMessage());
            } else {
                render(ctx, e.status(), e.title(), e.getMessage(), e.status() >= 500 ? e : null);
            }
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            // A path that only answers CORS preflights (OPTIONS /api/<rest>) is not a resource: 404, not 405.
            if (e.getStatus() == 405 && allowedMethods(e).stream().allMatch("OPTIONS"::equals))
                render(ctx, 404, title(404), "There is nothing at '" + ctx.path() + "'.", null);
            else
                render(ctx, e.getStatus(), title(e.getStatus()), message(e, ctx), e.getStatus() >= 500 ? e : null);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String id = UUID.randomUUID().toString();
            render(ctx, 500, "Internal server error",
                    "The server failed while answering this request; the failure is logged with id " + id + ".", e);
        });
        routes.error(404, ctx -> {
            if (isEmpty(ctx))
                render(ctx, 404, "Not found", "There is nothing at '" + ctx.path() + "'.", null);
        });
        routes.error(405, ctx -> {
            if (isEmpty(ctx))
                render(ctx, 405, "Method not allowed", "'" + ctx.method() + "' is not allowed on '" + ctx.path() + "'.", null);
        });
    }

    /** Writes a problem document with {@code status}, and logs it. */
    public void render(Context ctx, int status, String title, String detail, Throwable cause) {
        log(ctx.method().name(), ctx.path(), status, detail, cause);
        write(ctx, status, title, detail);
    }

    private void write(Context ctx, int status, String title, String detail) {
        Document d = document(status, title, detail, ctx.path(), ctx.header("Accept"));
        ctx.status(status);
        // A problem is not the representation an ETag set before the failure named.
        ctx.res().setHeader("ETag", null);
        ctx.res().setHeader("Last-Modified", null);
        ctx.header("Vary", "Accept");
        ctx.contentType(d.contentType());
        ctx.result(d.body());
    }

    /**
     * The problem document for a client that sent {@code accept}: an HTML page if it prefers HTML
     * to JSON, else problem JSON. {@code instance} is the request path.
     */
    public Document document(int status, String title, String detail, String instance, String accept) {
        if (prefersHtml(accept))
            return new Document("text/html; charset=utf-8",
                    page.render(status, title, detail, instance == null ? "this request" : instance).getBytes(StandardCharsets.UTF_8));
        try {
            return new Document(PROBLEM_JSON, JSON.writeValueAsBytes(Problem.of(slug(title), title, status, detail, instance)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The title of an HTTP status in sentence case, as the typed errors have it: "Bad request", "URI too long". */
    public static String title(int status) {
        String[] words = io.javalin.http.HttpStatus.forStatus(status).getMessage().split(" ");
        StringBuilder title = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++)
            title.append(' ').append(words[i].equals(words[i].toUpperCase(Locale.ROOT)) ? words[i] : words[i].toLowerCase(Locale.ROOT));
        return title.toString();
    }

    /** Logs a problem answer: 4xx at INFO (a client's mistake), 5xx at ERROR with the stack trace of {@code cause}. */
    public static void log(String method, String path, int status, String detail, Throwable cause) {
        if (status < 500)
            LOG.info("{} {} -> {}: {}", method, path, status, detail);
        else if (cause != null)
            LOG.error("{} {} -> {}: {}", method, path, status, detail, cause);
        else
            LOG.error("{} {} -> {}: {}", method, path, status, detail);
    }

    /**
     * Logs a refusal to take on more work (503 with {@code Retry-After}: every slot for expensive
     * work is taken) at WARN: the server is working as configured, not failing, and there is no
     * stack to show.
     */
    public static void logRefusal(String method, String path, String detail) {
        LOG.warn("{} {} -> 503 (refused): {}", method, path, detail);
    }

    /** Whether the client would rather read HTML than JSON (JSON wins a tie). */
    private static boolean prefersHtml(String accept) {
        return AcceptHeader.parse(accept)
                .choose(List.of(PROBLEM_JSON, "application/json", "text/html"), Function.identity())
                .filter("text/html"::equals).isPresent();
    }

    private static boolean isEmpty(Context ctx) {
        String body = ctx.result();
        return body == null || body.isEmpty() || body.equals("Not Found") || body.equals("Method Not Allowed");
    }

    /** What Javalin refused, in a sentence that names the method or path; 405 also sets {@code Allow}. */
    private static String message(HttpResponseException e, Context ctx) {
        if (e.getStatus() == 404)
            return "There is nothing at '" + ctx.path() + "'.";
        if (e.getStatus() == 405) {
            List<String> allowed = allowedMethods(e);
            if (!allowed.isEmpty())
                ctx.header("Allow", String.join(", ", allowed));
            return "'" + ctx.method() + "' is not allowed on '" + ctx.path() + "'"
                    + (allowed.isEmpty() ? "." : "; it answers " + String.join(", ", allowed) + ".");
        }
        String m = e.getMessage();
        if (m != null && !m.isBlank() && !m.equalsIgnoreCase(title(e.getStatus())))
            return m;
        return switch (e.getStatus()) {
            case 413 -> "The request body is larger than this server accepts.";
            case 415 -> "The request's Content-Type is not one this route accepts.";
            default -> title(e.getStatus()) + ".";
        };
    }

    private static List<String> allowedMethods(HttpResponseException e) {
        return METHOD.matcher(e.getDetails().getOrDefault("availableMethods", "")).results()
                .map(MatchResult::group).distinct().toList();
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
