package org.w3id.diligentia.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.diligentia.dashboard.Dashboard;
import org.w3id.diligentia.dashboard.DashboardService;
import org.w3id.diligentia.html.DashboardPage;
import org.w3id.diligentia.html.HomePage;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;

import io.javalin.http.Context;

/**
 * {@code GET /?question=&asOf=&minConfidence=&scope=}: the dashboard. The query string is the whole
 * state of the view, so a link shares it; the entity tag covers the dataset, the parameters and
 * today's date (the default date of every figure).
 */
final class DashboardHandler {
    private static final Set<String> PARAMS = Set.of("question", "asOf", "minConfidence", "scope");

    private final KnowledgeStore store;
    private final DashboardService dashboards;
    private final LinkedDataHandlers linkedData;
    private final RenderedCache cache;

    DashboardHandler(KnowledgeStore store, DashboardService dashboards, LinkedDataHandlers linkedData, RenderedCache cache) {
        this.store = store;
        this.dashboards = dashboards;
        this.linkedData = linkedData;
        this.cache = cache;
    }

    void page(Context ctx) {
        Map<String, List<String>> p = Params.only(ctx, PARAMS);
        DatasetInfo info = store.info();
        String today = dashboards.today().toString();
        String request = Integer.toHexString(String.valueOf(ctx.queryString()).hashCode());
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", "Accept-Encoding");
        String etag = ConditionalGet.etag(info.version(), "home", today, request);
        if (ConditionalGet.notModified(ctx, etag, info.loadedAt()))
            return;
        byte[] html = cache.get(etag + " " + ctx.queryString(), () -> {
            Dashboard d = dashboards.dashboard(Params.one(p, "question"), Params.one(p, "asOf"), Params.one(p, "minConfidence"),
                    Params.one(p, "scope"));
            return DashboardPage.render(d, h -> HomePage.browse(h, linkedData.index(), info, linkedData.baseLinks()))
                    .getBytes(StandardCharsets.UTF_8);
        });
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }
}
