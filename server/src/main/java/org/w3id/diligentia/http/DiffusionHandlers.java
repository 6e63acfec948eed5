package org.w3id.diligentia.http;

import org.w3id.diligentia.diffusion.Diffusion;
import org.w3id.diligentia.diffusion.DiffusionQuery;
import org.w3id.diligentia.diffusion.DiffusionService;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.CsvTable;

import io.javalin.http.Context;

/** {@code /api/diffusion}: the request parsed ({@link Requests}), the {@link DiffusionService} asked, JSON or CSV written. */
final class DiffusionHandlers {
    private final DiffusionService diffusion;
    private final Requests requests;
    private final ApiResponder responder;

    DiffusionHandlers(DiffusionService diffusion, Requests requests, ApiResponder responder) {
        this.diffusion = diffusion;
        this.requests = requests;
        this.responder = responder;
    }

    /** {@code GET /api/diffusion?question=&from=&to=&minConfidence=}. */
    void diffusion(Context ctx) {
        DiffusionQuery q = requests.diffusion(ctx);
        responder.respond(ctx, () -> diffusion.diffusion(q), DiffusionHandlers::csv);
    }

    /** The world's affirmation over time: one row per date and route (the collective positions are in the JSON). */
    private static CsvTable csv(Diffusion d) {
        CsvTable t = new CsvTable("question", "date", "members", "route", "affirming");
        for (Diffusion.Point p : d.points())
            for (String route : d.routes())
                t.row(d.question(), p.date(), p.members(), route, p.affirming().getOrDefault(route, 0));
        return t;
    }
}
