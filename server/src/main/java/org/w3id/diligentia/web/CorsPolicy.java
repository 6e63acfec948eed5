package org.w3id.diligentia.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Who may read what from a browser on another origin: any origin may read the data services
 * ({@code /sparql}, {@code /api}, {@code /data}, the citation permalinks {@code /cite}, and the {@code /id}
 * redirects, {@code /ontology} and {@code /context.jsonld} a linked-data client needs on the way), by GET (and HEAD), and
 * nothing else: no POST, not even the read-only query by POST of {@code /sparql}, because a GET
 * carries queries up to the 64 KiB request-line limit, which covers every realistic query. No
 * credentials. HTML pages, {@code /health} and {@code /admin} send no CORS headers. The one policy
 * is applied to Javalin's routes and, at the Jetty level, to the embedded Fuseki endpoint, so both
 * answer alike.
 *
 * <p>{@code Access-Control-Allow-Origin: *} is sent on every response of these paths, with or
 * without an {@code Origin} header, so a cached response serves every origin.
 */
public final class CorsPolicy {
    /** Request headers a preflight may ask for. */
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type, If-None-Match, If-Modified-Since, "
            + "Range, If-Range";
    /** Response headers a script may read, beyond the CORS-safelisted ones. */
    static final String EXPOSED_HEADERS = "ETag, Link, Location, Content-Location, Vary, Diligentia-Truncated, Content-Range, "
            + "Accept-Ranges";
    private static final Set<String> READ = Set.of("GET", "HEAD");
    /**
     * The routes (Javalin's path syntax) on which a preflight is answered: those of {@link #methods}
     * but {@code /sparql}, whose router answers its own.
     */
    public static final List<String> PREFLIGHT_ROUTES = List.of("/id/<rest>", "/data/<rest>", "/api", "/api/<rest>",
            "/ontology", "/shapes", "/context.jsonld", "/openapi.json", "/dataset", "/.well-known/void", "/dumps", "/dumps/<rest>",
            "/cite/<rest>");

    private CorsPolicy() {}

    /** The methods another origin may use on {@code path}; empty if none. */
    public static Set<String> methods(String path) {
        if (path.equals("/sparql"))
            return READ;
        for (String prefix : new String[] {"/api/", "/data/", "/id/", "/dumps/", "/cite/"})
            if (path.startsWith(prefix))
                return READ;
        if (path.equals("/api") || path.equals("/ontology") || path.equals("/context.jsonld") || path.equals("/openapi.json")
                || path.equals("/dataset") || path.equals("/.well-known/void") || path.equals("/dumps"))
            return READ;
        return Set.of();
    }

    /**
     * Adds the headers of an actual (non-preflight) response to {@code method} on {@code path}
     * through {@code header}: none unless the policy allows that method there.
     */
    public static void actual(String method, String path, BiConsumer<String, String> header) {
        if (!methods(path).contains(method.toUpperCase(Locale.ROOT)))
            return;
        header.accept("Access-Control-Allow-Origin", "*");
        header.accept("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    /** Whether a request is a CORS preflight: OPTIONS with Origin and Access-Control-Request-Method. */
    public static boolean isPreflight(String method, String origin, String requestMethod) {
        return "OPTIONS".equals(method) && origin != null && requestMethod != null;
    }

    /**
     * The headers of the answer (204) to a preflight on {@code path} for {@code requestMethod};
     * none if that method is not allowed there, which the browser takes as a refusal.
     */
    public static Map<String, String> preflight(String path, String requestMethod) {
        Set<String> allowed = methods(path);
        if (!allowed.contains(requestMethod.strip().toUpperCase(Locale.ROOT)))
            return Map.of();
        return Map.of(
                "Access-Control-Allow-Origin", "*",
                "Access-Control-Allow-Methods", String.join(", ", allowed.stream().sorted().toList()),
                "Access-Control-Allow-Headers", ALLOWED_HEADERS,
                "Access-Control-Max-Age", "86400");
    }
}
