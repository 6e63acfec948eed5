package org.w3id.diligentia.consensus;

import java.time.LocalDate;
import java.util.Objects;

import org.w3id.diligentia.query.Identifiers.Question;
import org.w3id.diligentia.query.Identifiers.Scope;
import org.w3id.diligentia.vocab.Confidence;

/** The consensus of {@code scope} on {@code question} as of {@code asOf}, counting positions of at least {@code floor}. */
public record ConsensusQuery(Scope scope, Question question, LocalDate asOf, Confidence floor) {
    public ConsensusQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(floor, "floor");
    }
}
