package org.w3id.diligentia.consensus;

import java.time.LocalDate;
import java.util.Objects;

import org.w3id.diligentia.vocab.Confidence;

/** Every scope on every question as of {@code asOf}, counting positions of at least {@code floor}. */
public record MatrixQuery(LocalDate asOf, Confidence floor) {
    public MatrixQuery {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(floor, "floor");
    }
}
