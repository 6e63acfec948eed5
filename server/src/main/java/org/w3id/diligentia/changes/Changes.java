package org.w3id.diligentia.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.w3id.diligentia.changes.ChangeReport.Answer;
import org.w3id.diligentia.changes.ChangeReport.AnswerChange;
import org.w3id.diligentia.changes.ChangeReport.PositionChange;
import org.w3id.diligentia.consensus.AnswerSteps;
import org.w3id.diligentia.consensus.AnswerSteps.Step;

/**
 * The comparison of two snapshots: a pure function, {@link #between}. A reading present in one only is
 * added or removed; present in both with any property's values different, recoded, naming those
 * properties. A consensus answer is compared on every day: the days on which either version's answer
 * changes cut time into ranges, each range whose answer before and after differ is a change, and
 * adjacent ranges that differ the same way are merged into one {@code [from, until)}.
 */
public final class Changes {
    private Changes() {}

    /** What changed from {@code before} to {@code after}; nothing, for a first load ({@code before} null: no previous version). */
    public static ChangeReport between(String previous, Snapshot before, Snapshot after) {
        if (before == null)
            return new ChangeReport("", null, List.of(), List.of());
        return new ChangeReport("", previous, positions(before, after), answers(before, after));
    }

    static List<PositionChange> positions(Snapshot before, Snapshot after) {
        Set<String> all = new TreeSet<>(before.readings().keySet());
        all.addAll(after.readings().keySet());
        List<PositionChange> changes = new ArrayList<>();
        for (String reading : all) {
            Snapshot.Reading b = before.readings().get(reading), a = after.readings().get(reading);
            if (b == null)
                changes.add(new PositionChange(reading, a.label(), ChangeReport.ADDED, List.copyOf(a.fields().keySet())));
            else if (a == null)
                changes.add(new PositionChange(reading, b.label(), ChangeReport.REMOVED, List.copyOf(b.fields().keySet())));
            else {
                Set<String> fields = new TreeSet<>(b.fields().keySet());
                fields.addAll(a.fields().keySet());
                fields.removeIf(f -> Objects.equals(b.fields().get(f), a.fields().get(f)));
                if (!fields.isEmpty())
                    changes.add(new PositionChange(reading, a.label(), ChangeReport.RECODED, List.copyOf(fields)));
            }
        }
        return changes;
    }

    static List<AnswerChange> answers(Snapshot before, Snapshot after) {
        Set<AnswerSteps.Key> keys = new TreeSet<>(before.answers().keySet());
        keys.addAll(after.answers().keySet());
        List<AnswerChange> changes = new ArrayList<>();
        for (AnswerSteps.Key key : keys) {
            String scopeIri = after.scopeIris().getOrDefault(key.scope(), before.scopeIris().get(key.scope()));
            changes.addAll(ranges(key, scopeIri, before.answers().get(key), after.answers().get(key)));
        }
        return changes;
    }

    /** The ranges of days on which two step functions (null: no such answer at all) give different answers. */
    static List<AnswerChange> ranges(AnswerSteps.Key key, String scopeIri, List<Step> before, List<Step> after) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (List<Step> steps : List.of(orNone(before), orNone(after)))
            steps.stream().map(Step::from).filter(Objects::nonNull).forEach(cuts::add);
        List<LocalDate> starts = new ArrayList<>();
        starts.add(null);
        starts.addAll(cuts);
        List<AnswerChange> changes = new ArrayList<>();
        Cursor b = new Cursor(before), a = new Cursor(after);
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i), until = i + 1 < starts.size() ? starts.get(i + 1) : null;
            Answer was = b.at(from), is = a.at(from);
            if (Objects.equals(was, is))
                continue;
            AnswerChange last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
            if (last != null && Objects.equals(last.until(), from) && Objects.equals(last.before(), was) && Objects.equals(last.after(), is))
                changes.set(changes.size() - 1, new AnswerChange(key.scope(), scopeIri, key.question(), key.floor(), last.from(), until, was, is));
            else
                changes.add(new AnswerChange(key.scope(), scopeIri, key.question(), key.floor(), from, until, was, is));
        }
        return changes;
    }

    private static List<Step> orNone(List<Step> steps) {
        return steps == null ? List.of() : steps;
    }

    /** Reads a step function (null: no such answer) at increasing days, the first being null (before every date). */
    private static final class Cursor {
        private final List<Step> steps;
        private int next;

        Cursor(List<Step> steps) {
            this.steps = steps;
        }

        Answer at(LocalDate day) {
            if (steps == null || steps.isEmpty())
                return null;
            while (next < steps.size() && (steps.get(next).from() == null || (day != null && !steps.get(next).from().isAfter(day))))
                next++;
            if (next == 0)
                return null;
            Step s = steps.get(next - 1);
            return new Answer(s.level(), s.counts());
        }
    }
}
