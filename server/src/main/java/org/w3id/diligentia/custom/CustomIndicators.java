package org.w3id.diligentia.custom;

import java.time.LocalDate;
import java.util.List;

import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.vocab.Confidence;

/**
 * The custom indicators of a question as of a date (the ILC 2018 conclusions: practice widespread
 * and representative, consistent, and who objects), each with the rule it applied, whether its test
 * is met ({@code met}: null when too little is known to tell), its finding in words, and the figures
 * as exact shares; then the overall verdict in words and what it was derived from.
 */
public record CustomIndicators(String id, String question, LocalDate asOf, Confidence minConfidence, String verdict,
                               boolean sufficientEvidence, String coverageFloor, Generality generality,
                               Representativeness representativeness, Consistency consistency, Objection objection,
                               Derivation derivation) {

    /** The shares of a population (the UN members, or one regional group's) by what is known of them. */
    public record Population(String scope, String label, Counts counts, Share affirms, Share rejects, Share undecided,
                             Share silent, Share unknown, Share coverage, Share affirmingOfKnownStances,
                             boolean sufficientCoverage, boolean affirmingMajority, String assessment) {}

    public record Generality(Population unMembers, Boolean met, String finding, String rule) {}

    /**
     * The groups; the weakest, of those with enough known, with the smallest share of affirming among its known
     * stances (null when no group has enough known); the number of groups where affirmation is the majority.
     */
    public record Representativeness(List<Population> groups, String weakestGroup, int majorityGroups,
                                     List<String> withoutMajority, List<String> tooLittleKnown, Boolean met, String finding,
                                     String rule) {}

    /** One stance held by a State from a date, and the position it came from. */
    public record Held(LocalDate from, String stance, String position) {}

    /** A UN member whose effective stance changed; {@code decisive} when it both affirmed and rejected. */
    public record Changed(String iso3, String name, List<Held> stances, boolean decisive) {}

    /** A UN member with an affirming and a rejecting position in force. */
    public record Contradiction(String iso3, String name, String affirming, LocalDate affirmingDate, String affirmingInstrument,
                                String rejecting, LocalDate rejectingDate, String rejectingInstrument) {}

    public record Consistency(List<Changed> changed, List<Contradiction> contradicting, List<String> inconsistentStates,
                              Share inconsistent, Boolean met, String finding, String rule) {}

    /** A UN member that rejects on the date, since when without a break, and whether it is a persistent-objector candidate. */
    public record Objector(String iso3, String name, LocalDate since, String position, String instrument, String via,
                           boolean rejectedBeforeEmergence) {}

    public record Objection(List<Objector> objectors, LocalDate emergedOn, List<String> benchmarkLevels,
                            List<String> persistentObjectorCandidates, Share objecting, Boolean met, String finding,
                            String rule) {}

    /** The canned queries the figures come from, and the positions behind the States named. */
    public record Derivation(List<String> queries, List<String> positions) {}
}
