package org.w3id.diligentia.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.w3id.diligentia.query.AnswerCache;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.vocab.Coverage;
import org.w3id.diligentia.vocab.Stance;

/**
 * States side by side: runs the canned queries {@code compare} (each State's stance or coverage class
 * on every question, and the reading behind it, from the stance intervals) and
 * {@code compare-collective} (the collective positions that reach each State) and {@code compare-unread}
 * (the documents behind an unread cell) with the States bound
 * as a list of IRIs, and arranges the rows per State and question. Requests arrive validated and
 * typed ({@link CompareQuery}); answers are cached per dataset version. Knows nothing of HTTP.
 */
public final class CompareService {
    private final CannedQueries queries;
    private final AnswerCache cache;

    public CompareService(CannedQueries queries, Supplier<String> version) {
        this.queries = queries;
        this.cache = new AnswerCache(version, 500);
        queries.require("compare", "compare-collective", "compare-unread");
    }

    /** Today by the service's clock, the default date. */
    public LocalDate today() {
        return queries.today();
    }

    /** The States of {@code q} side by side on every question. */
    public Comparison compare(CompareQuery q) {
        return cache.get(q, () -> {
            QueryArgs args = QueryArgs.none().with("actors", q.actors().stream().map(Identifiers.State::node).toList())
                    .with("asOf", q.asOf()).with("minConfidence", q.floor().node());
            List<Comparison.Question> questions = new ArrayList<>();
            for (Identifiers.Question question : queries.identifiers().questionList())
                questions.add(new Comparison.Question(question.id(), question.label()));
            // iso3 -> question -> cell
            Map<String, Map<String, Comparison.Cell>> cells = new LinkedHashMap<>();
            for (Row row : queries.select("compare", args).complete("compare").readRows()) {
                Map<String, Comparison.Cell> byQuestion = cells.computeIfAbsent(row.text("iso3").orElseThrow(), k -> new LinkedHashMap<>());
                String question = row.text("questionId").orElseThrow();
                Comparison.Cell cell = byQuestion.computeIfAbsent(question, k -> new Comparison.Cell(question,
                        row.text("coverage").flatMap(Coverage::byId).orElseThrow(),
                        row.node("effectiveStance").flatMap(Stance::of).orElse(null), new ArrayList<>(), new ArrayList<>()));
                reading(row).ifPresent(cell.readings()::add);
            }
            for (Row row : queries.select("compare-unread", args).complete("compare-unread").readRows()) {
                Comparison.Cell cell = cells.getOrDefault(row.text("iso3").orElseThrow(), Map.of()).get(row.text("questionId").orElseThrow());
                if (cell != null && cell.coverage() == Coverage.UNREAD)
                    cell.unreadDocuments().add(document(row));
            }
            Map<String, List<Comparison.CollectivePosition>> collective = new LinkedHashMap<>();
            for (Row row : queries.select("compare-collective", args).complete("compare-collective").readRows())
                collective.computeIfAbsent(row.text("iso3").orElseThrow(), k -> new ArrayList<>()).add(new Comparison.CollectivePosition(
                        row.key("organization").orElseThrow(), row.text("organizationName").orElse(null), row.text("questionId").orElseThrow(),
                        row.node("stance").flatMap(Stance::of).orElseThrow(), row.uri("position").orElseThrow(),
                        row.text("positionDate").orElse(null), document(row), row.key("confidence").orElse(null)));
            List<Comparison.Actor> actors = new ArrayList<>();
            for (Identifiers.State state : q.actors()) {
                Map<String, Comparison.Cell> byQuestion = cells.getOrDefault(state.iso3(), Map.of());
                List<Comparison.Cell> row = new ArrayList<>();
                for (Comparison.Question question : questions)
                    row.add(frozen(byQuestion.get(question.id()), question.id()));
                actors.add(new Comparison.Actor(state.iso3(), state.name(), state.node().getURI(), List.copyOf(row),
                        List.copyOf(collective.getOrDefault(state.iso3(), List.of()))));
            }
            return new Comparison(q.asOf(), q.floor(), List.copyOf(questions), List.copyOf(actors));
        });
    }

    /** The cell with its readings made immutable; a State without a timeline on the question has no document. */
    private static Comparison.Cell frozen(Comparison.Cell cell, String question) {
        if (cell == null)
            return new Comparison.Cell(question, Coverage.NO_DOCUMENT, null, List.of(), List.of());
        return new Comparison.Cell(cell.question(), cell.coverage(), cell.stance(), List.copyOf(cell.readings()),
                List.copyOf(cell.unreadDocuments()));
    }

    private static Optional<Comparison.Reading> reading(Row row) {
        return row.uri("reading").map(reading -> new Comparison.Reading(reading, row.text("via").orElse(null),
                row.key("organization").orElse(null), row.text("readingDate").orElse(null), document(row),
                row.text("pinpoint").orElse(null), row.key("evidence").orElse(null), row.key("confidence").orElse(null)));
    }

    private static Comparison.Document document(Row row) {
        return row.uri("instrument").map(i -> new Comparison.Document(i, row.text("instrumentTitle").orElse(null),
                row.uri("source").orElse(null))).orElse(null);
    }
}
