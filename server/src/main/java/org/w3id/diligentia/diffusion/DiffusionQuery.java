package org.w3id.diligentia.diffusion;

import java.time.LocalDate;
import java.util.Objects;

import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.query.Identifiers.Question;
import org.w3id.diligentia.vocab.Confidence;

/** The diffusion of {@code question} from {@code from} to {@code to}, counting positions of at least {@code floor}. */
public record DiffusionQuery(Question question, LocalDate from, LocalDate to, Confidence floor) {
    /** Where the world's affirmation over time starts when no date is given. */
    public static final LocalDate START = LocalDate.of(2010, 1, 1);

    /** @throws BadRequestException if {@code from} is after {@code to} */
    public DiffusionQuery {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(floor, "floor");
        if (from.isAfter(to))
            throw new BadRequestException("Parameter 'from' (" + from + ") is after 'to' (" + to + ").");
    }
}
