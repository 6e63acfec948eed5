package org.w3id.diligentia.html;

import java.util.List;
import java.util.Map;

import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.ParamSpec;

/**
 * {@code /query}: the YASGUI SPARQL editor, pointed at {@code /sparql}, with the canned queries of
 * {@code queries/} as examples. Everything is served by this server (YASGUI is bundled in the jar).
 * The examples are part of the page, so they read without JavaScript; the script adds buttons that
 * open each one in the editor.
 */
public final class QueryEditorPage {
    /** Tags in the order their queries are listed, with a heading for each. */
    private static final Map<String, String> GROUPS = Map.of(
            CannedQuery.API, "Queries of the HTTP API",
            "linked-data", "Queries behind the linked-data pages",
            CannedQuery.INFERENCE, "Inference rules run at load",
            CannedQuery.INTERVALS, "What the stance and population intervals are computed from, at load",
            CannedQuery.CHECK, "Integrity checks run at load");
    private static final List<String> ORDER = List.of(CannedQuery.API, "linked-data", CannedQuery.INFERENCE, CannedQuery.INTERVALS,
            CannedQuery.CHECK);

    private QueryEditorPage() {}

    public static String render(List<CannedQuery> queries) {
        return Layout.page("Query editor", "/query", List.of(), List.of("/assets/yasgui/yasgui.min.css"),
                List.of("/assets/yasgui/yasgui.min.js", "/assets/query-editor.js"), h -> {
                    h.element("h1", "Query editor");
                    h.open("p", "class", "lead");
                    h.text("Write SPARQL 1.1 queries against the knowledge graph. They run at the endpoint ");
                    h.element("code", "/sparql");
                    h.text(", which any SPARQL client can use too: the default graph is the union of every graph "
                            + "(ontology, data and inferences), queries only (no updates), with a time limit.");
                    h.close("p");
                    h.open("div", "id", "yasgui", "data-endpoint", "/sparql");
                    h.element("p", "The editor needs JavaScript. Without it, send the queries below to /sparql "
                            + "with any SPARQL client (curl, SPARQLWrapper, rdflib, Jena).", "class", "muted");
                    h.close("div");
                    examples(h, queries);
                });
    }

    private static void examples(Html h, List<CannedQuery> queries) {
        h.open("section", "aria-labelledby", "examples");
        h.element("h2", "Example queries", "id", "examples");
        h.element("p", "The canned queries of the service. Parameters are ordinary variables: left free, they "
                + "match anything; to fix one, add a VALUES clause or replace the variable with a value.");
        for (String tag : ORDER) {
            List<CannedQuery> group = queries.stream().filter(q -> q.hasTag(tag)).toList();
            if (group.isEmpty())
                continue;
            h.open("section", "aria-labelledby", "group-" + tag);
            h.element("h3", GROUPS.get(tag), "id", "group-" + tag);
            for (CannedQuery q : group)
                example(h, q);
            h.close("section");
        }
        h.close("section");
    }

    private static void example(Html h, CannedQuery q) {
        String id = "example-" + q.name();
        h.open("details", "class", "example");
        h.open("summary");
        h.element("code", q.name());
        h.text(": " + q.summary());
        h.close("summary");
        if (!q.description().isBlank())
            h.element("p", q.description());
        if (!q.params().isEmpty()) {
            h.open("ul", "class", "params");
            for (ParamSpec p : q.params()) {
                h.open("li");
                h.element("code", "?" + p.name());
                h.text(" (" + p.type() + (p.required() ? "" : ", optional") + "): " + p.description());
                h.close("li");
            }
            h.close("ul");
        }
        h.element("button", "Open in the editor", "type", "button", "class", "open-example", "data-example", id,
                "data-name", q.name(), "hidden", "");
        h.open("pre").element("code", q.text(), "id", id).close("pre");
        h.close("details");
    }
}
