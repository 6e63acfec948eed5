package org.w3id.diligentia.html;

import java.time.LocalDate;

import org.w3id.diligentia.cite.CitedView;
import org.w3id.diligentia.consensus.TimelineQuery;
import org.w3id.diligentia.dashboard.Dashboard;
import org.w3id.diligentia.dashboard.DashboardService;

/**
 * The "data" and "cite" links beside the matrix, the timeline and the map ({@code chartLinks.jte}):
 * the CSV of exactly what the chart shows (the API answer it is computed from, with the dashboard's
 * date, floor, question and timeline scope), and the permalink of that answer at the version the
 * page is computed from (null outside a request). Rendered on the server, so they hold without
 * JavaScript, and re-rendered with {@code #dashboard} when the script applies a control.
 */
final class DashboardLinks {
    private DashboardLinks() {}

    static String matrixData(Dashboard d) {
        return csv(matrix(d));
    }

    static String matrixCite(Dashboard d) {
        return CitePage.local(matrix(d).path());
    }

    static String timelineData(Dashboard d) {
        return csv(timeline(d));
    }

    static String timelineCite(Dashboard d) {
        return CitePage.local(timeline(d).path());
    }

    static String mapData(Dashboard d) {
        return csv(map(d));
    }

    static String mapCite(Dashboard d) {
        return CitePage.local(map(d).path());
    }

    private static CitedView matrix(Dashboard d) {
        return CitedView.matrix(d.choice().asOf(), d.choice().minConfidence());
    }

    /** The timeline the dashboard draws: from the first date to the chosen date or today, whichever is later. */
    private static CitedView timeline(Dashboard d) {
        LocalDate to = d.choice().asOf().isAfter(d.today()) ? d.choice().asOf() : d.today();
        return CitedView.timeline(d.choice().scope(), d.scope().label(), d.choice().question(), d.question().label(),
                TimelineQuery.START, to, d.choice().minConfidence());
    }

    /** The map is the consensus of all States: every State's effective stance and coverage. */
    private static CitedView map(Dashboard d) {
        return CitedView.assessment(DashboardService.ALL_STATES, "all States", d.choice().question(), d.question().label(),
                d.choice().asOf(), d.choice().minConfidence());
    }

    private static String csv(CitedView view) {
        return view.apiPath() + "&format=csv";
    }
}
