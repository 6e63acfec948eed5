package org.w3id.diligentia.custom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.w3id.diligentia.custom.CustomIndicators.Changed;
import org.w3id.diligentia.custom.CustomIndicators.Consistency;
import org.w3id.diligentia.custom.CustomIndicators.Contradiction;
import org.w3id.diligentia.custom.CustomIndicators.Generality;
import org.w3id.diligentia.custom.CustomIndicators.Objection;
import org.w3id.diligentia.custom.CustomIndicators.Population;
import org.w3id.diligentia.custom.CustomIndicators.Representativeness;

/**
 * The custom indicators' findings and the overall verdict in words, with the words of each rule
 * (its label when met, its fail label when not) and the exact figures. Below the coverage floor the
 * verdict says the evidence is insufficient: too little known is never a "no".
 */
final class Verdicts {
    private Verdicts() {}

    static String overall(IndicatorRule gen, Generality g, Representativeness r, Consistency c, Objection o, String question) {
        Population world = g.unMembers();
        if (!world.sufficientCoverage())
            return "insufficient evidence: only " + world.counts().known() + " of " + world.counts().members()
                    + " UN members are known on " + question + " (coverage " + world.coverage() + ", below the floor "
                    + gen.coverageFloor().map(Object::toString).orElse("") + "); whether the practice is general cannot be told";
        String generality = gen.words(Boolean.TRUE.equals(g.met()));
        String representativeness = representativenessWords(r);
        boolean same = Boolean.TRUE.equals(g.met()) == Boolean.TRUE.equals(r.met());
        List<String> parts = new ArrayList<>();
        parts.add(generality + (same ? " and " : " but ") + representativeness);
        parts.add(c.finding().substring(0, c.finding().indexOf(':') < 0 ? c.finding().length() : c.finding().indexOf(':')));
        String objection = o.finding().substring(0, o.finding().indexOf(':') < 0 ? o.finding().length() : o.finding().indexOf(':'));
        if (!o.persistentObjectorCandidates().isEmpty())
            objection += ", persistent-objector candidates: " + String.join(", ", o.persistentObjectorCandidates());
        parts.add(objection);
        return String.join("; ", parts);
    }

    static String generality(IndicatorRule rule, Population world, String question) {
        var c = world.counts();
        if (!world.sufficientCoverage())
            return "not established: " + c.known() + " of " + c.members() + " UN members known on " + question + " (coverage "
                    + world.coverage() + " below the floor " + rule.coverageFloor().map(Object::toString).orElse("") + ")";
        return rule.words(world.affirmingMajority()) + ": affirming " + world.affirmingOfKnownStances()
                + " of the known stances of UN members (" + world.affirms() + " of the members affirm, " + world.rejects()
                + " reject, " + world.undecided() + " undecided, " + world.silent() + " known silent, " + world.unknown()
                + " unknown; coverage " + world.coverage() + ")";
    }

    static String representativeness(IndicatorRule rule, Boolean met, List<Population> groups, int majority, List<String> without,
                                     List<String> tooLittle, String weakest) {
        String head = met == null ? "representativeness not established" : rule.words(met);
        List<String> parts = new ArrayList<>();
        parts.add("affirmation is the majority of known stances in " + majority + " of " + groups.size() + " groups"
                + (majority == 0 ? "" : " (" + String.join(", ", groups.stream().filter(Population::affirmingMajority)
                        .map(Population::scope).toList()) + ")"));
        if (!without.isEmpty())
            parts.add("no " + or(without) + " majority");
        if (!tooLittle.isEmpty())
            parts.add("too little known in " + and(tooLittle));
        if (weakest != null)
            groups.stream().filter(g -> g.scope().equals(weakest)).findFirst()
                    .ifPresent(g -> parts.add("weakest " + weakest + " (affirming " + g.affirmingOfKnownStances() + " of its known stances)"));
        return head + ": " + String.join(", ", parts);
    }

    static String consistency(IndicatorRule rule, Boolean met, List<Changed> changed, List<Contradiction> contradicting, Share share) {
        long decisive = changed.stream().filter(Changed::decisive).count();
        String figures = share + " of the UN members with a stance changed between affirming and rejecting (" + decisive
                + ") or hold contradicting documents in force (" + contradicting.size() + "); " + changed.size()
                + " changed stance in all, " + (changed.size() - decisive) + " of them only from or to undecided";
        return (met == null ? "consistency not established" : rule.words(met)) + ": " + figures;
    }

    static String objection(IndicatorRule rule, Boolean met, Share share, LocalDate emergedOn, List<String> candidates) {
        String figures = share + " of the known stances of UN members reject; the question "
                + (emergedOn == null ? "has not reached " + or(rule.benchmarkLevels()) + " in the world"
                        : "first reached " + or(rule.benchmarkLevels()) + " in the world on " + emergedOn)
                + "; persistent-objector candidates: " + (candidates.isEmpty() ? "none" : String.join(", ", candidates));
        return (met == null ? "objection not established" : rule.words(met)) + ": " + figures;
    }

    private static String representativenessWords(Representativeness r) {
        String head = r.finding().substring(0, r.finding().indexOf(':'));
        List<String> reasons = new ArrayList<>();
        if (!r.withoutMajority().isEmpty())
            reasons.add("no " + or(r.withoutMajority()) + " majority");
        if (!r.tooLittleKnown().isEmpty())
            reasons.add("too little known in " + and(r.tooLittleKnown()));
        return Boolean.TRUE.equals(r.met()) || reasons.isEmpty() ? head : head + ": " + String.join(", ", reasons);
    }

    private static String or(List<String> items) {
        return join(items, " or ");
    }

    private static String and(List<String> items) {
        return join(items, " and ");
    }

    private static String join(List<String> items, String last) {
        if (items.size() <= 1)
            return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
