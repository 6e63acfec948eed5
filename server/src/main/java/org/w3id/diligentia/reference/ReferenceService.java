package org.w3id.diligentia.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.query.Rows;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.vocab.Ids;

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
    public record StateProfile(Map<String, Object> state, LocalDate asOf, Confidence minConfidence, List<Map<String, Object>> stances,
                               List<Map<String, Object>> memberships, List<Map<String, Object>> documents) {}

    /** An organization, its members on a date, and its organs. */
    public record OrganizationProfile(Map<String, Object> organization, LocalDate asOf, List<Map<String, Object>> members,
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
        for (Map<String, Object> row : Rows.of(queries.select("questions", QueryArgs.none()).complete("questions"))) {
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
        return listing(queries.select("states", QueryArgs.none()), false);
    }

    public Listing organizations() {
        return listing(queries.select("organizations", QueryArgs.none()), true);
    }

    public Listing instruments(InstrumentsQuery q) {
        QueryArgs args = QueryArgs.none().with("org", q.organization().map(Identifiers.Organization::node).orElse(null))
                .with("kind", q.kind().map(k -> Ids.id("instrument-kind", k)).orElse(null)).with("binding", q.binding().orElse(null))
                .with("from", q.from().orElse(null)).with("to", q.to().orElse(null));
        return listing(queries.select("instruments", args), false);
    }

    public StateProfile state(StateQuery q) {
        Node state = q.state().node();
        Table stances = queries.select("state-stances", QueryArgs.none().with("state", state).with("asOf", q.asOf())
                .with("minConfidence", q.floor().node()));
        String code = q.state().iso3();
        Map<String, Object> facts = states().complete("states").stream().filter(s -> code.equals(s.get("iso3"))).findFirst()
                .orElseThrow(() -> new NotFoundException("Unknown State '" + code + "'."));
        List<Map<String, Object>> memberships = Rows.of(queries.select("state-memberships", QueryArgs.none().with("state", state))
                .complete("state-memberships"));
        return new StateProfile(facts, q.asOf(), q.floor(), Rows.of(stances.complete("state-stances")), memberships, documents(state));
    }

    /** The State's documents, each with the positions coded from it. */
    private List<Map<String, Object>> documents(Node state) {
        Table table = queries.select("state-documents", QueryArgs.none().with("state", state)).complete("state-documents");
        Map<String, Map<String, Object>> byInstrument = new LinkedHashMap<>();
        for (Row row : table.readRows()) {
            String instrument = row.text("instrument").orElse(null);
            Map<String, Object> doc = byInstrument.computeIfAbsent(instrument, k -> {
                Map<String, Object> d = texts(row, "instrument", "title", "kindId", "date", "ddCodingId", "confidenceId", "evidenceId", "source");
                d.put("positions", new ArrayList<Map<String, Object>>());
                return d;
            });
            if (row.text("position").isPresent()) {
                Map<String, Object> p = texts(row, "position", "questionId", "stanceId", "pinpoint", "summary");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> positions = (List<Map<String, Object>>) doc.get("positions");
                positions.add(p);
            }
        }
        return List.copyOf(byInstrument.values());
    }

    public OrganizationProfile organization(OrganizationQuery q) {
        Table members = queries.select("organization-members", QueryArgs.none().with("org", q.organization().node())
                .with("asOf", q.asOf()));
        String id = q.organization().id();
        List<Map<String, Object>> all = organizations().complete("organizations");
        Map<String, Object> facts = all.stream().filter(o -> id.equals(o.get("id"))).findFirst()
                .orElseThrow(() -> new NotFoundException("Unknown organization '" + id + "'."));
        Object uri = facts.get("organization");
        List<Map<String, Object>> organs = all.stream().filter(o -> uri.equals(o.get("parent"))).toList();
        return new OrganizationProfile(facts, q.asOf(), Rows.of(members.complete("organization-members")), organs);
    }

    /** The texts of the variables bound in {@code row}, by name. */
    private static Map<String, Object> texts(Row row, String... vars) {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String var : vars)
            row.text(var).ifPresent(t -> texts.put(var, t));
        return texts;
    }

    private static Listing listing(Table t, boolean distinctIds) {
        List<Map<String, Object>> items = Rows.of(t);
        return new Listing(distinctIds ? distinctBy(items, "id") : items, t.truncated());
    }

    private static List<Map<String, Object>> distinctBy(List<Map<String, Object>> rows, String key) {
        Map<Object, Map<String, Object>> seen = new LinkedHashMap<>();
        for (Map<String, Object> row : rows)
            seen.putIfAbsent(row.get(key), row);
        return List.copyOf(seen.values());
    }
}
