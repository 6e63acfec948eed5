package org.w3id.diligentia.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.store.Table;

/**
 * Runs the integrity checks of {@code queries/} (SELECT queries tagged {@code check}, named
 * {@code *-violation.rq}): each row is a problem, described by its {@code ?focus} and {@code ?message}.
 */
final class CheckRunner {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CheckRunner.class);
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMinutes(5), 1000);

    static List<LoadProblem> run(List<CannedQuery> checks, LocalQueryExecutor queries) {
        List<LoadProblem> problems = new ArrayList<>();
        for (CannedQuery check : checks) {
            long start = System.nanoTime();
            Table table = queries.select(check.query(), BindingFactory.empty(), LIMITS);
            LOG.info("  check {}: {} rows in {} ms", check.name(), table.size(), (System.nanoTime() - start) / 1_000_000);
            for (Row row : table.readRows())
                problems.add(LoadProblem.check(check.name(), row.text("focus").orElse(""), row.text("message").orElse("")));
        }
        return problems;
    }

    private CheckRunner() {}
}
