package org.w3id.diligentia.http;

import org.w3id.diligentia.custom.CustomIndicators;
import org.w3id.diligentia.custom.CustomIndicators.Population;
import org.w3id.diligentia.custom.CustomQuery;
import org.w3id.diligentia.custom.CustomService;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.CsvTable;

import io.javalin.http.Context;

/** {@code /api/custom}: the request parsed ({@link Requests}), the {@link CustomService} asked, JSON or CSV written. */
final class CustomHandlers {
    private final CustomService custom;
    private final Requests requests;
    private final ApiResponder responder;

    CustomHandlers(CustomService custom, Requests requests, ApiResponder responder) {
        this.custom = custom;
        this.requests = requests;
        this.responder = responder;
    }

    /** {@code GET /api/custom?question=&asOf=&minConfidence=}. */
    void indicators(Context ctx) {
        CustomQuery q = requests.custom(ctx, false);
        responder.respond(ctx, () -> custom.indicators(q), CustomHandlers::csv);
    }

    /**
     * One row per population (the UN members, then each regional group) with its counts and exact
     * shares, the indicators' verdicts repeated on each row so the table stands alone.
     */
    private static CsvTable csv(CustomIndicators c) {
        CsvTable t = new CsvTable("question", "asOf", "minConfidence", "scope", "label", "members", "affirms", "rejects",
                "undecided", "silent", "unknown", "coverage", "affirmingOfKnownStances", "sufficientCoverage",
                "affirmingMajority", "generality", "representativeness", "consistency", "objection", "verdict");
        t.row(row(c, c.generality().unMembers()));
        for (Population g : c.representativeness().groups())
            t.row(row(c, g));
        return t;
    }

    private static Object[] row(CustomIndicators c, Population p) {
        return new Object[] {c.question(), c.asOf(), c.minConfidence(), p.scope(), p.label(), p.counts().members(),
                p.affirms(), p.rejects(), p.undecided(), p.silent(), p.unknown(), p.coverage(), p.affirmingOfKnownStances(),
                p.sufficientCoverage(), p.affirmingMajority(), c.generality().met(), c.representativeness().met(),
                c.consistency().met(), c.objection().met(), c.verdict()};
    }
}
