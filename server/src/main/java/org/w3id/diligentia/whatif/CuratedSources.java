package org.w3id.diligentia.whatif;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.diligentia.dataset.DumpWriter;
import org.w3id.diligentia.query.BoundQuery;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Row;

/**
 * The curated sources of the version a store holds (the graphs of {@code ontology/}, {@code data/}
 * and extra files; nothing derived), read once per version and kept, immutable, as the starting
 * point of every what-if: the embedded store is read straight from its dataset, a remote one graph
 * by graph ({@code dump-graphs}, then {@code dump-quads}), as the downloads are. Thread-safe.
 */
final class CuratedSources {
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMinutes(2), Integer.MAX_VALUE);

    private record Snapshot(String version, List<Quad> quads) {}

    private final KnowledgeStore store;
    private final CannedQueries queries;
    private volatile Snapshot snapshot;

    CuratedSources(KnowledgeStore store, CannedQueries queries) {
        this.store = store;
        this.queries = queries;
        queries.require("dump-graphs", "dump-quads");
    }

    /** The source statements of the version being read (call within the request's read of the store). */
    List<Quad> quads() {
        String version = store.info().version();
        Snapshot s = snapshot;
        if (s != null && s.version().equals(version))
            return s.quads();
        synchronized (this) {
            s = snapshot;
            if (s == null || !s.version().equals(version)) {
                s = new Snapshot(version, List.copyOf(store.readingOneVersion(this::read)));
                snapshot = s;
            }
            return s.quads();
        }
    }

    private List<Quad> read() {
        List<Quad> quads = new ArrayList<>();
        var local = store.localDataset();
        if (local.isPresent()) {
            DatasetGraph dataset = local.get();
            dataset.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph() && DumpWriter.isSource(q.getGraph()))
                    quads.add(q);
            });
            return quads;
        }
        BoundQuery graphs = queries.bind("dump-graphs", QueryArgs.none());
        for (Row g : store.select(graphs.query(), graphs.parameters(), LIMITS).readRows()) {
            Node graph = g.required("g");
            if (!DumpWriter.isSource(graph))
                continue;
            BoundQuery bound = queries.bind("dump-quads", QueryArgs.none().with("g", graph));
            store.construct(bound.query(), bound.parameters(), LIMITS).find()
                    .forEachRemaining(t -> quads.add(Quad.create(graph, t)));
        }
        return quads;
    }
}
