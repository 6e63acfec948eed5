package org.w3id.diligentia.cite;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.Row;

/**
 * Citations of consensus answers: a {@link CitedView} pinned to the version the store holds (what
 * every API answer offers), or to a version named by a permalink, which must be one the store holds
 * or has held (its history, {@code queries/dataset-versions.rq}); the history is read once per
 * version of the store. Knows nothing of HTTP.
 */
public final class CitationService {
    /** What a version hash can look like; anything else is named in the 404 without being looked up. */
    private static final Pattern HASH = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final CannedQueries queries;
    private final Supplier<String> version;
    private final String base;
    private final Clock clock;
    private volatile History history;

    private record History(String current, Map<String, Instant> issued) {}

    /** {@code base} is the canonical base of identifiers, ending in '/'. */
    public CitationService(CannedQueries queries, Supplier<String> version, String base, Clock clock) {
        this.queries = queries;
        this.version = version;
        this.base = base;
        this.clock = clock;
        queries.require("dataset-versions");
    }

    /** {@code view} as computed from the version the store holds. */
    public Citation current(CitedView view) {
        History h = history();
        return citation(view, h, h.current());
    }

    /**
     * {@code view} pinned to {@code hash}.
     *
     * @throws NotFoundException naming {@code hash} if the store never held such a version
     */
    public Citation pinned(String hash, CitedView view) {
        History h = history();
        if (!HASH.matcher(hash).matches() || !h.issued().containsKey(hash))
            throw new NotFoundException("Unknown dataset version '" + hash + "': this store has held " + h.issued().size()
                    + " version(s), the current one is " + h.current() + " (see /dataset for the list). The same view at the current "
                    + "version: /cite/" + h.current() + "/" + view.path());
        return citation(view, h, hash);
    }

    /** Today by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Citation citation(CitedView view, History h, String hash) {
        Instant issued = h.issued().get(hash);
        return new Citation(view, base, hash, issued, h.current(), h.issued().get(h.current()), today());
    }

    private History history() {
        String current = version.get();
        History h = history;
        if (h != null && h.current().equals(current))
            return h;
        Map<String, Instant> issued = new LinkedHashMap<>();
        for (Row r : queries.select("dataset-versions", QueryArgs.none()).complete("the dataset's versions").readRows())
            issued.put(r.text("hash").orElseThrow(), Instant.parse(r.text("issued").orElseThrow()));
        // A store loaded before versions were recorded still has a current version, of its load date.
        issued.putIfAbsent(current, Instant.EPOCH);
        history = h = new History(current, Map.copyOf(issued));
        return h;
    }
}
