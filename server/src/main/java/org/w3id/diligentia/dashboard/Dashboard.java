package org.w3id.diligentia.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.w3id.diligentia.consensus.MatrixCell;
import org.w3id.diligentia.consensus.RegionalCoverage;
import org.w3id.diligentia.consensus.TimelinePoint;
import org.w3id.diligentia.consensus.Via;
import org.w3id.diligentia.vocab.Coverage;

/**
 * Everything the home page shows for one choice of question, date, confidence floor and timeline
 * scope: the consensus matrix, the chosen scope's timeline, every State's effective stance (for the
 * map), the regional coverage, and the vocabularies the controls offer.
 */
public record Dashboard(Choice choice, LocalDate today, List<Option> questions, List<Option> scopes, List<Level> levels,
                        List<MatrixRow> matrix, List<TimelinePoint> timeline, List<StateStance> states,
                        RegionalCoverage coverage) {

    /** The description of a scope's option that is a UN regional group; an organization's is {@link #ORGANIZATION}. */
    public static final String REGIONAL_GROUP = "UN regional group";
    public static final String ORGANIZATION = "organization";
    /** The kinds of scope the controls list under a heading of their own, in order. */
    public static final List<String> SCOPE_KINDS = List.of(ORGANIZATION, REGIONAL_GROUP);

    /** What the reader chose (defaults filled in). */
    public record Choice(String question, LocalDate asOf, String minConfidence, String scope) {}

    /** An identifier and its label, for a control and for headings; a question's proposition, or a scope's kind. */
    public record Option(String id, String label, String description) {}

    /**
     * A consensus level: its id, label, rank in the rule table, and the rule in words; {@code coverageFloor}
     * is the fraction below which the level says "not known enough" ("1/4"), null for the levels that
     * judge what is known.
     */
    public record Level(String id, String label, int rank, String rule, String coverageFloor) {}

    /** One scope of the matrix (an organization, a UN regional group, the world), its page, and its cells in question order. */
    public record MatrixRow(String scope, String label, String page, List<MatrixCell> cells) {}

    /**
     * A State's effective stance (null when it has none) with the position behind it, and its coverage
     * class ({@code stance}, {@code silent}, {@code unread}, {@code no-document}); {@code m49} is its
     * ISO 3166-1 numeric code (null when the data has none), which map shapes are keyed by.
     */
    public record StateStance(String iso3, String m49, String name, String unStatus, String stance, Coverage coverage, Via via) {}

    /** The question shown when none is chosen. */
    public String defaultQuestion() {
        return questions.stream().anyMatch(o -> o.id().equals(DashboardService.DEFAULT_QUESTION))
                ? DashboardService.DEFAULT_QUESTION : questions.get(0).id();
    }

    /** The level that stands for "too little is known" (the one with a coverage floor), if the rules have one. */
    public Optional<Level> notEstablished() {
        return levels.stream().filter(l -> l.coverageFloor() != null).findFirst();
    }

    public Option question() {
        return option(questions, choice.question());
    }

    /** The scopes of one of the {@link #SCOPE_KINDS}, in order; for any other kind ("": the world), every scope of no such kind. */
    public List<Option> scopesOfKind(String kind) {
        return scopes.stream().filter(o -> SCOPE_KINDS.contains(kind) ? o.description().equals(kind)
                : !SCOPE_KINDS.contains(o.description())).toList();
    }

    public Option scope() {
        return option(scopes, choice.scope());
    }

    private static Option option(List<Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst().orElse(new Option(id, id, ""));
    }
}
