package org.w3id.diligentia.interval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.diligentia.vocab.Ids;

/**
 * Who is counted in each scope, over time: for every scope and State, the spans over which the State
 * is in the scope's population (docs/design.md, "Scopes"). An organization counts its member States
 * minus their suspensions; the world, the UN's; a UN regional group, the UN members it counts for
 * elections, while they are UN members; all-states, every State always. Built from the rows of
 * {@code queries/intervals-memberships.rq}.
 */
final class Populations {
    private final Map<Node, Map<Node, List<Span>>> byScope = new LinkedHashMap<>();

    private Populations() {}

    static Populations of(List<Binding> rows) {
        Map<Node, Map<Node, Map<String, List<Span>>>> raw = new LinkedHashMap<>();
        for (Binding row : rows) {
            Node scope = Rows.node(row, "scope");
            Node state = Rows.node(row, "state");
            String kind = Rows.text(row, "kind");
            Span span = "always".equals(kind) ? new Span(Span.BEGINNING, null)
                    : Span.of(Rows.date(row, "start"), Rows.dateOrNull(row, "end"));
            if (span != null)
                raw.computeIfAbsent(scope, s -> new LinkedHashMap<>()).computeIfAbsent(state, s -> new LinkedHashMap<>())
                        .computeIfAbsent(kind, k -> new ArrayList<>()).add(span);
        }
        Map<Node, Map<String, List<Span>>> un = raw.getOrDefault(Ids.WORLD, Map.of());
        Populations p = new Populations();
        raw.forEach((scope, states) -> states.forEach((state, kinds) -> {
            List<Span> active = active(kinds);
            if (kinds.containsKey("group"))
                active = Span.intersect(Span.union(kinds.get("group")), active(un.getOrDefault(state, Map.of())));
            if (!active.isEmpty())
                p.byScope.computeIfAbsent(scope, s -> new LinkedHashMap<>()).put(state, active);
        }));
        return p;
    }

    private static List<Span> active(Map<String, List<Span>> kinds) {
        List<Span> members = new ArrayList<>(kinds.getOrDefault("member", List.of()));
        members.addAll(kinds.getOrDefault("always", List.of()));
        return Span.minus(Span.union(members), Span.union(kinds.getOrDefault("suspension", List.of())));
    }

    /** Scope to State to the spans over which the State is counted. */
    Map<Node, Map<Node, List<Span>>> byScope() {
        return byScope;
    }

    /** Whether {@code state} is counted in {@code scope} on {@code day}. */
    boolean counts(Node scope, Node state, LocalDate day) {
        return byScope.getOrDefault(scope, Map.of()).getOrDefault(state, List.of()).stream().anyMatch(s -> s.contains(day));
    }
}
