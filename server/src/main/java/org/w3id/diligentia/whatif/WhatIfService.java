package org.w3id.diligentia.whatif;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.Quad;
import org.w3id.diligentia.consensus.Assessment;
import org.w3id.diligentia.consensus.ConsensusQuery;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.custom.CustomIndicators;
import org.w3id.diligentia.custom.CustomQuery;
import org.w3id.diligentia.custom.CustomService;
import org.w3id.diligentia.error.ServiceUnavailableException;
import org.w3id.diligentia.infer.InferenceRules;
import org.w3id.diligentia.infer.Materializer;
import org.w3id.diligentia.interval.IntervalMaterializer;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.TdbStore;

/**
 * Answers what-ifs: each on a copy of the knowledge base in memory ({@link KnowledgeBaseCopy}) that
 * lives only while it is answered, over which a {@link ConsensusService} and a {@link CustomService}
 * of its own answer exactly as the real ones do; nothing is written to the store, and nothing goes
 * into the real services' caches. Bounded: at most {@code concurrent} copies exist at once (others
 * wait a little, then are refused), and one that runs past {@code timeLimit} is stopped at its next
 * phase. Knows nothing of HTTP.
 */
public final class WhatIfService {
    /** The version name of every copy: its answers are cached nowhere but in the copy's own services. */
    private static final String COPY_VERSION = "what-if";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final KnowledgeStore store;
    private final CuratedSources sources;
    private final QueryCatalog catalog;
    private final Clock clock;
    private final QueryLimits limits;
    private final Semaphore copies;
    private final int concurrent;
    private final Duration timeLimit;

    public WhatIfService(KnowledgeStore store, CannedQueries queries, Clock clock, int concurrent, Duration timeLimit) {
        this.store = store;
        this.sources = new CuratedSources(store, queries);
        this.catalog = queries.catalog();
        this.clock = clock;
        this.limits = new QueryLimits(timeLimit, queries.limits().maxRows());
        this.copies = new Semaphore(concurrent, true);
        this.concurrent = concurrent;
        this.timeLimit = timeLimit;
    }

    /** The answer of {@code whatIf}, computed on a copy of the version being read. */
    public WhatIfAnswer answer(WhatIf whatIf) {
        try {
            if (!copies.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                throw new ServiceUnavailableException("All " + concurrent + " what-ifs that may run at once are running; retry later.",
                        WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Interrupted while waiting to compute a what-if.", WAIT);
        }
        try {
            return compute(whatIf);
        } finally {
            copies.release();
        }
    }

    private WhatIfAnswer compute(WhatIf whatIf) {
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        Runnable checkpoint = () -> {
            if (System.nanoTime() > deadline)
                throw new ServiceUnavailableException("The what-if took longer than its limit of " + timeLimit.toSeconds()
                        + " s and was stopped; ask with fewer hypotheses or scopes.", WAIT);
        };
        String basedOn = store.info().version();
        List<Quad> curated = sources.quads();
        List<Materializer> steps = List.of(new InferenceRules(catalog), new IntervalMaterializer(catalog));
        WhatIfAnswer.LeftOut[] leftOut = {new WhatIfAnswer.LeftOut(0, 0)};
        LocalDate today = LocalDate.now(clock);
        try (TdbStore copy = KnowledgeBaseCopy.build(curated, whatIf, steps, today, checkpoint, l -> leftOut[0] = l)) {
            Supplier<String> version = () -> COPY_VERSION;
            CannedQueries queries = new CannedQueries(catalog, copy, new Identifiers(copy, version, catalog), limits, clock);
            ConsensusService consensus = new ConsensusService(queries, version);
            WhatIf.Ask ask = whatIf.ask();
            return copy.readingOneVersion(() -> {
                Identifiers ids = queries.identifiers();
                Identifiers.Question question = ids.question(ask.question().id());
                List<Assessment> assessments = new ArrayList<>();
                for (Identifiers.Scope scope : ask.scopes()) {
                    checkpoint.run();
                    Identifiers.Scope s = ids.scope(scope.id());
                    assessments.add(consensus.assess(new ConsensusQuery(s == null ? scope : s, question, ask.asOf(), ask.floor())));
                }
                checkpoint.run();
                CustomIndicators custom = ask.custom()
                        ? new CustomService(queries, consensus, version).indicators(new CustomQuery(question, ask.asOf(), ask.floor()))
                        : null;
                return new WhatIfAnswer(true, basedOn, new WhatIfAnswer.Asked(ask.scopes().stream().map(Identifiers.Scope::id).toList(),
                        question.id(), ask.asOf(), ask.floor(), ask.custom()), whatIf.hypotheses(), whatIf.variants(),
                        leftOut[0], List.copyOf(assessments), custom,
                        Duration.ofNanos(System.nanoTime() - start).toMillis());
            });
        }
    }
}
