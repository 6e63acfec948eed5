package org.w3id.diligentia.whatif;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.diligentia.consensus.Fraction;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Stance;

/**
 * One what-if, validated and typed: hypothetical positions added to a copy of the knowledge base,
 * the counting variants applied to that copy, and what to answer from it. Built at the edge from the
 * request body; the {@link WhatIfService} computes it.
 */
public record WhatIf(List<Hypothesis> hypotheses, Variants variants, Ask ask) {
    /** The most hypotheses one what-if may add. */
    public static final int MAX_HYPOTHESES = 50;
    /** The most scopes one what-if may ask about. */
    public static final int MAX_SCOPES = 12;
    /** The thresholds of a level rule a variant may change: fractions (support, opposition, agreement, coverage) ... */
    public static final java.util.Set<String> FRACTION_THRESHOLDS = java.util.Set.of("minSupport", "maxOpposition",
            "minAgreement", "agreementBelow", "coverageBelow");
    /** ... and counts (of affirming and rejecting members). */
    public static final java.util.Set<String> COUNT_THRESHOLDS = java.util.Set.of("minAffirming", "minRejecting");

    public WhatIf {
        hypotheses = List.copyOf(hypotheses);
        Objects.requireNonNull(variants, "variants");
        Objects.requireNonNull(ask, "ask");
        if (hypotheses.size() > MAX_HYPOTHESES)
            throw new IllegalArgumentException("At most " + MAX_HYPOTHESES + " hypotheses");
    }

    /** A threshold's value as the literal the vocabulary holds: a count as xsd:integer, a fraction as owl:rational ("2/3") or xsd:decimal ("0.75"). */
    public static Node thresholdLiteral(String name, String value) {
        if (COUNT_THRESHOLDS.contains(name))
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        return value.contains("/") ? NodeFactory.createLiteralDT(value, TypeMapper.getInstance().getSafeTypeByName(Fraction.OWL_RATIONAL))
                : NodeFactory.createLiteralDT(value, XSDDatatype.XSDdecimal);
    }

    /** Whether an actor is a State (by ISO3 code) or an organization (by id). */
    public enum ActorKind {
        STATE, ORGANIZATION;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A hypothetical position: {@code actor} takes {@code stance} on {@code question} in a document
     * dated {@code date}, established with {@code confidence}. It is written into the copy as a position
     * {@code id/position/what-if-{n}} in a document {@code id/instrument/what-if-{n}}, the actor's own
     * words; an organization's is adopted by consensus in an organ where all its members sit, so it is
     * collective. {@code label} is the client's name for it (or a generated one).
     */
    public record Hypothesis(String id, String position, String actor, ActorKind actorKind, String question,
                             Stance stance, LocalDate date, Confidence confidence, String label) {
        public Hypothesis {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(stance, "stance");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(confidence, "confidence");
        }

        /** The {@code n}th hypothesis (from 1) of a what-if. */
        public static Hypothesis of(int n, String actor, ActorKind kind, String question, Stance stance, LocalDate date,
                                    Confidence confidence, String label) {
            String id = "what-if-" + n;
            return new Hypothesis(id, Ids.id("position", id).getURI(), actor, kind, question, stance, date, confidence,
                    label != null ? label : actor + " " + stance + " " + question + " (" + date + ", hypothetical)");
        }

        Node actorNode() {
            return actorKind == ActorKind.STATE ? Ids.state(actor) : Ids.org(actor);
        }
    }

    /**
     * How the copy is counted: leave out the curated collective positions; count only curated
     * positions read in the actor's own words; count an undecided effective stance as rejecting;
     * a different coverage floor (the {@code not-established} level's {@code dil:coverageBelow},
     * which the custom indicators share); other thresholds of the level rules, by level and threshold
     * name ({@code {"broad": {"minSupport": "3/4"}}}; null removes a threshold). The positions
     * left out are curated ones: the hypotheses are always counted.
     */
    public record Variants(boolean leaveOutCollective, boolean ownWordsOnly, boolean undecidedAsRejecting,
                           String coverageFloor, Map<String, Map<String, String>> levels) {
        public static final Variants NONE = new Variants(false, false, false, null, Map.of());

        public Variants {
            Map<String, Map<String, String>> copy = new LinkedHashMap<>();
            levels.forEach((level, thresholds) -> copy.put(level, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(thresholds))));
            levels = java.util.Collections.unmodifiableMap(copy);
        }

        /** Whether any threshold of the level rules changes. */
        boolean changesThresholds() {
            return coverageFloor != null || !levels.isEmpty();
        }
    }

    /** What to answer: the consensus of each scope on the question as of the date, and the custom indicators if asked. */
    public record Ask(List<Identifiers.Scope> scopes, Identifiers.Question question, LocalDate asOf, Confidence floor,
                      boolean custom) {
        public Ask {
            scopes = List.copyOf(scopes);
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(floor, "floor");
            if (scopes.isEmpty() || scopes.size() > MAX_SCOPES)
                throw new IllegalArgumentException("One to " + MAX_SCOPES + " scopes");
        }
    }
}
