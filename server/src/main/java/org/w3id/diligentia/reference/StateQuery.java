package org.w3id.diligentia.reference;

import java.time.LocalDate;
import java.util.Objects;

import org.w3id.diligentia.query.Identifiers.State;
import org.w3id.diligentia.vocab.Confidence;

/** The profile of {@code state}, with its effective stances as of {@code asOf} counting positions of at least {@code floor}. */
public record StateQuery(State state, LocalDate asOf, Confidence floor) {
    public StateQuery {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(floor, "floor");
    }
}
