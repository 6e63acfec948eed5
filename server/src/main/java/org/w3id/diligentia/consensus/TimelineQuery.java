package org.w3id.diligentia.consensus;

import java.time.LocalDate;
import java.util.Objects;

import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.query.Identifiers.Question;
import org.w3id.diligentia.query.Identifiers.Scope;
import org.w3id.diligentia.vocab.Confidence;

/**
 * The dates from {@code from} to {@code to} on which the level or the counts of {@code scope} on
 * {@code question} changed, counting positions of at least {@code floor}.
 */
public record TimelineQuery(Scope scope, Question question, LocalDate from, LocalDate to, Confidence floor) {
    /** Where a timeline starts when no date is given (the default of {@code queries/timeline-dates.rq}): the UN's founding year. */
    public static final LocalDate START = LocalDate.of(1945, 1, 1);

    /** @throws BadRequestException if {@code from} is after {@code to} */
    public TimelineQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(floor, "floor");
        if (from.isAfter(to))
            throw new BadRequestException("Parameter 'from' (" + from + ") is after 'to' (" + to + ").");
    }
}
