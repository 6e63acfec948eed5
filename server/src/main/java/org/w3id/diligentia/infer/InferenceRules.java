package org.w3id.diligentia.infer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.vocab.Ids;

/**
 * Runs the inference rules of {@code queries/} (CONSTRUCT queries tagged {@code inference}) in
 * name order, adding what each constructs to the inferred graph, so later rules and every query see
 * it: subclass types, inverse properties, effective dates of partial dates, collective positions.
 */
public final class InferenceRules implements Materializer {
    private static final Logger LOG = LoggerFactory.getLogger(InferenceRules.class);
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMinutes(10), Integer.MAX_VALUE);

    private final List<CannedQuery> rules;

    public InferenceRules(QueryCatalog catalog) {
        this.rules = catalog.tagged(CannedQuery.INFERENCE).toList();
        for (CannedQuery rule : rules)
            if (!rule.query().isConstructType())
                throw new IllegalArgumentException("Inference rule " + rule.name() + " must be a CONSTRUCT query");
    }

    @Override
    public String name() {
        return "inference rules";
    }

    @Override
    public String fingerprint() {
        return rules.stream().map(CannedQuery::text).collect(Collectors.joining("\n"));
    }

    @Override
    public long materialize(DatasetGraph dataset, LocalQueryExecutor queries, LocalDate loadDate) {
        Graph inferred = dataset.getGraph(Ids.INFERRED_GRAPH);
        long before = inferred.size();
        for (CannedQuery rule : rules) {
            long start = System.nanoTime();
            Graph result = queries.construct(rule.query(), BindingFactory.empty(), LIMITS);
            long size = inferred.size();
            result.find().forEachRemaining(inferred::add);
            LOG.info("  rule {}: {} new triples in {} ms", rule.name(), inferred.size() - size,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return inferred.size() - before;
    }
}
