package org.w3id.diligentia.query;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.diligentia.store.QueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.vocab.Ids;

/**
 * The identifiers that exist in the loaded dataset (questions, scopes, organizations, States,
 * instrument kinds), read with canned queries and kept until the dataset version changes. Parameter
 * validation uses them to tell an unknown identifier (404) from a known one.
 */
public final class Identifiers {
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(30), 100_000);

    /** A scope that consensus can be assessed over. */
    public record Scope(String id, Node node, String label) {}

    /** A question, in display order. */
    public record Question(String id, Node node, String label) {}

    /** A State, by its ISO 3166-1 alpha-3 code. */
    public record State(String iso3, Node node, String name) {}

    /** An organization (or one of its organs), by its id. */
    public record Organization(String id, Node node, String name) {}

    private record Snapshot(Map<String, Question> questions, Map<String, Scope> scopes,
                            Map<String, Organization> organizations, Map<String, State> states, Set<String> instrumentKinds) {}

    private final QueryExecutor store;
    private final QueryCatalog catalog;
    private final AnswerCache cache;

    public Identifiers(QueryExecutor store, Supplier<String> version, QueryCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
        this.cache = new AnswerCache(version, 1);
    }

    public Set<String> questions() {
        return current().questions().keySet();
    }

    /** Questions in display order. */
    public Iterable<Question> questionList() {
        return current().questions().values();
    }

    public Question question(String id) {
        return current().questions().get(id);
    }

    public Set<String> scopes() {
        return current().scopes().keySet();
    }

    public Iterable<Scope> scopeList() {
        return current().scopes().values();
    }

    public Scope scope(String id) {
        return current().scopes().get(id);
    }

    /** The node of a known scope id (world, all-states or an organization). */
    public Node scopeNode(String id) {
        return current().scopes().get(id).node();
    }

    public Set<String> organizations() {
        return current().organizations().keySet();
    }

    /** The organization {@code id}, or null. */
    public Organization organization(String id) {
        return current().organizations().get(id);
    }

    /** The name of an organization, by id; null for an unknown one. */
    public String organizationName(String id) {
        Organization o = organization(id);
        return o == null ? null : o.name();
    }

    public Set<String> states() {
        return current().states().keySet();
    }

    /** The State {@code iso3}, or null. */
    public State state(String iso3) {
        return current().states().get(iso3);
    }

    /** The English name of a State, by ISO3 code; null for an unknown one. */
    public String stateName(String iso3) {
        State s = state(iso3);
        return s == null ? null : s.name();
    }

    public Set<String> instrumentKinds() {
        return current().instrumentKinds();
    }

    private Snapshot current() {
        return cache.get("identifiers", this::load);
    }

    private Snapshot load() {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (Row row : run("questions")) {
            String id = row.text("id").orElse("");
            questions.putIfAbsent(id, new Question(id, row.required("question"), row.text("label").orElse("")));
        }
        Map<String, Scope> scopes = new LinkedHashMap<>();
        for (Row row : run("scopes")) {
            String id = row.text("id").orElse("");
            scopes.putIfAbsent(id, new Scope(id, row.required("scope"), row.text("label").orElse("")));
        }
        Map<String, Organization> organizations = new LinkedHashMap<>();
        for (Row row : run("organizations")) {
            String id = row.text("id").orElse("");
            organizations.putIfAbsent(id, new Organization(id, Ids.org(id), row.text("name").orElse("")));
        }
        Map<String, State> states = new LinkedHashMap<>();
        for (Row row : run("states")) {
            String iso3 = row.text("iso3").orElse("");
            states.putIfAbsent(iso3, new State(iso3, Ids.state(iso3), row.text("name").orElse("")));
        }
        Set<String> kinds = new TreeSet<>();
        for (Row row : run("instrument-kinds"))
            kinds.add(row.text("id").orElse(""));
        return new Snapshot(questions, scopes, organizations, states, kinds);
    }

    /** The rows of a query without parameters (these run below {@link CannedQueries}, which parses with them). */
    private List<Row> run(String name) {
        CannedQuery q = catalog.get(name).orElseThrow(() -> new IllegalStateException("Missing canned query " + name));
        return store.select(q.query(), BindingFactory.empty(), LIMITS).readRows();
    }
}
