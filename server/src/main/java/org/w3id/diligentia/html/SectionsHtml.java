package org.w3id.diligentia.html;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.w3id.diligentia.linkeddata.OntologyIndex.Concept;
import org.w3id.diligentia.linkeddata.Rows;
import org.w3id.diligentia.linkeddata.Section;

/** Writes the {@link Section}s of a resource page: tables with captions and header cells. */
final class SectionsHtml {
    private SectionsHtml() {}

    static void write(Html h, Section section, Links links, String pagePath) {
        switch (section) {
            case Section.Memberships m -> memberships(h, m, links);
            case Section.Members m -> members(h, m, links, pagePath);
            case Section.PositionsByQuestion p -> positionsByQuestion(h, p, links);
            case Section.Positions p -> positions(h, p, links);
            case Section.Consensus c -> consensus(h, c, links);
        }
    }

    private static void memberships(Html h, Section.Memberships m, Links links) {
        start(h, m.heading(), "memberships");
        if (m.rows().isEmpty()) {
            h.element("p", "No membership is recorded.");
        } else {
            h.open("table", "class", "data");
            h.element("caption", "Each membership interval, with its status and dates as recorded");
            header(h, "Organization", "Status", "From", "Until", "Record");
            h.open("tbody");
            for (Rows.Membership r : m.rows()) {
                h.open("tr");
                h.open("th", "scope", "row");
                h.link(links.href(r.organization()), nonEmpty(r.organizationLabel(), links.label(r.organization())));
                h.close("th");
                cell(h, () -> h.link(links.href(r.status()), nonEmpty(r.statusLabel(), links.label(r.status()))));
                cell(h, () -> {
                    if (r.start().isPresent())
                        Values.date(h, r.start());
                    else if (r.startKnownNoLaterThan().isPresent()) {
                        h.text("by ");
                        Values.date(h, r.startKnownNoLaterThan());
                    } else
                        Values.date(h, Optional.empty());
                });
                cell(h, () -> {
                    if (r.end().isPresent())
                        Values.date(h, r.end());
                    else
                        h.text("ongoing");
                });
                cell(h, () -> h.link(links.href(r.membership()), "membership"));
                h.close("tr");
            }
            h.close("tbody");
            h.close("table");
        }
        h.close("section");
    }

    private static void members(Html h, Section.Members m, Links links, String pagePath) {
        start(h, "Members on " + m.asOf(), "members");
        h.open("form", "method", "get", "action", pagePath, "class", "inline");
        h.element("label", "Members on the date", "for", "asOf");
        h.empty("input", "type", "date", "id", "asOf", "name", "asOf", "value", m.asOf().toString(), "required", "");
        h.element("button", "Show", "type", "submit");
        h.close("form");
        long active = m.rows().stream().filter(r -> !r.suspended()).count();
        h.element("p", m.rows().size() + (m.rows().size() == 1 ? " member" : " members") + " on " + m.asOf()
                + (active == m.rows().size() ? "." : ", of whom " + active + " active (the others suspended)."));
        if (!m.rows().isEmpty()) {
            h.open("table", "class", "data");
            h.element("caption", "Members on " + m.asOf() + ", with the date their current membership took effect");
            header(h, "State", "Status", "Member since", "Until");
            h.open("tbody");
            for (Rows.Member r : m.rows()) {
                h.open("tr");
                h.open("th", "scope", "row");
                h.link(links.href(r.member()), nonEmpty(r.label(), links.label(r.member())));
                h.close("th");
                cell(h, () -> h.text(r.suspended() ? "suspended" : "active"));
                cell(h, () -> Values.date(h, r.since()));
                cell(h, () -> {
                    if (r.until().isPresent())
                        Values.date(h, r.until());
                    else
                        h.text("ongoing");
                });
                h.close("tr");
            }
            h.close("tbody");
            h.close("table");
        }
        h.close("section");
    }

    private static void positionsByQuestion(Html h, Section.PositionsByQuestion p, Links links) {
        start(h, p.heading(), "positions");
        for (Concept q : p.questions()) {
            List<Rows.Position> rows = p.rows().stream().filter(r -> r.question().equals(q.iri())).toList();
            String id = "q-" + q.notation();
            h.open("section", "aria-labelledby", id);
            h.open("h3", "id", id);
            h.link(links.href(q.iri()), q.label());
            h.close("h3");
            if (rows.isEmpty())
                h.element("p", "No position recorded on this question.", "class", "muted");
            else
                positionTable(h, rows, links, "Positions on " + q.label(), false);
            h.close("section");
        }
        h.close("section");
    }

    private static void positions(Html h, Section.Positions p, Links links) {
        start(h, p.heading(), "positions");
        if (p.rows().isEmpty())
            h.element("p", "None recorded.", "class", "muted");
        else
            positionTable(h, p.rows(), links, p.caption(), true);
        h.close("section");
    }

    private static void positionTable(Html h, List<Rows.Position> rows, Links links, String caption, boolean withWho) {
        h.open("table", "class", "data");
        h.element("caption", caption);
        if (withWho)
            header(h, "Holder", "Question", "Stance", "Date", "Instrument", "Source", "Evidence", "Confidence", "Record");
        else
            header(h, "Stance", "Date", "Instrument", "Source", "Evidence", "Confidence", "Record");
        h.open("tbody");
        for (Rows.Position r : rows) {
            h.open("tr");
            if (withWho) {
                h.open("th", "scope", "row");
                h.link(links.href(r.holder()), nonEmpty(r.holderLabel(), links.label(r.holder())));
                h.close("th");
                cell(h, () -> h.link(links.href(r.question()), nonEmpty(r.questionLabel(), links.label(r.question()))));
                cell(h, () -> stance(h, r, links));
            } else {
                h.open("th", "scope", "row");
                stance(h, r, links);
                h.close("th");
            }
            cell(h, () -> Values.date(h, r.date()));
            cell(h, () -> h.link(links.href(r.instrument()), nonEmpty(r.instrumentTitle(), links.label(r.instrument()))));
            cell(h, () -> {
                if (r.source().isPresent() && r.source().get().isURI())
                    h.link(r.source().get().getURI(), host(r.source().get().getURI()));
                else
                    h.element("span", "none", "class", "muted");
            });
            cell(h, () -> r.evidence().ifPresentOrElse(e -> h.link(links.href(e), nonEmpty(r.evidenceLabel(), links.label(e))),
                    () -> h.text("")));
            cell(h, () -> r.confidence().ifPresentOrElse(c -> h.link(links.href(c), nonEmpty(r.confidenceLabel(), links.label(c))),
                    () -> h.text("")));
            cell(h, () -> h.link(links.href(r.position()), "position"));
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
    }

    private static void stance(Html h, Rows.Position r, Links links) {
        String key = r.stance().getURI().substring(r.stance().getURI().lastIndexOf('/') + 1);
        Values.badge(h, "stance", key.replaceAll("[^a-z0-9-]", ""), nonEmpty(r.stanceLabel(), links.label(r.stance())),
                links.href(r.stance()));
    }

    private static void consensus(Html h, Section.Consensus c, Links links) {
        start(h, c.heading(), "consensus");
        if (c.rows().isEmpty()) {
            h.element("p", "No consensus assessment is recorded yet.", "class", "muted");
        } else {
            h.open("table", "class", "data");
            h.element("caption", c.caption());
            header(h, "Scope", "Question", "Level", "Members", "Affirming", "Rejecting", "Undecided", "No stance", "As of", "Assessment");
            h.open("tbody");
            for (Rows.Assessment r : c.rows()) {
                h.open("tr");
                h.open("th", "scope", "row");
                h.link(links.href(r.scope()), nonEmpty(r.scopeLabel(), links.label(r.scope())));
                h.close("th");
                cell(h, () -> h.link(links.href(r.question()), nonEmpty(r.questionLabel(), links.label(r.question()))));
                cell(h, () -> r.level().ifPresentOrElse(l -> Values.badge(h, "level",
                        l.getURI().substring(l.getURI().lastIndexOf('/') + 1).replaceAll("[^a-z0-9-]", ""),
                        nonEmpty(r.levelLabel(), links.label(l)), links.href(l)), () -> h.text("")));
                for (Optional<Long> n : List.of(r.members(), r.affirming(), r.rejecting(), r.undecided(), r.noStance()))
                    cell(h, () -> h.text(n.map(String::valueOf).orElse("")), "num");
                cell(h, () -> h.text(r.asOf().orElse("")));
                cell(h, () -> r.assessment().ifPresentOrElse(a -> h.link(links.href(a), "assessment"), () -> h.text("")));
                h.close("tr");
            }
            h.close("tbody");
            h.close("table");
        }
        if (!c.note().isEmpty())
            h.element("p", c.note(), "class", "muted");
        h.close("section");
    }

    private static void start(Html h, String heading, String id) {
        h.open("section", "aria-labelledby", id);
        h.element("h2", heading, "id", id);
    }

    private static void header(Html h, String... columns) {
        h.open("thead").open("tr");
        for (String c : columns)
            h.element("th", c, "scope", "col");
        h.close("tr").close("thead");
    }

    private static void cell(Html h, Runnable content) {
        cell(h, content, null);
    }

    private static void cell(Html h, Runnable content, String cssClass) {
        h.open("td", "class", cssClass);
        content.run();
        h.close("td");
    }

    private static String nonEmpty(String label, String fallback) {
        return label == null || label.isBlank() ? fallback : label;
    }

    /** The host of a source URL, as the link text ("cyberlaw.ccdcoe.org"). */
    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
