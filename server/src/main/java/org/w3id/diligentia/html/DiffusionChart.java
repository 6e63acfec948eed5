package org.w3id.diligentia.html;

import java.util.ArrayList;
import java.util.List;

import org.w3id.diligentia.diffusion.Diffusion;

/**
 * The dashboard's diffusion section ({@code dashboardDiffusion.jte}): the world's affirmation over
 * time as stacked areas by route, drawn by {@code /assets/diffusion.js} from the table that is also
 * its text alternative, and the collective positions with how their members spoke before and after.
 */
final class DiffusionChart {
    private DiffusionChart() {}

    static List<Table.Column> columns(Diffusion f) {
        List<String> labels = new ArrayList<>(List.of("From", "UN members"));
        for (String route : f.routes())
            labels.add(route.equals("own") ? "Affirming by own position" : "Affirming via " + route);
        return Table.columns(labels.toArray(String[]::new));
    }

    static String count(Diffusion.Point p, String route) {
        return String.valueOf(p.affirming().getOrDefault(route, 0));
    }

    static String collective(Diffusion.Collective c) {
        return c.organization() + " " + c.stance() + " (" + c.date() + "): counts for " + c.members() + " members; "
                + c.spokeBefore() + " had spoken on their own before, " + c.spokeAfter() + " spoke after ("
                + c.alignedAfter() + " aligned, " + c.divergentAfter().size() + " divergent"
                + (c.divergentAfter().isEmpty() ? "" : ": " + String.join(", ", c.divergentAfter())) + ")";
    }

    static String href(Diffusion f) {
        return "/api/diffusion?question=" + f.question() + "&from=" + f.from() + "&to=" + f.to() + "&minConfidence=" + f.minConfidence();
    }
}
