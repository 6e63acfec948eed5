package org.w3id.diligentia.load;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.changes.ChangeGraph;
import org.w3id.diligentia.changes.ChangeReport;
import org.w3id.diligentia.changes.Changes;
import org.w3id.diligentia.changes.Snapshot;
import org.w3id.diligentia.consensus.LoadingServices;
import org.w3id.diligentia.infer.Materializer;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.MetaGraph;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.StoreCounts;
import org.w3id.diligentia.store.VersionGraph;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.store.TdbStore;

/**
 * Builds the knowledge graph from the sources, all or nothing: every file is parsed into its own
 * named graph, the union is validated against the SHACL shapes, the materializers derive their
 * graphs, the check queries must find nothing, and only then is the result committed. Any problem
 * aborts the store's write transaction, so the store keeps exactly what it held before; the
 * {@link LoadException} lists every problem found at the failing stage. Each load records, in the
 * same transaction, what it changed from the version it replaces ({@link ChangeReport}: the old
 * store's {@link Snapshot} read before the load, the new one inside it).
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);

    /** Where the sources are: the ontology folder, the data folder, and extra files to include. */
    public record Sources(Path ontologyDir, Path dataDir, List<Path> extraFiles) {
        public Sources {
            extraFiles = List.copyOf(extraFiles);
        }

        public Sources(Path ontologyDir, Path dataDir) {
            this(ontologyDir, dataDir, List.of());
        }
    }

    private static final QueryLimits HISTORY_LIMITS = new QueryLimits(Duration.ofMinutes(1), 1_000_000);

    private final QueryCatalog catalog;
    private final List<CannedQuery> checks;
    private final CannedQuery history;
    private final List<Materializer> materializers;
    private final Clock clock;

    public Loader(QueryCatalog catalog, List<Materializer> materializers, Clock clock) {
        this.catalog = catalog;
        this.checks = catalog.tagged(CannedQuery.CHECK).toList();
        this.history = catalog.get("meta-history").orElseThrow(() -> new IllegalStateException("queries/meta-history.rq is missing"));
        this.materializers = List.copyOf(materializers);
        this.clock = clock;
    }

    /** The hash of the sources and of every rule that shapes the loaded result. */
    public String contentHash(Sources sources) {
        return SourceSet.collect(sources.ontologyDir(), sources.dataDir(), sources.extraFiles()).contentHash(rules());
    }

    /** Whether {@code store} already holds what loading {@code sources} would produce. */
    public boolean isCurrent(KnowledgeStore store, Sources sources) {
        return !store.info().isEmpty() && store.info().contentHash().equals(contentHash(sources));
    }

    /** Loads {@code sources} into {@code store}, replacing its content. */
    public LoadReport load(KnowledgeStore store, Sources sources) {
        SourceSet set = SourceSet.collect(sources.ontologyDir(), sources.dataDir(), sources.extraFiles());
        String hash = set.contentHash(rules());
        Run run = new Run(set, hash);
        // The versions the store has held, carried over into the new meta graph (the load replaces everything).
        DatasetInfo previous = store.info();
        run.history = previous.isEmpty() ? GraphFactory.createDefaultGraph()
                : store.construct(history.query(), BindingFactory.empty(), HISTORY_LIMITS);
        run.previous = previous.isEmpty() ? null : previous.version();
        long reading = System.nanoTime();
        run.before = before(store);
        Duration readPrevious = Duration.ofNanos(System.nanoTime() - reading);
        Instant start = clock.instant();
        store.replaceAll(run::buildInto);
        run.phases.put("commit", Duration.between(start, clock.instant()).minus(run.elapsed()));
        run.phases.put("previous version", readPrevious);
        return run.report(store.info().version());
    }

    /** Parses, validates and checks {@code sources} in a scratch store that is then discarded. */
    public LoadReport validate(Sources sources) {
        SourceSet set = SourceSet.collect(sources.ontologyDir(), sources.dataDir(), sources.extraFiles());
        Run run = new Run(set, set.contentHash(rules()));
        try (TdbStore scratch = TdbStore.inMemory()) {
            scratch.replaceAll(run::buildInto);
        }
        return run.report("");
    }

    /**
     * What loading {@code sources} into {@code current} would change ({@code validate --diff}): the
     * sources are built and checked in a scratch store, as {@link #validate} does, and compared with
     * what {@code current} holds, which is not touched.
     *
     * @throws LoadException if the sources would be refused
     */
    public ChangeReport diff(KnowledgeStore current, Sources sources) {
        SourceSet set = SourceSet.collect(sources.ontologyDir(), sources.dataDir(), sources.extraFiles());
        Run run = new Run(set, set.contentHash(rules()));
        run.previous = current.info().isEmpty() ? null : current.info().version();
        run.before = before(current);
        try (TdbStore scratch = TdbStore.inMemory()) {
            scratch.replaceAll(run::buildInto);
        }
        return run.changes;
    }

    /** What the change report compares of the version {@code store} holds; null when it holds none. */
    private Snapshot before(KnowledgeStore store) {
        if (store.info().isEmpty())
            return null;
        return Snapshot.read(catalog, store, store.info().version());
    }

    private List<String> rules() {
        List<String> rules = new ArrayList<>();
        checks.forEach(c -> rules.add(c.text()));
        materializers.forEach(m -> rules.add(m.fingerprint()));
        return rules;
    }

    /** One load: the phases in order, their timings and counts. */
    private final class Run {
        private final SourceSet sources;
        private final String hash;
        private final Map<String, Duration> phases = new LinkedHashMap<>();
        private final Map<String, Long> derived = new LinkedHashMap<>();
        private long sourceTriples;
        private long totalTriples;
        private Graph history = GraphFactory.createDefaultGraph();
        private String previous;
        private Snapshot before;
        private ChangeReport changes;

        Run(SourceSet sources, String hash) {
            this.sources = sources;
            this.hash = hash;
        }

        Duration elapsed() {
            return phases.values().stream().reduce(Duration.ZERO, Duration::plus);
        }

        void buildInto(DatasetGraph dataset) {
            LocalQueryExecutor queries = new LocalQueryExecutor(dataset);
            List<SourceFile> files = sources.files();

            SourceParser.Result parsed = timed("parse", () -> SourceParser.parseAll(files, dataset));
            sourceTriples = parsed.triples();
            LOG.info("Parsed {} files, {} triples", files.size(), sourceTriples);
            refuseIf("Syntax errors", parsed.problems());

            List<SourceFile> ontology = files.stream().filter(f -> f.name().startsWith("ontology/")).toList();
            List<LoadProblem> violations = timed("shacl", () -> ShapeValidator.validate(dataset, ontology));
            LOG.info("SHACL validation: {} violations", violations.size());
            refuseIf("SHACL violations", violations);

            LocalDate loadDate = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            for (Materializer m : materializers) {
                long n = timed(m.name(), () -> m.materialize(dataset, queries, loadDate));
                derived.put(m.name(), n);
                LOG.info("Materialized {}: {} triples", m.name(), n);
            }

            List<LoadProblem> failed = timed("checks", () -> CheckRunner.run(checks, queries));
            LOG.info("Checks: {} run, {} violations", checks.size(), failed.size());
            refuseIf("Check violations", failed);

            // The consensus answers of the new version from the index the assessments were computed with, not read again.
            LoadingServices loading = LoadingServices.of(catalog, queries, loadDate);
            changes = timed("changes", () -> Changes.between(previous, before,
                    Snapshot.read(catalog, queries, hash, q -> loading.consensus().answerSteps())));
            LOG.info("Changes: {} readings, {} answer ranges", changes.positions().size(), changes.answers().size());

            totalTriples = StoreCounts.quads(dataset);
            Instant loadedAt = clock.instant();
            DatasetInfo info = new DatasetInfo(version(hash, loadedAt), hash, loadedAt, totalTriples);
            MetaGraph.write(dataset, info);
            long entities = StoreCounts.subjectsUnder(dataset, Ids.ID);
            VersionGraph.write(dataset.getGraph(Ids.META_GRAPH),
                    new VersionGraph.Version(info, sources.fileHashes(), entities), history, previous);
            ChangeGraph.write(dataset.getGraph(Ids.META_GRAPH), info.version(), changes.as(info.version()));
        }

        private <T> T timed(String phase, Supplier<T> work) {
            long start = System.nanoTime();
            try {
                return work.get();
            } finally {
                phases.put(phase, Duration.ofNanos(System.nanoTime() - start));
            }
        }

        private void refuseIf(String stage, List<LoadProblem> problems) {
            if (!problems.isEmpty())
                throw new LoadException(stage, problems);
        }

        LoadReport report(String version) {
            return new LoadReport(sources.files().size(), sourceTriples, derived, totalTriples, version, phases, false);
        }
    }

    /** A short version string, unique per load: hash of the content hash and the load instant. */
    static String version(String contentHash, Instant loadedAt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((contentHash + "@" + loadedAt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
