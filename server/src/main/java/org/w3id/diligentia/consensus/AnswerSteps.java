package org.w3id.diligentia.consensus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.vocab.Confidence;

/**
 * Every consensus answer of one version of the data, for all time: per scope, question and
 * confidence floor, the level and counts as a step function, the days on which they change and what
 * they become. It is what {@code /api/consensus} answers for any date (read from the same
 * {@link IntervalIndex}, with the same level rules), so two versions can be compared answer by answer
 * without choosing dates. Nothing in it depends on the day it is computed.
 */
public final class AnswerSteps {
    private AnswerSteps() {}

    /** One consensus answer, identified by its scope, question and floor (ids: {@code world}, {@code dd-binding}, {@code low}). */
    public record Key(String scope, String question, String floor) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = scope.compareTo(o.scope);
            if (c == 0)
                c = question.compareTo(o.question);
            return c != 0 ? c : floor.compareTo(o.floor);
        }
    }

    /** From {@code from} (null: since always) until the next step, the answer is {@code level} with {@code counts}. */
    public record Step(LocalDate from, String level, Counts counts) {}

    /**
     * The step functions of every scope (all-states included), question and floor of the data
     * {@code queries} run over; each begins with the answer before any date ({@code from} null) and
     * has no two consecutive steps with the same answer.
     */
    public static Map<Key, List<Step>> read(CannedQueries queries) {
        LevelRules rules = LevelRules.fromTable(queries.select("consensus-levels", QueryArgs.none()).complete("consensus-levels"));
        return of(IntervalIndex.readCounts(queries), rules, queries.identifiers());
    }

    /** The step functions of {@link #read}, from an index already read. */
    static Map<Key, List<Step>> of(IntervalIndex index, LevelRules rules, Identifiers ids) {
        Map<Key, List<Step>> steps = new TreeMap<>();
        for (Identifiers.Scope scope : ids.scopeList())
            for (Identifiers.Question question : ids.questionList())
                for (Confidence floor : Confidence.values())
                    steps.put(new Key(scope.id(), question.id(), floor.id()), steps(index, rules, scope.node(), question.node(), floor.node()));
        return steps;
    }

    private static List<Step> steps(IntervalIndex index, LevelRules rules, Node scope, Node question, Node floor) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(null, rules.classify(Counts.NONE).id(), Counts.NONE));
        index.countsByDay(scope, question, floor).forEach((day, c) -> steps.add(new Step(day, rules.classify(c).id(), c)));
        return List.copyOf(steps);
    }
}
