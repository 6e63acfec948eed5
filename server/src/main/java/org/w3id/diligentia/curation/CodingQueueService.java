package org.w3id.diligentia.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.Row;

/**
 * The coding queue: the canned query {@code coding-queue} (which analysts can run as it is) read into
 * {@link QueueEntry} records, in its order (answers its coding could change, descending; then title).
 * The whole figure is computed by the query, in one pass over the store. Knows nothing of HTTP.
 */
public final class CodingQueueService {
    private final CannedQueries queries;

    public CodingQueueService(CannedQueries queries) {
        this.queries = queries;
    }

    /** Today, as the canned queries count it. */
    public LocalDate today() {
        return queries.today();
    }

    /** The queue as of {@code asOf}: the scopes' members counted on that date. */
    public CodingQueue queue(LocalDate asOf) {
        List<String> order = new ArrayList<>(queries.identifiers().questions());
        List<QueueEntry> entries = queries.select("coding-queue", QueryArgs.none().with("asOf", asOf)).complete("coding-queue")
                .readRows().stream().map(row -> entry(row, order)).toList();
        return new CodingQueue(asOf, entries);
    }

    /** The row as an entry, its unread questions in the order of {@code questions} (the questions' display order). */
    private static QueueEntry entry(Row row, List<String> questions) {
        return new QueueEntry(row.required("instrument").getURI(), row.text("title").orElse(""), row.text("adoptedBy").orElse(null),
                row.text("adoptedByLabel").orElse(null), row.text("date").orElse(null), row.text("source").orElse(null),
                words(row.text("readVia").orElse("")), words(row.text("unreadQuestions").orElse("")).stream()
                        .sorted(Comparator.comparingInt(questions::indexOf)).toList(), row.count("statesReached"),
                row.count("scopesReached"), row.count("answers"));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
