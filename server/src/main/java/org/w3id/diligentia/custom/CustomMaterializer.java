package org.w3id.diligentia.custom;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import org.w3id.diligentia.consensus.LoadingServices;
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
 * At load, materializes a {@code dil:CustomAssessment} ({@code id/custom/{question}}) for every
 * question, as of the load date with every position counted, into the assessments graph: the
 * verdict, each indicator's finding with its exact figures, the objectors, the persistent-objector
 * candidates and the inconsistent States, and {@code prov:wasDerivedFrom} the consensus assessments of
 * the world and of each UN regional group (materialized by the step before, for the same date and
 * floor) and the positions behind the States it names. Runs after the consensus assessments.
 */
public final class CustomMaterializer implements Materializer {
    private static final Node WAS_DERIVED_FROM = Prov.WAS_DERIVED_FROM;
    private static final Node GENERATED_AT = Prov.GENERATED_AT_TIME;

    private final QueryCatalog catalog;

    public CustomMaterializer(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "custom assessments";
    }

    @Override
    public String fingerprint() {
        return Stream.concat(CustomService.QUERIES.stream(), Stream.of("timeline-dates", "consensus-levels", "questions"))
                .map(n -> catalog.get(n).map(CannedQuery::text).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public long materialize(DatasetGraph dataset, LocalQueryExecutor executor, LocalDate loadDate) {
        LoadingServices services = LoadingServices.of(catalog, executor, loadDate);
        Identifiers ids = services.identifiers();
        CustomService custom = new CustomService(services.queries(), services.consensus(), () -> "loading");
        Graph graph = dataset.getGraph(Ids.ASSESSMENTS_GRAPH);
        long before = graph.size();
        Node generated = NodeFactory.createLiteralDT(Clock.systemUTC().instant().toString(), XSDDatatype.XSDdateTime);
        for (Identifiers.Question question : ids.questionList()) {
            CustomIndicators c = custom.indicators(new CustomQuery(question, loadDate, Confidence.LOW));
            Node s = NodeFactory.createURI(c.id());
            graph.add(s, RDF.type.asNode(), DIL.CustomAssessment.asNode());
            graph.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                    "Custom indicators of " + question.id() + " among UN members as of " + loadDate, "en"));
            graph.add(s, DIL.question.asNode(), question.node());
            graph.add(s, DIL.asOf.asNode(), QueryArgs.date(loadDate));
            graph.add(s, DIL.minConfidence.asNode(), Confidence.LOW.node());
            graph.add(s, DIL.verdict.asNode(), NodeFactory.createLiteralString(c.verdict()));
            for (String finding : new String[] {"generality: " + c.generality().finding(),
                    "representativeness: " + c.representativeness().finding(), "consistency: " + c.consistency().finding(),
                    "objection: " + c.objection().finding()})
                graph.add(s, DIL.finding.asNode(), NodeFactory.createLiteralString(finding));
            c.objection().objectors().forEach(o -> graph.add(s, DIL.objector.asNode(), Ids.state(o.iso3())));
            c.objection().persistentObjectorCandidates()
                    .forEach(iso3 -> graph.add(s, DIL.persistentObjectorCandidate.asNode(), Ids.state(iso3)));
            c.consistency().inconsistentStates().forEach(iso3 -> graph.add(s, DIL.inconsistentState.asNode(), Ids.state(iso3)));
            Set<String> sources = new LinkedHashSet<>();
            sources.add(c.generality().unMembers().assessment());
            c.representativeness().groups().forEach(g -> sources.add(g.assessment()));
            sources.addAll(c.derivation().positions());
            sources.forEach(iri -> graph.add(s, WAS_DERIVED_FROM, NodeFactory.createURI(iri)));
            graph.add(s, GENERATED_AT, generated);
        }
        return graph.size() - before;
    }
}
