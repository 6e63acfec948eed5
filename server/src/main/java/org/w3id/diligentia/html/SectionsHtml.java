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

    static void write(Html h, Section section, Links links) {
        switch (section) {
            case Section.Memberships m -> memberships(h, m, links);
            case Section.Members m -> members(h, m, links);
            case Section.PositionsByQuestion p -> positionsByQuestion(h, p, links);
            case Section.Positions p -> positions(h, p, links);
            case Section.Consensus c -> consensus(h, c, links);
            case Section.Rule r -> rule(h, r, links);
            case Section.MembersCounted m -> membersCounted(h, m, links);
        }
    }

    private static void memberships(Html h, Section.Memberships m, Links links) {
        start(h, "Memberships over time", "memberships");
        if (m.rows().isEmpty()) {
            h.element("p", "No membership is recorded.", "class", "muted");
        } else {
            h.open("table", "class", "data");
            h.element("caption", "Each membership interval, with its status and its dates as recorded");
            header(h, "Organization", "Status", "From", "Until", "Record");
            h.open("tbody");
            for (Rows.Membership r : m.rows()) {
                h.open("tr");
                h.open("th", "scope", "row");
                h.link(links.href(r.organization()), or(r.organizationLabel(), links.label(r.organization())));
                h.close("th");
                cell(h, () -> links.link(h, r.status()));
                cell(h, () -> {
                    if (r.start().isEmpty() && r.startKnownNoLaterThan().isPresent()) {
                        h.text("by ");
                        Values.date(h, r.startKnownNoLaterThan());
                    } else {
                        Values.date(h, r.start());
                    }
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

    private static void members(Html h, Section.Members m, Links links) {
        start(h, "Members on " + m.asOf(), "members");
        long suspended = m.rows().stream().filter(Rows.Member::suspended).count();
        h.element("p", (m.rows().size() - suspended) + " active " + (m.rows().size() - suspended == 1 ? "member" : "members")
                + (suspended == 0 ? "" : " and " + suspended + " suspended") + " on " + m.asOf() + ".");
        if (!m.rows().isEmpty()) {
            h.open("table", "class", "data");
            h.element("caption", "Members on " + m.asOf() + ", and since when their membership has been in force");
            header(h, "State", "Status", "Since", "Until");
            h.open("tbody");
            for (Rows.Member r : m.rows()) {
                h.open("tr");
                h.open("th", "scope", "row");
                h.link(links.href(r.member()), or(r.label(), links.label(r.member())));
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
        start(h, "Positions on each question", "positions");
        for (Concept q : p.questions()) {
            List<Rows.Position> rows = p.rows().stream().filter(r -> r.question().equals(q.iri())).toList();
            String id = "q-" + q.notation();
            h.open("section", "aria-labelledby", id);
            h.open("h3", "id", id);
            h.link(links.href(q.iri()), q.label());
            h.close("h3");
            Optional<Rows.Effective> effective = p.effective().stream().filter(e -> e.subject().equals(q.iri())).findFirst();
            h.open("p");
            h.text("Effective stance on " + p.asOf() + ": ");
            if (effective.isPresent() && effective.get().stance().isPresent()) {
                Values.write(h, effective.get().stance().get(), links);
                via(h, effective.get(), links);
            } else {
                h.text("none (no position counts on this date).");
            }
            h.close("p");
            if (rows.isEmpty())
                h.element("p", "No position of its own is recorded on this question.", "class", "muted");
            else
                positionTable(h, rows, links, "Positions of its own on " + q.label(), false);
            h.close("section");
        }
        h.close("section");
    }

    /** ", from its own position of DATE" or ", through the collective position of ORG of DATE", linked. */
    private static void via(Html h, Rows.Effective e, Links links) {
        h.text(e.via().equals("collective") ? ", through " : ", from ");
        if (e.position().isPresent())
            h.link(links.href(e.position().get()), e.via().equals("collective") ? "the collective position" : "its own position");
        else
            h.text("a position");
        if (e.via().equals("collective") && e.organization().isPresent()) {
            h.text(" of ");
            h.link(links.href(e.organization().get()), or(e.organizationLabel(), links.label(e.organization().get())));
        }
        e.date().ifPresent(d -> h.text(" of " + d));
        h.text(".");
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
                h.link(links.href(r.holder()), or(r.holderLabel(), links.label(r.holder())));
                h.close("th");
                cell(h, () -> h.link(links.href(r.question()), or(r.questionLabel(), links.label(r.question()))));
                cell(h, () -> Values.write(h, r.stance(), links));
            } else {
                h.open("th", "scope", "row");
                Values.write(h, r.stance(), links);
                h.close("th");
            }
            cell(h, () -> Values.date(h, r.date()));
            cell(h, () -> h.link(links.href(r.instrument()), or(r.instrumentTitle(), links.label(r.instrument()))));
            cell(h, () -> {
                if (r.source().isPresent() && r.source().get().isURI())
                    h.link(r.source().get().getURI(), host(r.source().get().getURI()));
                else
                    h.element("span", "none", "class", "muted");
            });
            cell(h, () -> r.evidence().ifPresent(e -> h.link(links.href(e), or(r.evidenceLabel(), links.label(e)))));
            cell(h, () -> r.confidence().ifPresent(c -> h.link(links.href(c), or(r.confidenceLabel(), links.label(c)))));
            cell(h, () -> h.link(links.href(r.position()), "position"));
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
    }

    private static void consensus(Html h, Section.Consensus c, Links links) {
        start(h, c.heading(), "consensus");
        if (c.rows().isEmpty()) {
            h.element("p", "No consensus assessment is recorded.", "class", "muted");
        } else {
            h.open("table", "class", "data");
            h.element("caption", c.caption());
            header(h, "Scope", "Question", "Level", "Members", "Affirming", "Rejecting", "Undecided", "No stance", "As of",
                    "Assessment in the graph");
            h.open("tbody");
            for (Rows.Assessment r : c.rows()) {
                h.open("tr");
                h.open("th", "scope", "row");
                h.link(links.href(r.scope()), or(r.scopeLabel(), links.label(r.scope())));
                h.close("th");
                cell(h, () -> h.link(links.href(r.question()), or(r.questionLabel(), links.label(r.question()))));
                cell(h, () -> r.level().ifPresent(l -> Values.write(h, l, links)));
                for (Optional<Long> n : List.of(r.members(), r.affirming(), r.rejecting(), r.undecided(), r.noStance()))
                    cell(h, () -> h.text(n.map(String::valueOf).orElse("")), "num");
                cell(h, () -> h.text(r.asOf().orElse("")));
                cell(h, () -> r.assessment().ifPresent(a -> h.link(links.href(a), "assessment")));
                h.close("tr");
            }
            h.close("tbody");
            h.close("table");
        }
        if (!c.note().isEmpty())
            h.element("p", c.note(), "class", "muted");
        h.close("section");
    }

    private static void rule(Html h, Section.Rule r, Links links) {
        start(h, "The rule that matched", "rule");
        h.open("p");
        h.text("Level ");
        r.assessment().level().ifPresent(l -> Values.write(h, l, links));
        h.text(": the first rule, in rank order, whose every threshold holds (the thresholds are data in the ");
        h.link("/page/scheme/levels", "consensus levels");
        h.text(").");
        h.close("p");
        h.open("dl", "class", "identity");
        h.element("dt", "Rule");
        h.open("dd").element("code", r.thresholds()).close("dd");
        h.element("dt", "Figures");
        h.open("dd").element("code", r.figures()).close("dd");
        h.close("dl");
        h.close("section");
    }

    private static void membersCounted(Html h, Section.MembersCounted m, Links links) {
        start(h, "Members counted", "members-counted");
        h.element("p", m.rows().size() + " active members on " + m.asOf()
                + ", each with the effective stance that counted and the position it comes from.");
        h.open("table", "class", "data");
        h.element("caption", "The active members on " + m.asOf() + " and their effective stances");
        header(h, "State", "Effective stance", "From", "Position", "Date");
        h.open("tbody");
        for (Rows.Effective e : m.rows()) {
            h.open("tr");
            h.open("th", "scope", "row");
            h.link(links.href(e.subject()), or(e.subjectLabel(), links.label(e.subject())));
            h.close("th");
            cell(h, () -> e.stance().ifPresentOrElse(s -> Values.write(h, s, links),
                    () -> h.element("span", "no stance", "class", "muted")));
            cell(h, () -> {
                if (e.via().equals("collective") && e.organization().isPresent()) {
                    h.text("collective position of ");
                    h.link(links.href(e.organization().get()), or(e.organizationLabel(), links.label(e.organization().get())));
                } else if (!e.via().isEmpty()) {
                    h.text(e.via() + " position");
                }
            });
            cell(h, () -> e.position().ifPresent(p -> h.link(links.href(p), "position")));
            cell(h, () -> h.text(e.date().orElse("")));
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
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

    private static String or(String label, String fallback) {
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
