package org.w3id.diligentia.custom;

import java.time.LocalDate;
import java.util.Objects;

import org.w3id.diligentia.query.Identifiers.Question;
import org.w3id.diligentia.vocab.Confidence;

/** The custom indicators of {@code question} as of {@code asOf}, counting positions of at least {@code floor}. */
public record CustomQuery(Question question, LocalDate asOf, Confidence floor) {
    public CustomQuery {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(floor, "floor");
    }
}
