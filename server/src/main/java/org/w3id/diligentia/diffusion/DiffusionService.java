package org.w3id.diligentia.diffusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.w3id.diligentia.diffusion.Diffusion.Collective;
import org.w3id.diligentia.diffusion.Diffusion.Point;
import org.w3id.diligentia.query.AnswerCache;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.Row;

/**
 * Regional-to-global diffusion: the members' own positions around each collective position
 * ({@code diffusion-members}, with {@code divergences} for those that diverge), and the world's
 * affirmation over time by route ({@code diffusion-routes}: the UN membership and affirming stance
 * intervals, counted here on every date where one starts or ends). Knows nothing of HTTP.
 */
public final class DiffusionService {
    public static final String OWN = "own";
    private static final String POPULATION = "population";

    private final CannedQueries queries;
    private final AnswerCache cache;

    public DiffusionService(CannedQueries queries, Supplier<String> version) {
        this.queries = queries;
        this.cache = new AnswerCache(version, 200);
        queries.require("diffusion-routes", "diffusion-members", "divergences");
    }

    public Diffusion diffusion(DiffusionQuery q) {
        return cache.get(q, () -> compute(q));
    }

    private record Span(String iso3, LocalDate from, LocalDate until, String route) {
        boolean holds(LocalDate d) {
            return !from.isAfter(d) && (until == null || until.isAfter(d));
        }
    }

    private Diffusion compute(DiffusionQuery q) {
        QueryArgs args = QueryArgs.none().with("question", q.question().node()).with("minConfidence", q.floor().node());
        List<Span> population = new ArrayList<>();
        List<Span> affirming = new ArrayList<>();
        TreeSet<LocalDate> dates = new TreeSet<>(List.of(q.from()));
        for (Row r : queries.select("diffusion-routes", args).complete("diffusion-routes").readRows()) {
            Span s = new Span(r.text("iso3").orElseThrow(), r.date("from").orElseThrow(), r.date("until").orElse(null),
                    r.text("route").orElse(null));
            (r.text("kind").orElse("").equals(POPULATION) ? population : affirming).add(s);
            for (LocalDate d : new LocalDate[] {s.from(), s.until()})
                if (d != null && d.isAfter(q.from()) && !d.isAfter(q.to()))
                    dates.add(d);
        }
        Set<String> routes = new LinkedHashSet<>();
        affirming.stream().sorted((a, b) -> a.from().compareTo(b.from())).map(Span::route)
                .filter(r -> !r.equals(OWN)).forEach(routes::add);
        routes.add(OWN);
        List<Point> points = new ArrayList<>();
        for (LocalDate d : dates) {
            Set<String> members = new HashSet<>();
            population.stream().filter(s -> s.holds(d)).forEach(s -> members.add(s.iso3()));
            Map<String, Integer> byRoute = new TreeMap<>();
            for (Span s : affirming)
                if (s.holds(d) && members.contains(s.iso3()))
                    byRoute.merge(s.route(), 1, Integer::sum);
            Point last = points.isEmpty() ? null : points.get(points.size() - 1);
            if (last == null || last.members() != members.size() || !last.affirming().equals(byRoute))
                points.add(new Point(d, members.size(), byRoute));
        }
        return new Diffusion(q.question().id(), q.from(), q.to(), q.floor(), List.copyOf(routes), points, collectives(q));
    }

    private List<Collective> collectives(DiffusionQuery q) {
        QueryArgs question = QueryArgs.none().with("question", q.question().node());
        Set<String> divergent = new HashSet<>();                 // "own collective" pairs that diverge
        for (Row r : queries.select("divergences", question).complete("divergences").readRows())
            divergent.add(r.uri("ownPosition").orElse("") + " " + r.uri("collectivePosition").orElse(""));
        Map<String, List<Row>> byCollective = new LinkedHashMap<>();
        for (Row r : queries.select("diffusion-members", question).complete("diffusion-members").readRows())
            byCollective.computeIfAbsent(r.uri("collective").orElseThrow(), k -> new ArrayList<>()).add(r);
        List<Collective> collectives = new ArrayList<>();
        byCollective.forEach((position, rows) -> {
            Row first = rows.get(0);
            Set<String> members = new TreeSet<>();
            Set<String> before = new TreeSet<>();
            Set<String> after = new TreeSet<>();
            Set<String> diverging = new TreeSet<>();
            for (Row r : rows) {
                String iso3 = r.text("iso3").orElseThrow();
                members.add(iso3);
                if (r.node("own").isEmpty())
                    continue;
                boolean isAfter = r.text("after").orElse("false").equals("true");
                (isAfter ? after : before).add(iso3);
                if (isAfter && divergent.contains(r.uri("own").orElse("") + " " + position))
                    diverging.add(iso3);
            }
            collectives.add(new Collective(first.text("organization").orElse(""), position, first.uri("instrument").orElse(null),
                    first.date("collectiveDate").orElse(null), first.text("collectiveStance").orElse(null), members.size(),
                    before.size(), after.size(), after.size() - diverging.size(), List.copyOf(diverging)));
        });
        return collectives;
    }
}
