package org.w3id.diligentia.query;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.diligentia.store.QueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Table;

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

    private record Snapshot(String version, Map<String, Question> questions, Map<String, Scope> scopes,
                            Map<String, String> organizations, Map<String, String> states, Set<String> instrumentKinds) {}

    private final QueryExecutor store;
    private final Supplier<String> version;
    private final QueryCatalog catalog;
    private volatile Snapshot snapshot;

    public Identifiers(QueryExecutor store, Supplier<String> version, QueryCatalog catalog) {
        this.store = store;
        this.version = version;
        this.catalog = catalog;
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

    /** The name of an organization, by id. */
    public String organizationName(String id) {
        return current().organizations().get(id);
    }

    public Set<String> states() {
        return current().states().keySet();
    }

    /** The English name of a State, by ISO3 code. */
    public String stateName(String iso3) {
        return current().states().get(iso3);
    }

    public Set<String> instrumentKinds() {
        return current().instrumentKinds();
    }

    private Snapshot current() {
        String v = version.get();
        Snapshot s = snapshot;
        if (s == null || !s.version().equals(v)) {
            s = load(v);
            snapshot = s;
        }
        return s;
    }

    private Snapshot load(String v) {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (Binding row : run("questions").rows()) {
            String id = text(row, "id");
            questions.putIfAbsent(id, new Question(id, Table.get(row, "question").orElseThrow(), text(row, "label")));
        }
        Map<String, Scope> scopes = new LinkedHashMap<>();
        for (Binding row : run("scopes").rows()) {
            String id = text(row, "id");
            scopes.putIfAbsent(id, new Scope(id, Table.get(row, "scope").orElseThrow(), text(row, "label")));
        }
        Map<String, String> organizations = new LinkedHashMap<>();
        for (Binding row : run("organizations").rows())
            organizations.putIfAbsent(text(row, "id"), text(row, "name"));
        Map<String, String> states = new LinkedHashMap<>();
        for (Binding row : run("states").rows())
            states.putIfAbsent(text(row, "iso3"), text(row, "name"));
        Set<String> kinds = new TreeSet<>();
        for (Binding row : run("instrument-kinds").rows())
            kinds.add(text(row, "id"));
        return new Snapshot(v, questions, scopes, organizations, states, kinds);
    }

    private Table run(String name) {
        CannedQuery q = catalog.get(name).orElseThrow(() -> new IllegalStateException("Missing canned query " + name));
        return store.select(q.query(), BindingFactory.empty(), LIMITS);
    }

    private static String text(Binding row, String var) {
        return Table.get(row, var).map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).orElse("");
    }
}
