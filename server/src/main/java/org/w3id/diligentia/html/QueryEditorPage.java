package org.w3id.diligentia.html;

import java.util.List;
import java.util.Map;

import org.w3id.diligentia.query.CannedQuery;

/**
 * {@code /query} ({@code queryEditor.jte}): the YASGUI SPARQL editor, pointed at {@code /sparql}, with
 * the canned queries of {@code queries/} as examples. Everything is served by this server (YASGUI is
 * bundled in the jar). The examples are part of the page, so they read without JavaScript; the script
 * adds buttons that open each one in the editor.
 */
public final class QueryEditorPage {
    /** Tags in the order their queries are listed, with a heading for each. */
    private static final Map<String, String> GROUPS = Map.of(
            CannedQuery.API, "Queries of the HTTP API",
            "linked-data", "Queries behind the linked-data pages",
            CannedQuery.INFERENCE, "Inference rules run at load",
            CannedQuery.INTERVALS, "What the stance and population intervals are computed from, at load",
            CannedQuery.INDEX, "What the consensus API's in-memory index of the intervals is read from",
            CannedQuery.CHECK, "Integrity checks run at load",
            CannedQuery.DATASET, "The dataset description (VoID) and the version history",
            CannedQuery.DUMP, "The tables and quads of the downloads",
            CannedQuery.CHANGES, "What a version changed: compared at load, read back for /api/changes");
    private static final List<String> ORDER = List.of(CannedQuery.API, "linked-data", CannedQuery.INFERENCE, CannedQuery.INTERVALS,
            CannedQuery.INDEX, CannedQuery.CHECK, CannedQuery.DATASET, CannedQuery.DUMP, CannedQuery.CHANGES);

    private QueryEditorPage() {}

    /** The queries with one tag, under a heading; {@code id} is the tag. */
    record Group(String id, String heading, List<CannedQuery> queries) {}

    /** What {@code queryEditor.jte} shows: the groups that have queries, in order. */
    record View(Layout.Page page, List<Group> groups) {}

    public static String render(List<CannedQuery> queries) {
        List<Group> groups = ORDER.stream()
                .map(tag -> new Group(tag, GROUPS.get(tag), queries.stream().filter(q -> q.hasTag(tag)).toList()))
                .filter(g -> !g.queries().isEmpty()).toList();
        return Templates.render("queryEditor.jte", new View(new Layout.Page("Query editor", "/query", List.of(),
                List.of("/assets/yasgui/yasgui.min.css"), List.of("/assets/yasgui/yasgui.min.js", "/assets/query-editor.js")), groups));
    }
}
