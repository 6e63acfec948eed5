package org.w3id.diligentia.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.w3id.diligentia.query.Identifiers.State;
import org.w3id.diligentia.vocab.Confidence;

/**
 * {@link #MIN_ACTORS} to {@link #MAX_ACTORS} different States compared side by side as of {@code asOf},
 * counting positions of at least {@code floor}. The request layer refuses anything else with a 400;
 * here it is a programming error.
 */
public record CompareQuery(List<State> actors, LocalDate asOf, Confidence floor) {
    public static final int MIN_ACTORS = 2;
    public static final int MAX_ACTORS = 6;

    public CompareQuery {
        actors = List.copyOf(actors);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(floor, "floor");
        if (actors.size() < MIN_ACTORS || actors.size() > MAX_ACTORS || actors.stream().distinct().count() != actors.size())
            throw new IllegalArgumentException("Compare " + MIN_ACTORS + " to " + MAX_ACTORS + " different States, not " + actors);
    }
}
