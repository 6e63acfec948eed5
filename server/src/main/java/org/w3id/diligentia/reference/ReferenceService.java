package org.w3id.diligentia.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Rows;
import org.w3id.diligentia.store.Table;

/**
 * The reference data behind the API: questions, States, organizations and instruments, each read
 * with canned queries and validated parameters. Knows nothing of HTTP.
 */
public final class ReferenceService {
    private final CannedQueries queries;

    public ReferenceService(CannedQueries queries) {
        this.queries = queries;
    }

    /** A profile of a State: its facts, memberships over time, documents and effective stances on a date. */
    public record StateProfile(Map<String, Object> state, String asOf, String minConfidence, List<Map<String, Object>> stances,
                               List<Map<String, Object>> memberships, List<Map<String, Object>> documents) {}

    /** An organization, its members on a date, and its organs. */
    public record OrganizationProfile(Map<String, Object> organization, String asOf, List<Map<String, Object>> members,
                                      List<Map<String, Object>> organs) {}

    /** The row cap of list answers. */
    public int rowCap() {
        return queries.limits().maxRows();
    }

    /** A list answer: its items, and whether the row cap cut it (the client is told). */
    public record Listing(List<Map<String, Object>> items, boolean truncated) {
        /** All the items, for a computation that needs all of them: a cut listing is refused (see {@link Table#complete}). */
        public List<Map<String, Object>> complete(String what) {
            if (truncated)
                throw Table.cut(items.size(), what);
            return items;
        }
    }

    /** The questions in display order; "about" lists every norm or obligation a question is about. */
    public List<Map<String, Object>> questions() {
        Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> row : Rows.of(queries.select("questions", Map.of()).table().complete("questions"))) {
            Map<String, Object> q = byId.computeIfAbsent(row.get("id"), k -> {
                Map<String, Object> m = new LinkedHashMap<>(row);
                m.remove("aboutLabel");
                m.put("about", new ArrayList<Map<String, Object>>());
                return m;
            });
            if (row.containsKey("about")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> about = (List<Map<String, Object>>) q.get("about");
                about.add(Map.of("norm", row.get("about"), "label", row.getOrDefault("aboutLabel", "")));
            }
        }
        return List.copyOf(byId.values());
    }

    public Listing states() {
        Table t = queries.select("states", Map.of()).table();
        return new Listing(Rows.of(t), t.truncated());
    }

    public Listing organizations() {
        Table t = queries.select("organizations", Map.of()).table();
        return new Listing(distinctBy(Rows.of(t), "id"), t.truncated());
    }

    public Table instruments(Map<String, List<String>> params) {
        return queries.select("instruments", params).table();
    }

    public StateProfile state(String iso3, String asOf, String minConfidence) {
        CannedQueries.Result stances = queries.select("state-stances",
                CannedQueries.params("state", iso3, "asOf", asOf, "minConfidence", minConfidence));
        String code = stances.query().values().get("state");
        Map<String, Object> facts = states().complete("states").stream().filter(s -> code.equals(s.get("iso3"))).findFirst()
                .orElseThrow(() -> new NotFoundException("Unknown State '" + iso3 + "'."));
        List<Map<String, Object>> memberships = Rows.of(queries.select("state-memberships", CannedQueries.params("state", code))
                .table().complete("state-memberships"));
        return new StateProfile(facts, stances.query().values().get("asOf"), stances.query().values().get("minConfidence"),
                Rows.of(stances.table().complete("state-stances")), memberships, documents(code));
    }

    /** The State's documents, each with the positions coded from it. */
    private List<Map<String, Object>> documents(String iso3) {
        Table table = queries.select("state-documents", CannedQueries.params("state", iso3)).table().complete("state-documents");
        Map<String, Map<String, Object>> byInstrument = new LinkedHashMap<>();
        for (Binding row : table.rows()) {
            String instrument = Rows.text(row, "instrument");
            Map<String, Object> doc = byInstrument.computeIfAbsent(instrument, k -> {
                Map<String, Object> d = new LinkedHashMap<>();
                for (String var : List.of("instrument", "title", "kindId", "date", "ddCodingId", "confidenceId", "evidenceId", "source"))
                    if (Rows.text(row, var) != null)
                        d.put(var, Rows.text(row, var));
                d.put("positions", new ArrayList<Map<String, Object>>());
                return d;
            });
            if (Rows.text(row, "position") != null) {
                Map<String, Object> p = new LinkedHashMap<>();
                for (String var : List.of("position", "questionId", "stanceId", "pinpoint", "summary"))
                    if (Rows.text(row, var) != null)
                        p.put(var, Rows.text(row, var));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> positions = (List<Map<String, Object>>) doc.get("positions");
                positions.add(p);
            }
        }
        return List.copyOf(byInstrument.values());
    }

    public OrganizationProfile organization(String id, String asOf) {
        CannedQueries.Result members = queries.select("organization-members", CannedQueries.params("org", id, "asOf", asOf));
        List<Map<String, Object>> all = organizations().complete("organizations");
        Map<String, Object> facts = all.stream().filter(o -> id.equals(o.get("id"))).findFirst()
                .orElseThrow(() -> new NotFoundException("Unknown organization '" + id + "'."));
        Object uri = facts.get("organization");
        List<Map<String, Object>> organs = all.stream().filter(o -> uri.equals(o.get("parent"))).toList();
        return new OrganizationProfile(facts, members.query().values().get("asOf"),
                Rows.of(members.table().complete("organization-members")), organs);
    }

    private static List<Map<String, Object>> distinctBy(List<Map<String, Object>> rows, String key) {
        Map<Object, Map<String, Object>> seen = new LinkedHashMap<>();
        for (Map<String, Object> row : rows)
            seen.putIfAbsent(row.get(key), row);
        return List.copyOf(seen.values());
    }
}
