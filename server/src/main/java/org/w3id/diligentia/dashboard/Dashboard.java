package org.w3id.diligentia.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.w3id.diligentia.consensus.MatrixCell;
import org.w3id.diligentia.consensus.RegionalCoverage;
import org.w3id.diligentia.diffusion.Diffusion;
import org.w3id.diligentia.consensus.TimelinePoint;
import org.w3id.diligentia.consensus.Via;

/**
 * Everything the home page shows for one choice of question, date, confidence floor and timeline
 * scope: the consensus matrix, the chosen scope's timeline, every State's effective stance (for the
 * map), the regional coverage, the world's affirmation by route over time (null where not computed),
 * and the vocabularies the controls offer.
 */
public record Dashboard(Choice choice, LocalDate today, List<Option> questions, List<Option> scopes, List<Level> levels,
                        List<MatrixRow> matrix, List<TimelinePoint> timeline, List<StateStance> states,
                        RegionalCoverage coverage, Diffusion diffusion) {

    /** What the reader chose (defaults filled in). */
    public record Choice(String question, LocalDate asOf, String minConfidence, String scope) {}

    /** An identifier and its label, for a control and for headings. */
    public record Option(String id, String label, String description) {}

    /** A consensus level: its id, label, rank in the rule table, and the rule in words. */
    public record Level(String id, String label, int rank, String rule) {}

    /** One scope of the matrix with its cells, one per question in display order. */
    public record MatrixRow(String scope, String label, List<MatrixCell> cells) {}

    /**
     * A State's effective stance (null when it has none) with the position behind it; {@code m49} is
     * its ISO 3166-1 numeric code (null when the data has none), which map shapes are keyed by.
     */
    public record StateStance(String iso3, String m49, String name, String unStatus, String stance, Via via) {}

    /** The question shown when none is chosen. */
    public String defaultQuestion() {
        return questions.stream().anyMatch(o -> o.id().equals(DashboardService.DEFAULT_QUESTION))
                ? DashboardService.DEFAULT_QUESTION : questions.get(0).id();
    }

    public Option question() {
        return option(questions, choice.question());
    }

    public Option scope() {
        return option(scopes, choice.scope());
    }

    private static Option option(List<Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst().orElse(new Option(id, id, ""));
    }
}
