package org.w3id.diligentia.consensus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.vocab.Coverage;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Stance;

/**
 * The population and stance intervals of one version of the data, in memory, so that the answer for
 * a scope, question, floor and date is one range lookup per member instead of a query: per scope,
 * each State's population intervals; per State, question and floor, its stance intervals sorted by
 * their first day, found by binary search. Read once from the canned queries
 * {@code index-population-intervals}, {@code index-stance-intervals}, {@code index-positions} and
 * {@code index-labels}, it gives exactly the rows
 * {@code consensus-counts} and {@code effective-stances} give for one date (the property test
 * {@code IntervalIndexAgreesWithQueriesTest} compares them on random data and dates). It relies on
 * what the loader writes and the shapes require of an interval: one first day, at most one last day
 * (exclusive), one coverage class, at most one stance; the intervals of one timeline do not overlap.
 */
final class IntervalIndex {
    /** The index reads every interval: far more rows than an answer may have. */
    private static final QueryLimits LIMITS = new QueryLimits(java.time.Duration.ofMinutes(5), Integer.MAX_VALUE);
    private static final Node AFFIRMS = Ids.id("stance", "affirms");
    private static final Node REJECTS = Ids.id("stance", "rejects");
    private static final Node UNDECIDED = Ids.id("stance", "undecided");
    private static final Node SILENT = Ids.id("coverage", "silent");
    private static final Node UNREAD = Ids.id("coverage", "unread");
    private static final Node NO_DOCUMENT = Ids.id("coverage", "no-document");

    /** Days [from, until) (until null when open) of one State in one scope. */
    private record Member(Node state, LocalDate[] from, LocalDate[] until) {
        boolean holds(LocalDate day) {
            for (int i = 0; i < from.length; i++)
                if (!from[i].isAfter(day) && (until[i] == null || day.isBefore(until[i])))
                    return true;
            return false;
        }
    }

    /** One stance interval: what consensus-counts counts of it, and the rows effective-stances shows of it. */
    private record Piece(LocalDate from, LocalDate until, Node stance, Node coverageClass, List<MemberStance> shown) {}

    /** One timeline (State, question, floor): its pieces sorted by first day. */
    private record Timeline(LocalDate[] from, Piece[] pieces) {
        Piece at(LocalDate day) {
            int i = Arrays.binarySearch(from, day);
            if (i < 0)
                i = -i - 2;
            if (i < 0)
                return null;
            Piece p = pieces[i];
            return p.until() == null || day.isBefore(p.until()) ? p : null;
        }
    }

    private record Key(Node state, Node question, Node floor) {}

    private final Map<Node, List<Member>> populations;
    private final Map<Key, Timeline> timelines;

    private IntervalIndex(Map<Node, List<Member>> populations, Map<Key, Timeline> timelines) {
        this.populations = populations;
        this.timelines = timelines;
    }

    /** Reads the index from the intervals of the data {@code queries} run over. */
    static IntervalIndex read(CannedQueries queries) {
        return read(queries, true);
    }

    /** The index for {@link #counts} only ({@link #members} lists no one): what a change report needs, read faster. */
    static IntervalIndex readCounts(CannedQueries queries) {
        return read(queries, false);
    }

    private static IntervalIndex read(CannedQueries queries, boolean withMembers) {
        Map<Node, Map<Node, List<LocalDate[]>>> spans = new LinkedHashMap<>();
        for (Row row : queries.select("index-population-intervals", QueryArgs.none(), LIMITS).complete("index-population-intervals").readRows())
            spans.computeIfAbsent(row.required("scope"), s -> new LinkedHashMap<>())
                    .computeIfAbsent(row.required("state"), s -> new ArrayList<>())
                    .add(new LocalDate[] {row.date("from").orElseThrow(), row.date("until").orElse(null)});
        Map<Node, List<Member>> populations = new HashMap<>();
        spans.forEach((scope, states) -> {
            List<Member> members = new ArrayList<>();
            states.forEach((state, list) -> members.add(new Member(state, list.stream().map(s -> s[0]).toArray(LocalDate[]::new),
                    list.stream().map(s -> s[1]).toArray(LocalDate[]::new))));
            populations.put(scope, List.copyOf(members));
        });

        Labels labels = withMembers ? Labels.read(queries) : new Labels(Map.of(), Map.of(), Map.of(), Map.of());
        // Floors that agree on an interval share it: its rows come once per timeline that lists it.
        Map<Node, Piece> pieces = new HashMap<>();
        Map<Key, List<Node>> intervalsOf = new LinkedHashMap<>();
        for (Row row : queries.select("index-stance-intervals", QueryArgs.none(), LIMITS).complete("index-stance-intervals").readRows()) {
            Node interval = row.required("interval");
            Key key = new Key(row.required("state"), row.required("question"), row.required("minConfidence"));
            List<Node> list = intervalsOf.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(interval))
                list.add(interval);
            pieces.computeIfAbsent(interval, i -> new Piece(row.date("from").orElseThrow(), row.date("until").orElse(null),
                    row.node("stance").orElse(null), row.required("coverageClass"),
                    labels.shown(key.state(), key.question(), row.required("coverageClass"), row.node("stance").orElse(null),
                            row.node("position").orElse(null))));
        }
        Map<Key, Timeline> timelines = new HashMap<>();
        intervalsOf.forEach((key, intervals) -> {
            Piece[] sorted = intervals.stream().map(pieces::get).sorted(Comparator.comparing(Piece::from)).toArray(Piece[]::new);
            timelines.put(key, new Timeline(Arrays.stream(sorted).map(Piece::from).toArray(LocalDate[]::new), sorted));
        });
        return new IntervalIndex(populations, timelines);
    }

    /**
     * What effective-stances shows of a member, from {@code index-labels} and {@code index-positions}:
     * one row per English name of the State, none unless the question has a rank and the coverage
     * class a notation; a stance and where it comes from only when the position has an instrument and
     * a date.
     */
    private record Labels(Map<Node, List<String[]>> names, Map<Node, Integer> ranks, Map<Node, List<String>> notations,
                          Map<Node, List<String[]>> positions) {
        static Labels read(CannedQueries queries) {
            Labels l = new Labels(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (Row row : queries.select("index-labels", QueryArgs.none(), LIMITS).complete("index-labels").readRows()) {
                row.node("state").ifPresent(s -> l.names.computeIfAbsent(s, k -> new ArrayList<>())
                        .add(new String[] {row.text("iso3").orElseThrow(), row.text("name").orElseThrow()}));
                row.node("question").ifPresent(q -> l.ranks.merge(q, 1, Integer::sum));
                row.node("coverageClass").ifPresent(c -> l.notations.computeIfAbsent(c, k -> new ArrayList<>())
                        .add(row.text("coverage").orElseThrow()));
            }
            for (Row row : queries.select("index-positions", QueryArgs.none(), LIMITS).complete("index-positions").readRows())
                l.positions.computeIfAbsent(row.required("position"), k -> new ArrayList<>()).add(new String[] {
                        row.uri("instrument").orElse(null), row.text("via").orElse(null), row.key("organization").orElse(null),
                        row.text("positionDate").orElse(null)});
            return l;
        }

        List<MemberStance> shown(Node state, Node question, Node coverageClass, Node stance, Node position) {
            List<MemberStance> shown = new ArrayList<>();
            List<String[]> vias = stance == null || position == null ? List.of() : positions.getOrDefault(position, List.of());
            Stance effective = vias.isEmpty() ? null : Stance.of(stance).orElse(null);
            for (String[] name : names.getOrDefault(state, List.of()))
                for (int r = ranks.getOrDefault(question, 0); r > 0; r--)
                    for (String notation : notations.getOrDefault(coverageClass, List.of())) {
                        Coverage coverage = Coverage.byId(notation).orElse(null);
                        if (vias.isEmpty())
                            shown.add(new MemberStance(name[0], name[1], null, coverage, null));
                        for (String[] v : vias)
                            shown.add(new MemberStance(name[0], name[1], effective, coverage, effective == null ? null
                                    : new Via(position.isURI() ? position.getURI() : null, v[0], v[1], v[2], v[3])));
                    }
            return List.copyOf(shown);
        }
    }

    /** The counts consensus-counts gives for the scope, question, floor and date. */
    Counts counts(Node scope, Node question, Node floor, LocalDate day) {
        int[] sum = new int[8];
        for (Member m : populations.getOrDefault(scope, List.of())) {
            int[] c = contribution(m.holds(day) ? piece(m.state(), question, floor, day) : null);
            for (int i = 0; i < 8; i++)
                sum[i] += c[i];
        }
        return counts(sum);
    }

    /** The counts of the counters in the order of {@link Counts}. */
    private static Counts counts(int[] c) {
        return c[0] == 0 ? Counts.NONE : new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    /**
     * The days from {@code from} to {@code to} (both included) on which the counts of the scope on the
     * question at the floor could change, the dates consensus-timeline evaluates: {@code from} itself,
     * and every first or last day of a population interval of the scope or of a stance interval of a
     * State ever counted in it, in order.
     */
    SortedSet<LocalDate> changeDays(Node scope, Node question, Node floor, LocalDate from, LocalDate to) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(from);
        for (Member m : populations.getOrDefault(scope, List.of()))
            addChangeDays(m, timelines.get(new Key(m.state(), question, floor)), days);
        return days.subSet(from, true, to, true);
    }

    /** Adds the first and last (exclusive) days of the member's population intervals and of its timeline's pieces. */
    private static void addChangeDays(Member m, Timeline t, SortedSet<LocalDate> days) {
        for (int i = 0; i < m.from().length; i++) {
            days.add(m.from()[i]);
            if (m.until()[i] != null)
                days.add(m.until()[i]);
        }
        for (Piece p : t == null ? new Piece[0] : t.pieces()) {
            days.add(p.from());
            if (p.until() != null)
                days.add(p.until());
        }
    }

    /** The members effective-stances lists for the scope, question, floor and date, by ISO code. */
    List<MemberStance> members(Node scope, Node question, Node floor, LocalDate day) {
        List<MemberStance> shown = new ArrayList<>();
        for (Member m : populations.getOrDefault(scope, List.of())) {
            Piece p = m.holds(day) ? piece(m.state(), question, floor, day) : null;
            if (p != null)
                shown.addAll(p.shown());
        }
        shown.sort(Comparator.comparing(MemberStance::iso3));
        return shown;
    }

    /**
     * The counts of the scope on the question at the floor from each day on which they change, in
     * order: what {@link #counts} gives on each of the days {@link #changeDays} lists where it differs
     * from the day before. Computed in one sweep: each member adds to the day's counters what its
     * contribution changes by on its own change days, so the work grows with the intervals, not with
     * intervals times members (at 100x, the change report's 3,888 step functions took 23 s by
     * {@link #counts}, 3.7 s by this).
     */
    NavigableMap<LocalDate, Counts> countsByDay(Node scope, Node question, Node floor) {
        TreeMap<LocalDate, int[]> deltas = new TreeMap<>();
        for (Member m : populations.getOrDefault(scope, List.of())) {
            Timeline t = timelines.get(new Key(m.state(), question, floor));
            TreeSet<LocalDate> days = new TreeSet<>();
            addChangeDays(m, t, days);
            int[] before = new int[8];
            for (LocalDate day : days) {
                int[] now = contribution(m.holds(day) && t != null ? t.at(day) : null);
                if (!Arrays.equals(before, now)) {
                    int[] d = deltas.computeIfAbsent(day, k -> new int[8]);
                    for (int i = 0; i < 8; i++)
                        d[i] += now[i] - before[i];
                    before = now;
                }
            }
        }
        TreeMap<LocalDate, Counts> byDay = new TreeMap<>();
        int[] running = new int[8];
        Counts last = Counts.NONE;
        for (Map.Entry<LocalDate, int[]> e : deltas.entrySet()) {
            for (int i = 0; i < 8; i++)
                running[i] += e.getValue()[i];
            Counts c = counts(running);
            if (!c.equals(last))
                byDay.put(e.getKey(), c);
            last = c;
        }
        return byDay;
    }

    /** What one member in a piece (none: not counted) adds to the counters, in the order of {@link Counts}. */
    private static int[] contribution(Piece p) {
        int[] c = new int[8];
        if (p == null)
            return c;
        c[0] = 1;
        Node stance = p.stance();
        if (stance == null)
            c[4] = 1;
        else if (stance.equals(AFFIRMS))
            c[1] = 1;
        else if (stance.equals(REJECTS))
            c[2] = 1;
        else if (stance.equals(UNDECIDED))
            c[3] = 1;
        Node coverage = p.coverageClass();
        if (coverage.equals(SILENT))
            c[5] = 1;
        else if (coverage.equals(UNREAD))
            c[6] = 1;
        else if (coverage.equals(NO_DOCUMENT))
            c[7] = 1;
        return c;
    }

    private Piece piece(Node state, Node question, Node floor, LocalDate day) {
        Timeline t = timelines.get(new Key(state, question, floor));
        return t == null ? null : t.at(day);
    }
}
