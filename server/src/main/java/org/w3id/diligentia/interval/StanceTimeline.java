package org.w3id.diligentia.interval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.vocab.Coverage;

/**
 * The effective stance of one State on one question at one confidence floor, over all time, as
 * consecutive half-open intervals that start on {@link Span#BEGINNING}. The rule (docs/design.md,
 * "Effective stance" and "Coverage"):
 * <ul>
 * <li>candidates on a date are the positions that count for the State, dated on or before it, at or
 *     above the floor; the greatest precedence key names the effective position (decisive before
 *     undecided, later before earlier, own before collective, firmer before weaker);</li>
 * <li>without a position, the State is known silent when every one of its latest documents (those
 *     sharing the latest effective date on or before the date) has a silent reading on the question
 *     that counts for it at or above the floor; else it has only unread documents if it has any
 *     (dated by then, or undated), else no document.</li>
 * </ul>
 * Consecutive days with the same position, coverage and silent readings form one interval.
 */
final class StanceTimeline {
    /** A position that can give the State its stance: its precedence key orders candidates. */
    record Candidate(Node position, Node stance, LocalDate date, int rank, String key) {}

    /** A silent reading that counts for the State. */
    record Silence(Node reading, Node instrument, LocalDate date, int rank) {}

    /** One interval of the timeline. {@code position} and {@code stance} are null without a stance. */
    record Interval(LocalDate from, LocalDate until, Node position, Node stance, Coverage coverage, Set<Node> silences) {}

    private StanceTimeline() {}

    /**
     * The timeline from the State's candidates and silent readings on the question, and its documents
     * ({@code documents}: instrument to its effective date for the State, or null when undated).
     */
    static List<Interval> compute(List<Candidate> candidates, List<Silence> silences, Map<Node, LocalDate> documents, int floor) {
        List<Candidate> counted = candidates.stream().filter(c -> c.rank() >= floor)
                .sorted(Comparator.comparing(Candidate::date)).toList();
        List<Silence> heard = silences.stream().filter(s -> s.rank() >= floor).toList();
        boolean undated = documents.values().stream().anyMatch(Objects::isNull);
        TreeMap<LocalDate, Set<Node>> byDate = new TreeMap<>();
        documents.forEach((instrument, date) -> {
            if (date != null)
                byDate.computeIfAbsent(date, d -> new TreeSet<>(Comparator.comparing(Node::toString))).add(instrument);
        });

        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(Span.BEGINNING);
        counted.forEach(c -> changes.add(c.date()));
        heard.forEach(s -> changes.add(s.date()));
        changes.addAll(byDate.keySet());

        List<Interval> timeline = new ArrayList<>();
        Candidate best = null;
        int next = 0;
        for (LocalDate day : changes) {
            if (day.isBefore(Span.BEGINNING))
                continue;
            while (next < counted.size() && !counted.get(next).date().isAfter(day)) {
                Candidate c = counted.get(next++);
                if (best == null || c.key().compareTo(best.key()) > 0)
                    best = c;
            }
            Interval here = best != null
                    ? new Interval(day, null, best.position(), best.stance(), Coverage.STANCE, Set.of())
                    : withoutStance(day, heard, byDate, undated);
            Interval last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
            if (last != null && sameFacts(last, here))
                continue;
            if (last != null)
                timeline.set(timeline.size() - 1, new Interval(last.from(), day, last.position(), last.stance(), last.coverage(), last.silences()));
            timeline.add(here);
        }
        return timeline;
    }

    private static Interval withoutStance(LocalDate day, List<Silence> heard, TreeMap<LocalDate, Set<Node>> byDate, boolean undated) {
        Map.Entry<LocalDate, Set<Node>> latest = byDate.floorEntry(day);
        if (latest == null)
            return new Interval(day, null, null, null, undated ? Coverage.UNREAD : Coverage.NO_DOCUMENT, Set.of());
        Set<Node> silent = new TreeSet<>(Comparator.comparing(Node::toString));
        for (Node instrument : latest.getValue()) {
            Silence found = heard.stream().filter(s -> s.instrument().equals(instrument) && !s.date().isAfter(day))
                    .min(Comparator.comparing(s -> s.reading().toString())).orElse(null);
            if (found == null)
                return new Interval(day, null, null, null, Coverage.UNREAD, Set.of());
            silent.add(found.reading());
        }
        return new Interval(day, null, null, null, Coverage.SILENT, Set.copyOf(silent));
    }

    private static boolean sameFacts(Interval a, Interval b) {
        return Objects.equals(a.position(), b.position()) && a.coverage() == b.coverage() && a.silences().equals(b.silences());
    }
}
