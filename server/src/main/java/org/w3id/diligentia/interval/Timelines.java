package org.w3id.diligentia.interval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Prov;

/**
 * Writes one State's stance timelines on one question, one per confidence floor, as
 * {@code dil:StanceTimeline} resources with predictable identifiers
 * ({@code stance-timeline/{ISO3}_{question}_{floor}}) listing their {@code dil:StanceInterval}s.
 * Floors that agree on an interval (same days, stance, position, coverage) share one interval
 * resource, named after the floors that share it, so most States' intervals are written once.
 */
final class Timelines {
    private static final Node WAS_DERIVED_FROM = Prov.WAS_DERIVED_FROM;

    private Timelines() {}

    /** Writes the timelines; returns the number of interval resources written. */
    static int write(Graph g, Node state, Node question, String questionId, Map<Node, List<StanceTimeline.Interval>> byFloor,
                     Map<Node, String> floorIds) {
        String prefix = IntervalMaterializer.last(state) + "_" + questionId + "_";
        Map<StanceTimeline.Interval, List<Node>> floorsOf = new LinkedHashMap<>();
        byFloor.forEach((floor, intervals) -> intervals.forEach(i -> floorsOf.computeIfAbsent(i, k -> new ArrayList<>()).add(floor)));
        Map<StanceTimeline.Interval, Node> names = new LinkedHashMap<>();
        floorsOf.forEach((interval, floors) -> {
            Node s = Ids.id("stance-interval", prefix + interval.from() + "_"
                    + floors.stream().map(floorIds::get).collect(Collectors.joining("-")));
            names.put(interval, s);
            g.add(s, RDF.type.asNode(), DIL.StanceInterval.asNode());
            g.add(s, DIL.from.asNode(), IntervalMaterializer.date(interval.from()));
            if (interval.until() != null)
                g.add(s, DIL.until.asNode(), IntervalMaterializer.date(interval.until()));
            g.add(s, DIL.coverageClass.asNode(), Ids.id("coverage", interval.coverage().id()));
            if (interval.position() != null) {
                g.add(s, DIL.stance.asNode(), interval.stance());
                g.add(s, DIL.effectivePosition.asNode(), interval.position());
            }
            for (Node silence : interval.silences())
                g.add(s, WAS_DERIVED_FROM, silence);
        });
        byFloor.forEach((floor, intervals) -> {
            Node timeline = Ids.id("stance-timeline", prefix + floorIds.get(floor));
            g.add(timeline, RDF.type.asNode(), DIL.StanceTimeline.asNode());
            g.add(timeline, DIL.intervalState.asNode(), state);
            g.add(timeline, DIL.question.asNode(), question);
            g.add(timeline, DIL.minConfidence.asNode(), floor);
            for (StanceTimeline.Interval i : intervals)
                g.add(timeline, DIL.interval.asNode(), names.get(i));
        });
        return names.size();
    }
}
