package org.w3id.diligentia.http;

import java.util.function.Supplier;

import org.w3id.diligentia.consensus.ConsensusQuery;
import org.w3id.diligentia.dashboard.DashboardService;
import org.w3id.diligentia.html.DashboardPage;
import org.w3id.diligentia.html.HomePage;
import org.w3id.diligentia.html.Links;
import org.w3id.diligentia.linkeddata.ResourceViews;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.RenderedPage;

import io.javalin.http.Context;

/**
 * {@code GET /?question=&asOf=&minConfidence=&scope=}: the dashboard, then where to browse from (the
 * questions, organizations and States of the {@link ResourceViews} index). The query string is the
 * whole state of the view, so a link shares it; the entity tag covers the dataset, the parameters and
 * today's date (the default date of every figure).
 */
final class DashboardHandler {
    private final KnowledgeStore store;
    private final DashboardService dashboards;
    private final ResourceViews views;
    private final Supplier<Links> links;
    private final Requests requests;
    private final ByteCache cache;

    DashboardHandler(KnowledgeStore store, DashboardService dashboards, ResourceViews views, Supplier<Links> links,
                     Requests requests, ByteCache cache) {
        this.store = store;
        this.dashboards = dashboards;
        this.views = views;
        this.links = links;
        this.requests = requests;
        this.cache = cache;
    }

    void page(Context ctx) {
        ConsensusQuery q = requests.dashboard(ctx);
        ctx.header("Vary", "Accept-Encoding");
        RenderedPage.respond(ctx, store, cache, () -> DashboardPage.render(dashboards.dashboard(q),
                HomePage.browse(views.index(), store.info(), links.get())), "home", dashboards.today().toString(),
                String.valueOf(ctx.queryString()));
    }
}
