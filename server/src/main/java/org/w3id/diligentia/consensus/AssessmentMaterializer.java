package org.w3id.diligentia.consensus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.diligentia.infer.Materializer;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Prov;

/**
 * At load, materializes a {@code dil:ConsensusAssessment} for every scope with members (the world and
 * each organization) and every question, as of the load date and with every position counted (no
 * confidence floor), into the assessments graph: counts, ratios, level, the rule that matched, and
 * {@code prov:wasDerivedFrom} every position it counted. Consumers can dereference an assessment and see
 * why; the SPARQL endpoint sees them too.
 */
public final class AssessmentMaterializer implements Materializer {
    private static final Node WAS_DERIVED_FROM = Prov.WAS_DERIVED_FROM;
    private static final Node GENERATED_AT = Prov.GENERATED_AT_TIME;

    private final QueryCatalog catalog;

    public AssessmentMaterializer(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "consensus assessments";
    }

    @Override
    public String fingerprint() {
        return Stream.of("consensus-counts", "effective-stances", "scope-members", "consensus-levels", "scopes", "questions",
                        "index-population-intervals", "index-stance-intervals", "index-positions", "index-labels")
                .map(n -> catalog.get(n).map(CannedQuery::text).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public long materialize(DatasetGraph dataset, LocalQueryExecutor executor, LocalDate loadDate) {
        LoadingServices services = LoadingServices.of(catalog, executor, loadDate);
        Identifiers ids = services.identifiers();
        ConsensusService consensus = services.consensus();
        Graph graph = dataset.getGraph(Ids.ASSESSMENTS_GRAPH);
        long before = graph.size();
        Node generated = NodeFactory.createLiteralDT(Clock.systemUTC().instant().toString(), XSDDatatype.XSDdateTime);
        LevelRules rules = consensus.levelRules();
        Map<String, Map<String, Set<String>>> used = consensus.positionsUsed(loadDate, Confidence.LOW);
        for (MatrixCell cell : consensus.matrix(new MatrixQuery(loadDate, Confidence.LOW))) {
            Counts c = cell.counts();
            Assessment.Rule rule = Assessment.Rule.of(rules.classify(c), c);
            Node s = NodeFactory.createURI(cell.assessment());
            graph.add(s, RDF.type.asNode(), DIL.ConsensusAssessment.asNode());
            graph.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                    "Consensus of " + cell.scopeLabel() + " on " + cell.question() + " as of " + loadDate, "en"));
            graph.add(s, DIL.scope.asNode(), ids.scopeNode(cell.scope()));
            graph.add(s, DIL.question.asNode(), Ids.question(cell.question()));
            graph.add(s, DIL.asOf.asNode(), QueryArgs.date(loadDate));
            graph.add(s, DIL.level.asNode(), Ids.id("level", cell.level()));
            graph.add(s, DIL.matchedRule.asNode(), NodeFactory.createLiteralString(
                    rule.level() + ": " + rule.thresholds() + " (" + rule.figures() + ")"));
            graph.add(s, DIL.minConfidence.asNode(), Confidence.LOW.node());
            integer(graph, s, DIL.memberCount.asNode(), c.members());
            integer(graph, s, DIL.affirmingCount.asNode(), c.affirms());
            integer(graph, s, DIL.rejectingCount.asNode(), c.rejects());
            integer(graph, s, DIL.undecidedCount.asNode(), c.undecided());
            integer(graph, s, DIL.noStanceCount.asNode(), c.noStance());
            integer(graph, s, DIL.silentCount.asNode(), c.silent());
            integer(graph, s, DIL.unreadCount.asNode(), c.unread());
            integer(graph, s, DIL.noDocumentCount.asNode(), c.noDocument());
            decimal(graph, s, DIL.support.asNode(), c.support());
            decimal(graph, s, DIL.opposition.asNode(), c.opposition());
            decimal(graph, s, DIL.agreement.asNode(), c.agreement());
            decimal(graph, s, DIL.coverage.asNode(), c.coverage());
            graph.add(s, GENERATED_AT, generated);
            used.getOrDefault(cell.scope(), Map.of()).getOrDefault(cell.question(), Set.of())
                    .forEach(p -> graph.add(s, WAS_DERIVED_FROM, NodeFactory.createURI(p)));
        }
        return graph.size() - before;
    }

    private static void integer(Graph g, Node s, Node p, int value) {
        g.add(s, p, NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger));
    }

    private static void decimal(Graph g, Node s, Node p, BigDecimal value) {
        if (value != null)
            g.add(s, p, NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal));
    }
}
