package org.w3id.diligentia.consensus;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.QueryLimits;

/**
 * The services the materializers of one load compute with, over its write transaction: the canned
 * queries with the load date as "today", and one consensus service, so that the consensus and the
 * custom assessments read the intervals into one index, once per load. Attached to the load's executor
 * (one per load), not held in a map of its own: the services hold their executor, so a map keyed by
 * it, even weakly, would keep every load's dataset alive.
 */
public record LoadingServices(Identifiers identifiers, CannedQueries queries, ConsensusService consensus) {
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMinutes(5), 1_000_000);

    /** The services of the load that {@code executor} reads, made on first use. */
    public static LoadingServices of(QueryCatalog catalog, LocalQueryExecutor executor, LocalDate loadDate) {
        return executor.attached(LoadingServices.class, e -> {
            Clock clock = Clock.fixed(loadDate.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
            Identifiers ids = new Identifiers(e, () -> "loading", catalog);
            CannedQueries queries = new CannedQueries(catalog, e, ids, LIMITS, clock);
            return new LoadingServices(ids, queries, new ConsensusService(queries, () -> "loading"));
        });
    }
}
