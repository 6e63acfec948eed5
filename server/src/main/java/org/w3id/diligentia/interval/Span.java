package org.w3id.diligentia.interval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A half-open interval of days, [from, until), as memberships and stances hold over time;
 * {@code until} is null when the interval is open. Lists of spans passed to the set operations are
 * normalized (sorted, disjoint, not touching) by {@link #union}.
 */
record Span(LocalDate from, LocalDate until) {
    /** The first day any computation considers: the earliest date the API accepts. */
    static final LocalDate BEGINNING = LocalDate.of(1000, 1, 1);

    Span {
        if (until != null && !until.isAfter(from))
            throw new IllegalArgumentException("Empty span [" + from + ", " + until + ")");
    }

    /** A span, or null when [from, until) holds no day. */
    static Span of(LocalDate from, LocalDate until) {
        return until != null && !until.isAfter(from) ? null : new Span(from, until);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    /** The union of {@code spans}: sorted, disjoint, and merged where they overlap or touch. */
    static List<Span> union(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::from));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last.until == null || !s.from.isAfter(last.until)))
                merged.set(merged.size() - 1, new Span(last.from, last.until == null || s.until == null ? null
                        : max(last.until, s.until)));
            else
                merged.add(s);
        }
        return merged;
    }

    /** The days of {@code base} that are in none of {@code removed} (both normalized). */
    static List<Span> minus(List<Span> base, List<Span> removed) {
        List<Span> result = new ArrayList<>();
        for (Span b : base) {
            LocalDate cursor = b.from;
            boolean open = true;
            for (Span r : removed) {
                if (r.until != null && !r.until.isAfter(cursor) || b.until != null && !r.from.isBefore(b.until))
                    continue;
                Span before = Span.of(cursor, r.from);
                if (before != null)
                    result.add(before);
                if (r.until == null) {
                    open = false;
                    break;
                }
                cursor = max(cursor, r.until);
            }
            if (open) {
                Span rest = Span.of(cursor, b.until);
                if (rest != null)
                    result.add(rest);
            }
        }
        return result;
    }

    /** The days in both {@code a} and {@code b} (both normalized). */
    static List<Span> intersect(List<Span> a, List<Span> b) {
        List<Span> result = new ArrayList<>();
        for (Span x : a)
            for (Span y : b) {
                Span both = Span.of(max(x.from, y.from), x.until == null ? y.until : y.until == null ? x.until : min(x.until, y.until));
                if (both != null)
                    result.add(both);
            }
        return union(result);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
