package org.w3id.diligentia.changes;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.consensus.AnswerSteps;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.QueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Row;

/**
 * What a change report compares of one version of the data: every reading with its curated fields
 * ({@code queries/changes-readings.rq}: each property and its values, as written in the sources) and
 * every consensus answer as a step function ({@link AnswerSteps}). Read from a store before a load
 * replaces it, and from the new dataset inside the load's write transaction, with the same queries.
 */
public record Snapshot(Map<String, Reading> readings, Map<String, String> scopeIris, Map<AnswerSteps.Key, List<AnswerSteps.Step>> answers) {
    /** Reading everything: far more rows than an API answer may have. */
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMinutes(5), Integer.MAX_VALUE);
    private static final Logger LOG = LoggerFactory.getLogger(Snapshot.class);
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    /** A snapshot of nothing: what a first load is compared with. */
    public static final Snapshot NONE = new Snapshot(Map.of(), Map.of(), Map.of());

    /** One reading: its label and, per property IRI, its values (in N-Triples form, so they compare exactly). */
    public record Reading(String label, Map<String, Set<String>> fields) {}

    /** Reads the snapshot of the data {@code executor} queries; {@code version} names it for caches. */
    public static Snapshot read(QueryCatalog catalog, QueryExecutor executor, String version) {
        return read(catalog, executor, version, AnswerSteps::read);
    }

    /**
     * Reads the snapshot as {@link #read(QueryCatalog, QueryExecutor, String)} does, with the consensus
     * answers from {@code answers} (a load passes those of the index it has already read).
     */
    public static Snapshot read(QueryCatalog catalog, QueryExecutor executor, String version,
                                Function<CannedQueries, Map<AnswerSteps.Key, List<AnswerSteps.Step>>> answers) {
        Identifiers ids = new Identifiers(executor, () -> "changes@" + version, catalog);
        CannedQueries queries = new CannedQueries(catalog, executor, ids, LIMITS, Clock.systemUTC());
        long start = System.nanoTime();
        Map<String, Map<String, Set<String>>> fields = new TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Row row : queries.select("changes-readings", QueryArgs.none(), LIMITS).complete("changes-readings").readRows()) {
            String reading = row.uri("reading").orElseThrow();
            String field = row.uri("field").orElseThrow();
            Node value = row.required("value");
            fields.computeIfAbsent(reading, r -> new TreeMap<>()).computeIfAbsent(field, f -> new TreeSet<>()).add(FmtUtils.stringForNode(value));
            if (field.equals(LABEL) && value.isLiteral())
                labels.merge(reading, value.getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<String, Reading> readings = new TreeMap<>();
        fields.forEach((reading, f) -> readings.put(reading, new Reading(labels.getOrDefault(reading, ""), f)));
        Map<String, String> scopeIris = new TreeMap<>();
        for (Identifiers.Scope s : ids.scopeList())
            scopeIris.put(s.id(), s.node().getURI());
        long read = System.nanoTime();
        Map<AnswerSteps.Key, List<AnswerSteps.Step>> steps = answers.apply(queries);
        LOG.info("Snapshot of version {}: {} readings in {} ms, {} consensus answers in {} ms", version, readings.size(),
                (read - start) / 1_000_000, steps.size(), (System.nanoTime() - read) / 1_000_000);
        return new Snapshot(readings, scopeIris, steps);
    }
}
