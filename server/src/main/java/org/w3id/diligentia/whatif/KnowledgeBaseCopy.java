package org.w3id.diligentia.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.diligentia.infer.Materializer;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Stance;

/**
 * Builds the knowledge base of one what-if in an in-memory TDB2 store: the curated sources, less the
 * curated positions a variant leaves out, with the level thresholds a variant changes, plus the
 * hypotheses ({@link HypothesesGraph}); then the same inference rules and interval materializer the
 * loader runs, for the question asked only (the services answer from the intervals; the assessments of the load date are not
 * needed). An undecided effective stance counted as rejecting is rewritten in the stance intervals,
 * so every answer (counts, members, custom indicators) counts it so, by the same rules.
 * {@code checkpoint} runs between the phases (the time limit). The caller closes the store.
 */
final class KnowledgeBaseCopy {
    /** The threshold properties of a level, by the name a client gives them. */
    static final Map<String, Node> THRESHOLDS = Map.of(
            "minSupport", DIL.minSupport.asNode(), "maxOpposition", DIL.maxOpposition.asNode(),
            "minAgreement", DIL.minAgreement.asNode(), "agreementBelow", DIL.agreementBelow.asNode(),
            "minAffirming", DIL.minAffirming.asNode(), "minRejecting", DIL.minRejecting.asNode(),
            "coverageBelow", DIL.coverageBelow.asNode());
    /** The level whose coverage threshold is the coverage floor (the custom indicators' too). */
    static final String FLOOR_LEVEL = "not-established";
    private static final Node OWN_WORDS = Ids.id("evidence", "own-words-read");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KnowledgeBaseCopy.class);

    private KnowledgeBaseCopy() {}

    /** The copy of {@code sources} for {@code whatIf}, materialized; what the variants left out goes to {@code leftOut}. */
    static TdbStore build(List<Quad> sources, WhatIf whatIf, List<Materializer> materializers, LocalDate today,
                          Runnable checkpoint, Consumer<WhatIfAnswer.LeftOut> leftOut) {
        TdbStore copy = TdbStore.inMemory();
        try {
            copy.replaceAll(dataset -> {
                sources.forEach(dataset::add);
                WhatIf.Variants v = whatIf.variants();
                Graph union = dataset.getUnionGraph();
                List<Node> collective = v.leaveOutCollective() ? positions(union, p -> !heldByState(union, p)) : List.of();
                List<Node> notOwnWords = v.ownWordsOnly()
                        ? positions(union, p -> !collective.contains(p) && !union.contains(p, DIL.evidence.asNode(), OWN_WORDS))
                        : List.of();
                collective.forEach(p -> remove(dataset, p));
                notOwnWords.forEach(p -> remove(dataset, p));
                leftOut.accept(new WhatIfAnswer.LeftOut(collective.size(), notOwnWords.size()));
                thresholds(dataset, v);
                onlyTheAskedQuestion(dataset, whatIf.ask().question().node());
                HypothesesGraph.write(whatIf.hypotheses(), union, dataset.getGraph(HypothesesGraph.GRAPH));
                LocalQueryExecutor queries = new LocalQueryExecutor(dataset);
                for (Materializer m : materializers) {
                    checkpoint.run();
                    long t = System.nanoTime();
                    m.materialize(dataset, queries, today);
                    LOG.info("What-if copy: {} in {} ms", m.name(), (System.nanoTime() - t) / 1_000_000);
                }
                if (v.undecidedAsRejecting())
                    undecidedAsRejecting(dataset.getGraph(Ids.INFERRED_GRAPH));
                checkpoint.run();
            });
            return copy;
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    private static List<Node> positions(Graph g, java.util.function.Predicate<Node> leaveOut) {
        TreeSet<String> found = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), DIL.Position.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI() && leaveOut.test(t.getSubject()))
                found.add(t.getSubject().getURI());
        });
        return found.stream().map(NodeFactory::createURI).toList();
    }

    private static boolean heldByState(Graph g, Node position) {
        List<Triple> holders = g.find(position, DIL.holder.asNode(), Node.ANY).toList();
        return !holders.isEmpty() && holders.stream().allMatch(t -> g.contains(t.getObject(), RDF.type.asNode(), DIL.State.asNode()));
    }

    /**
     * The copy knows only the question asked: the timelines of the others are not computed (a sixth of
     * the work). Their readings stay, so each State's documents, and hence its coverage, are the same.
     */
    private static void onlyTheAskedQuestion(DatasetGraph dataset, Node asked) {
        List<Quad> others = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), DIL.Question.asNode()).forEachRemaining(q -> {
            if (!q.getSubject().equals(asked))
                others.add(q);
        });
        others.forEach(dataset::delete);
    }

    private static void remove(DatasetGraph dataset, Node resource) {
        dataset.deleteAny(Node.ANY, resource, Node.ANY, Node.ANY);
        dataset.deleteAny(Node.ANY, Node.ANY, Node.ANY, resource);
    }

    /** Writes the changed thresholds into the graph that defines each level, and says so in its rule text. */
    private static void thresholds(DatasetGraph dataset, WhatIf.Variants v) {
        Map<String, Map<String, String>> levels = new java.util.LinkedHashMap<>(v.levels());
        if (v.coverageFloor() != null) {
            Map<String, String> floor = new java.util.LinkedHashMap<>(levels.getOrDefault(FLOOR_LEVEL, Map.of()));
            floor.put("coverageBelow", v.coverageFloor());
            levels.put(FLOOR_LEVEL, floor);
        }
        levels.forEach((level, changes) -> {
            Node node = Ids.id("level", level);
            List<Quad> defined = new ArrayList<>();
            dataset.find(Node.ANY, node, RDF.type.asNode(), DIL.ConsensusLevel.asNode()).forEachRemaining(defined::add);
            if (defined.isEmpty())
                throw new IllegalArgumentException("No consensus level '" + level + "'");
            Node graph = defined.get(0).getGraph();
            List<String> said = new ArrayList<>();
            changes.forEach((name, value) -> {
                Node property = THRESHOLDS.get(name);
                dataset.deleteAny(Node.ANY, node, property, Node.ANY);
                if (value != null)
                    dataset.add(graph, node, property, WhatIf.thresholdLiteral(name, value));
                said.add(name + (value == null ? " removed" : " = " + value));
            });
            List<Quad> texts = new ArrayList<>();
            dataset.find(Node.ANY, node, DIL.ruleText.asNode(), Node.ANY).forEachRemaining(texts::add);
            String before = texts.isEmpty() ? "" : texts.get(0).getObject().getLiteralLexicalForm();
            dataset.deleteAny(Node.ANY, node, DIL.ruleText.asNode(), Node.ANY);
            dataset.add(graph, node, DIL.ruleText.asNode(), NodeFactory.createLiteralString(
                    before + " [what-if: " + String.join(", ", said) + "]"));
        });
    }

    private static void undecidedAsRejecting(Graph inferred) {
        Node undecided = Stance.UNDECIDED.node();
        List<Triple> found = inferred.find(Node.ANY, DIL.stance.asNode(), undecided).toList();
        for (Triple t : found)
            if (inferred.contains(t.getSubject(), RDF.type.asNode(), DIL.StanceInterval.asNode())) {
                inferred.delete(t);
                inferred.add(t.getSubject(), DIL.stance.asNode(), Stance.REJECTS.node());
            }
    }
}
