package org.w3id.diligentia.changes;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.query.AnswerCache;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.vocab.Ids;

/**
 * The change reports the loader recorded, read back from the meta graph with the canned queries
 * {@code changes-report}, {@code changes-report-positions} and {@code changes-report-answers} (so
 * over the embedded store and a remote one alike): the current version's, or that of an earlier
 * version in the history. Answers are cached per dataset version. Knows nothing of HTTP.
 */
public final class ChangeService {
    /** A report may list far more answer changes than an API answer has rows. */
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMinutes(1), 1_000_000);

    private final CannedQueries queries;
    private final Supplier<String> version;
    private final AnswerCache cache;

    public ChangeService(CannedQueries queries, Supplier<String> version) {
        this.queries = queries;
        this.version = version;
        this.cache = new AnswerCache(version, 20);
    }

    /** The version whose report {@link #report} gives for {@code requested}: it, or the current one. */
    public String versionOf(Optional<String> requested) {
        return requested.orElseGet(version);
    }

    /**
     * The change report of {@code requested} (a version hash), or of the current version.
     *
     * @throws NotFoundException if the store never held that version, or holds no report for it
     */
    public ChangeReport report(Optional<String> requested) {
        String hash = versionOf(requested);
        return cache.get("changes " + hash, () -> read(hash));
    }

    private ChangeReport read(String hash) {
        QueryArgs args = QueryArgs.none().with("version", Ids.version(hash));
        Table head = queries.select("changes-report", args, LIMITS).complete("changes-report");
        if (head.rows().isEmpty())
            throw new NotFoundException("Unknown version '" + hash + "': the store has never held it (the versions are listed at /dataset).");
        Row row = head.readRows().get(0);
        if (row.node("report").isEmpty())
            throw new NotFoundException("Version '" + hash + "' has no change report: it was loaded before change reports were recorded.");
        String previous = row.key("previous").orElse(null);
        return ChangeGraph.read(hash, previous, queries.select("changes-report-positions", args, LIMITS).complete("changes-report-positions"),
                queries.select("changes-report-answers", args, LIMITS).complete("changes-report-answers"));
    }
}
