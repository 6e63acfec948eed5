package org.w3id.diligentia.consensus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.w3id.diligentia.query.Identifiers.Question;
import org.w3id.diligentia.vocab.Confidence;

/**
 * The regional organizations at one of {@code levels} (ids of the level rules) on {@code question}
 * as of {@code asOf}, counting positions of at least {@code floor}, and the UN members they cover.
 */
public record RegionalCoverageQuery(Question question, LocalDate asOf, Confidence floor, List<String> levels) {
    /** The levels that count as reached when none are named. */
    public static final List<String> REACHED = List.of("broad", "consensus");

    public RegionalCoverageQuery {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(floor, "floor");
        levels = List.copyOf(levels);
    }
}
