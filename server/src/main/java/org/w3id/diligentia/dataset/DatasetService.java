package org.w3id.diligentia.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.w3id.diligentia.linkeddata.DocumentLicense;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.Row;

/**
 * The description of the dataset (VoID and DCAT 3): sizes and class and property partitions computed
 * from the store with the canned queries {@code dataset-*}, the downloads of the current version
 * ({@link Dumps}), and the versions the store has held. Computed once per version; the graph is built
 * for the address the client used (the SPARQL endpoint and download URLs are on this server). Knows
 * nothing of HTTP.
 */
public final class DatasetService {
    public static final String TITLE = "Diligentia knowledge graph";
    public static final String DESCRIPTION = "States, regional organizations, their memberships over time, the legal "
            + "instruments they adopted, the positions those instruments take on precise questions about due diligence in "
            + "cyberspace (each sourced and pinpointed), and the consensus assessments computed from those positions.";

    private final KnowledgeStore store;
    private final CannedQueries queries;
    private final Dumps dumps;
    private final String base;
    private volatile DatasetSummary cached;

    /** {@code base} is the canonical base of identifiers ({@code https://w3id.org/diligentia/}). */
    public DatasetService(KnowledgeStore store, CannedQueries queries, Dumps dumps, String base) {
        this.store = store;
        this.queries = queries;
        this.dumps = dumps;
        this.base = base;
        queries.require("dataset-counts", "dataset-classes", "dataset-properties", "dataset-examples", "dataset-versions");
    }

    /** The canonical base of identifiers. */
    public String base() {
        return base;
    }

    public Dumps dumps() {
        return dumps;
    }

    /** The summary of the version the store holds, with the SPARQL endpoint at {@code origin}. */
    public DatasetSummary summary(String origin) {
        DatasetInfo info = store.info();
        DatasetSummary s = cached;
        if (s == null || !s.version().equals(info.version()))
            cached = s = compute(info);
        return new DatasetSummary(s.title(), s.description(), s.version(), s.modified(), s.issued(), s.license(),
                s.uriSpace(), origin + "/sparql", s.triples(), s.entities(), s.classes(), s.properties(), s.examples(),
                s.dumps(), s.versions());
    }

    /** The VoID and DCAT description, as served at {@code /dataset} on the server at {@code origin}. */
    public Graph description(String origin) {
        DatasetSummary s = summary(origin);
        Graph g = DatasetGraphBuilder.build(s, base, origin);
        return DocumentLicense.state(g, NodeFactory.createURI(base + "dataset"));
    }

    private DatasetSummary compute(DatasetInfo info) {
        String uriSpace = base + "id/";
        Row counts = queries.select("dataset-counts", QueryArgs.none().with("uriSpace", NodeFactory.createURI(uriSpace)))
                .complete("the dataset's counts").readRows().get(0);
        List<DatasetSummary.Partition> classes = partitions("dataset-classes", "class", "entities");
        List<DatasetSummary.Partition> properties = partitions("dataset-properties", "property", "triples");
        List<String> examples = queries.select("dataset-examples", QueryArgs.none()).readRows().stream()
                .map(r -> r.text("resource").orElse(null)).filter(r -> r != null).toList();
        List<DatasetSummary.VersionEntry> versions = new ArrayList<>();
        for (Row r : queries.select("dataset-versions", QueryArgs.none()).complete("the dataset's versions").readRows())
            versions.add(new DatasetSummary.VersionEntry(r.text("hash").orElseThrow(), Instant.parse(r.text("issued").orElseThrow()),
                    r.text("triples").map(Long::parseLong).orElse(0L), r.uri("previous").map(p -> p.substring(p.lastIndexOf('/') + 1)).orElse(null)));
        Instant issued = versions.stream().map(DatasetSummary.VersionEntry::issued).min(Comparator.naturalOrder()).orElse(info.loadedAt());
        return new DatasetSummary(TITLE, DESCRIPTION, info.version(), info.loadedAt(), issued, DocumentLicense.CC_BY_4_0.getURI(),
                uriSpace, "/sparql", counts.text("triples").map(Long::parseLong).orElse(0L),
                counts.text("entities").map(Long::parseLong).orElse(0L), classes, properties, examples,
                dumps.current().files(), versions);
    }

    private List<DatasetSummary.Partition> partitions(String query, String var, String count) {
        return queries.select(query, QueryArgs.none()).complete(query).readRows().stream()
                .map(r -> new DatasetSummary.Partition(r.uri(var).orElseThrow(), r.text(count).map(Long::parseLong).orElse(0L)))
                .toList();
    }
}
