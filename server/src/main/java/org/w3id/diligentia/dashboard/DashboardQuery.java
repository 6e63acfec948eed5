package org.w3id.diligentia.dashboard;

import java.time.LocalDate;
import java.util.Objects;

import org.w3id.diligentia.query.Identifiers.Question;
import org.w3id.diligentia.query.Identifiers.Scope;
import org.w3id.diligentia.vocab.Confidence;

/**
 * What the home page shows: {@code question} as of {@code asOf}, counting positions of at least
 * {@code floor}, with the timeline of {@code scope} (the world or an organization).
 */
public record DashboardQuery(Question question, LocalDate asOf, Confidence floor, Scope scope) {
    public DashboardQuery {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(scope, "scope");
    }
}
