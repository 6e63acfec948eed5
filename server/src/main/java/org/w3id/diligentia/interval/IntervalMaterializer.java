package org.w3id.diligentia.interval;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.infer.Materializer;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Prov;

/**
 * At load, after the inference rules, materializes into the inferred graph what every as-of answer
 * needs, once: {@code dil:PopulationInterval}s (who is counted in each scope, over time) and
 * {@code dil:StanceInterval}s (each State's effective stance and coverage on each question at each
 * confidence floor, over time). The consensus queries then look up the intervals that hold on a date
 * instead of recomputing the effective-stance rule (see {@link StanceTimeline} and
 * {@link Populations}). Reads its input with the {@code intervals-*} queries of {@code queries/}.
 */
public final class IntervalMaterializer implements Materializer {
    private static final Logger LOG = LoggerFactory.getLogger(IntervalMaterializer.class);
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMinutes(10), Integer.MAX_VALUE);
    private static final List<String> INPUTS = List.of("intervals-memberships", "intervals-readings",
            "intervals-documents", "intervals-floors", "questions");
    private static final Node WAS_DERIVED_FROM = Prov.WAS_DERIVED_FROM;

    private final QueryCatalog catalog;

    public IntervalMaterializer(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "stance and population intervals";
    }

    @Override
    public String fingerprint() {
        return INPUTS.stream().map(n -> catalog.get(n).map(CannedQuery::text).orElse("")).collect(Collectors.joining("\n"))
                + "\nintervals v1";
    }

    @Override
    public long materialize(DatasetGraph dataset, LocalQueryExecutor queries, LocalDate loadDate) {
        Graph inferred = dataset.getGraph(Ids.INFERRED_GRAPH);
        long before = inferred.size();
        List<Binding> memberships = rows(queries, "intervals-memberships");
        Populations populations = Populations.of(memberships);
        writePopulations(inferred, populations, provenance(memberships));

        Map<Node, Integer> floors = new LinkedHashMap<>();
        Map<Node, String> floorIds = new HashMap<>();
        for (Binding row : rows(queries, "intervals-floors")) {
            floors.put(Rows.node(row, "confidence"), Rows.integer(row, "rank"));
            floorIds.put(Rows.node(row, "confidence"), Rows.text(row, "id"));
        }
        Map<Node, String> questions = new LinkedHashMap<>();
        for (Binding row : rows(queries, "questions"))
            questions.putIfAbsent(Rows.node(row, "question"), Rows.text(row, "id"));

        Inputs in = Inputs.read(rows(queries, "intervals-readings"), rows(queries, "intervals-documents"));
        Set<Node> states = populations.byScope().getOrDefault(Ids.id("scope", "all-states"), Map.of()).keySet();
        long timelines = 0;
        long intervals = 0;
        for (Node state : states)
            for (Map.Entry<Node, String> q : questions.entrySet()) {
                Map<Node, List<StanceTimeline.Interval>> byFloor = new LinkedHashMap<>();
                for (Map.Entry<Node, Integer> floor : floors.entrySet())
                    byFloor.put(floor.getKey(), StanceTimeline.compute(in.candidates(state, q.getKey()),
                            in.silences(state, q.getKey()), in.documents(state), floor.getValue()));
                intervals += Timelines.write(inferred, state, q.getKey(), q.getValue(), byFloor, floorIds);
                timelines += byFloor.size();
            }
        LOG.info("  {} stance timelines ({} intervals) for {} States, {} questions, {} floors", timelines, intervals,
                states.size(), questions.size(), floors.size());
        return inferred.size() - before;
    }

    private List<Binding> rows(LocalQueryExecutor queries, String name) {
        CannedQuery q = catalog.get(name).orElseThrow(() -> new IllegalStateException("Missing canned query " + name));
        return queries.select(q.query(), BindingFactory.empty(), LIMITS).rows();
    }

    private static Map<List<Node>, Set<Node>> provenance(List<Binding> memberships) {
        Map<List<Node>, Set<Node>> from = new HashMap<>();
        for (Binding row : memberships) {
            Node membership = Rows.nodeOrNull(row, "membership");
            if (membership != null)
                from.computeIfAbsent(List.of(Rows.node(row, "scope"), Rows.node(row, "state")), k -> new LinkedHashSet<>()).add(membership);
        }
        return from;
    }

    private static void writePopulations(Graph g, Populations populations, Map<List<Node>, Set<Node>> from) {
        populations.byScope().forEach((scope, states) -> states.forEach((state, spans) -> {
            for (Span span : spans) {
                Node s = Ids.id("population-interval", key(scope) + "_" + last(state) + "_" + span.from());
                g.add(s, RDF.type.asNode(), DIL.PopulationInterval.asNode());
                g.add(s, DIL.scope.asNode(), scope);
                g.add(s, DIL.intervalState.asNode(), state);
                g.add(s, DIL.from.asNode(), date(span.from()));
                if (span.until() != null)
                    g.add(s, DIL.until.asNode(), date(span.until()));
                for (Node m : from.getOrDefault(List.of(scope, state), Set.of()))
                    g.add(s, WAS_DERIVED_FROM, m);
            }
        }));
    }

    static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    /** "org-AU", "scope-world", "group-WEOG": the kind and key of a scope's identifier. */
    private static String key(Node scope) {
        String rest = scope.getURI().substring(Ids.ID.length());
        return rest.replace('/', '-');
    }

    static String last(Node n) {
        String uri = n.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** The readings and documents of every State, grouped for the timelines. */
    private record Inputs(Map<List<Node>, List<StanceTimeline.Candidate>> candidates,
                          Map<List<Node>, List<StanceTimeline.Silence>> silences,
                          Map<Node, Map<Node, LocalDate>> documents) {

        static Inputs read(List<Binding> readings, List<Binding> documentRows) {
            Inputs in = new Inputs(new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (Binding row : readings) {
                List<Node> key = List.of(Rows.node(row, "state"), Rows.node(row, "question"));
                Node stance = Rows.nodeOrNull(row, "stance");
                if (stance != null)
                    in.candidates.computeIfAbsent(key, k -> new ArrayList<>()).add(new StanceTimeline.Candidate(
                            Rows.node(row, "reading"), stance, Rows.date(row, "date"), Rows.integer(row, "rank"), Rows.text(row, "key")));
                else
                    in.silences.computeIfAbsent(key, k -> new ArrayList<>()).add(new StanceTimeline.Silence(
                            Rows.node(row, "reading"), Rows.node(row, "instrument"), Rows.date(row, "date"), Rows.integer(row, "rank")));
            }
            for (Binding row : documentRows) {
                Map<Node, LocalDate> docs = in.documents.computeIfAbsent(Rows.node(row, "state"), k -> new HashMap<>());
                Node instrument = Rows.node(row, "instrument");
                LocalDate date = Rows.dateOrNull(row, "date");
                // One date per document for the State: the earliest it is known by (an own document's
                // date, or the date of a reading that reaches the State), undated only if never dated.
                docs.merge(instrument, date == null ? LocalDate.MAX : date, (a, b) -> a.isBefore(b) ? a : b);
            }
            in.documents.values().forEach(docs -> docs.replaceAll((i, d) -> d.equals(LocalDate.MAX) ? null : d));
            return in;
        }

        List<StanceTimeline.Candidate> candidates(Node state, Node question) {
            return candidates.getOrDefault(List.of(state, question), List.of());
        }

        List<StanceTimeline.Silence> silences(Node state, Node question) {
            return silences.getOrDefault(List.of(state, question), List.of());
        }

        Map<Node, LocalDate> documents(Node state) {
            return documents.getOrDefault(state, Map.of());
        }
    }
}
