package org.w3id.diligentia.http;

import java.nio.charset.StandardCharsets;

import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.LevelRule;
import org.w3id.diligentia.html.ApiDocsPage;
import org.w3id.diligentia.openapi.OpenApiDocument;
import org.w3id.diligentia.openapi.SwaggerUi;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.CodeVersion;
import org.w3id.diligentia.web.ConditionalGet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * {@code GET /openapi.json}: the OpenAPI document, built from the loaded data once per dataset
 * version; {@code GET /docs}: Swagger UI on it.
 */
final class ApiDocsHandlers {
    private final KnowledgeStore store;
    private final ConsensusService consensus;
    private final QueryCatalog catalog;
    private final ObjectMapper json;
    private final ByteCache cache;
    private final byte[] page;
    private final String pageTag;

    ApiDocsHandlers(KnowledgeStore store, ConsensusService consensus, QueryCatalog catalog, ObjectMapper json, ByteCache cache) {
        this.store = store;
        this.consensus = consensus;
        this.catalog = catalog;
        this.json = json;
        this.cache = cache;
        String html = ApiDocsPage.render(SwaggerUi.basePath());
        this.page = html.getBytes(StandardCharsets.UTF_8);
        this.pageTag = ConditionalGet.etag("docs", html);
    }

    void openapi(Context ctx) {
        DatasetInfo info = store.info();
        ctx.header("Cache-Control", "no-cache");
        String etag = ConditionalGet.etag(info.version(), CodeVersion.id(), "openapi");
        if (ConditionalGet.notModified(ctx, etag, info.loadedAt()))
            return;
        ctx.contentType("application/json; charset=utf-8");
        // Built once per version, in a read of its own: this route runs outside the request's transaction (Routes.readsNoData).
        ctx.result(cache.get(etag, () -> store.readingOneVersion(() -> document(info.version()))));
    }

    void page(Context ctx) {
        DatasetInfo info = store.info();
        ctx.header("Cache-Control", "public, max-age=300");
        if (ConditionalGet.notModified(ctx, pageTag, info.loadedAt()))
            return;
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page);
    }

    private byte[] document(String version) {
        var vocabulary = OpenApiDocument.Vocabulary.of(version, consensus.identifiers(),
                consensus.levelRules().rules().stream().map(LevelRule::id).toList());
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new OpenApiDocument(json).build(vocabulary, catalog));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
