package org.w3id.diligentia.http;

import java.nio.charset.StandardCharsets;
import org.w3id.diligentia.dashboard.Dashboard;
import org.w3id.diligentia.dashboard.DashboardQuery;
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
    private final KnowledgeStore store;
    private final DashboardService dashboards;
    private final Requests requests;
    private final LinkedDataHandlers linkedData;
    private final RenderedCache cache;

    DashboardHandler(KnowledgeStore store, DashboardService dashboards, Requests requests, LinkedDataHandlers linkedData,
                     RenderedCache cache) {
        this.store = store;
        this.dashboards = dashboards;
        this.requests = requests;
        this.linkedData = linkedData;
        this.cache = cache;
    }

    void page(Context ctx) {
        DashboardQuery q = requests.dashboard(ctx);
        DatasetInfo info = store.info();
        String today = dashboards.today().toString();
        String request = Integer.toHexString(String.valueOf(ctx.queryString()).hashCode());
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", "Accept-Encoding");
        String etag = ConditionalGet.etag(info.version(), "home", today, request);
        if (ConditionalGet.notModified(ctx, etag, info.loadedAt()))
            return;
        byte[] html = cache.get(etag + " " + ctx.queryString(), () -> {
            Dashboard d = dashboards.dashboard(q);
            return DashboardPage.render(d, h -> HomePage.browse(h, linkedData.index(), info, linkedData.baseLinks()))
                    .getBytes(StandardCharsets.UTF_8);
        });
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }
}
