package org.w3id.diligentia.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.w3id.diligentia.html.QueryEditorPage;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.web.ConditionalGet;

import io.javalin.http.Context;

/** {@code GET /query}: the SPARQL query editor with the canned queries as examples. */
final class QueryEditorHandler {
    private final byte[] page;
    private final String etag;
    private final Instant built;

    QueryEditorHandler(QueryCatalog catalog, Clock clock) {
        List<CannedQuery> queries = List.copyOf(catalog.all());
        String html = QueryEditorPage.render(queries);
        this.page = html.getBytes(StandardCharsets.UTF_8);
        this.etag = ConditionalGet.etag("query editor", html);
        this.built = clock.instant();
    }

    void handle(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=300");
        if (ConditionalGet.notModified(ctx, etag, built))
            return;
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page);
    }
}
