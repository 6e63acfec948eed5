package org.w3id.diligentia.linkeddata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.diligentia.consensus.Assessment;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.MemberStance;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;

/**
 * Builds what resource pages show: the description, and the sections the resource's types call
 * for. Memberships, members on a date and effective stances come from the API's canned queries
 * ({@code state-memberships}, {@code organization-members}, {@code state-stances}) and consensus
 * from the {@link ConsensusService}, so a page and the API always agree; lists of positions and of
 * materialized assessments come from {@code ld-positions} and {@code ld-assessments}. Knows nothing
 * of HTTP or HTML.
 */
public final class ResourceViews {
    private static final Node ORG_MEMBER = NodeFactory.createURI("http://www.w3.org/ns/org#member");
    private static final Node ORG_ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#organization");
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    /** Pages count every position, as the materialized assessments do. */
    private static final String MIN_CONFIDENCE = "low";

    private final KnowledgeStore store;
    private final CannedQueries queries;
    private final ConsensusService consensus;
    private final DescriptionService descriptions;
    private final OntologyService ontology;
    private final CannedQuery positions;
    private final CannedQuery assessments;
    private final CannedQuery index;

    public ResourceViews(KnowledgeStore store, CannedQueries queries, ConsensusService consensus,
                         DescriptionService descriptions, OntologyService ontology) {
        this.store = store;
        this.queries = queries;
        this.consensus = consensus;
        this.descriptions = descriptions;
        this.ontology = ontology;
        this.positions = LinkedDataQueries.require(queries.catalog(), "ld-positions");
        this.assessments = LinkedDataQueries.require(queries.catalog(), "ld-assessments");
        this.index = LinkedDataQueries.require(queries.catalog(), "ld-index");
    }

    /**
     * The page of {@code iri}; {@code asOf} is the date of an organization's members and consensus
     * and of a State's effective stances.
     *
     * @throws org.w3id.diligentia.error.NotFoundException if the graph says nothing about it
     */
    public ResourceView view(Node iri, LocalDate asOf) {
        Description d = descriptions.describe(iri);
        List<Section> sections = new ArrayList<>();
        Set<Node> outgoing = new HashSet<>();
        Set<Node> incoming = new HashSet<>();
        String name = d.label(iri).orElse("it");
        Optional<String> iso3 = literal(d, DIL.iso3.asNode());
        if (d.hasType(DIL.State.asNode()) && iso3.isPresent()) {
            sections.add(new Section.Memberships(memberships(iso3.get())));
            sections.add(new Section.PositionsByQuestion(ontology.index().concepts(DIL.Question.asNode()),
                    positions(iri, null, null), asOf, stances(iso3.get(), asOf)));
            incoming.add(ORG_MEMBER);
            incoming.add(DIL.holder.asNode());
        }
        Optional<String> scope = scopeId(d);
        if (d.hasType(DIL.Organization.asNode()) && literal(d, DIL.orgId.asNode()).isPresent()) {
            String orgId = literal(d, DIL.orgId.asNode()).get();
            if (consensus.identifiers().organizations().contains(orgId))
                sections.add(new Section.Members(asOf, members(orgId, asOf)));
            incoming.add(ORG_ORGANIZATION);
        }
        if (scope.isPresent()) {
            sections.add(new Section.Consensus("Consensus on each question on " + asOf,
                    "The consensus level of " + name + " on each question on " + asOf + ", with the counts it rests on",
                    consensusOn(scope.get(), asOf), "Computed by the same rules as the API (/api/consensus), counting "
                            + "positions of every confidence; change the date above to see another day. The assessments "
                            + "in the graph were materialized when it was loaded, as of that day."));
            incoming.add(DIL.scope.asNode());
        }
        if (d.hasType(DIL.Organization.asNode())) {
            List<Rows.Position> held = positions(iri, null, null);
            if (!held.isEmpty())
                sections.add(new Section.Positions("Positions taken", "Positions taken by " + name, held));
            incoming.add(DIL.holder.asNode());
        }
        if (d.hasType(DIL.ConsensusAssessment.asNode()))
            assessment(d, sections);
        if (d.hasType(DIL.ConsensusAssessment.asNode()))
            outgoing.add(PROV_DERIVED);
        if (d.hasType(DIL.Question.asNode())) {
            sections.add(new Section.Consensus("Consensus in each scope",
                    "The materialized consensus assessments on " + name + ", by scope", assessments(null, iri),
                    "Assessments computed when the knowledge graph was loaded; each links to the members it counted."));
            sections.add(new Section.Positions("Positions on this question", "Every position taken on " + name,
                    positions(null, iri, null)));
            incoming.add(DIL.question.asNode());
        }
        if (d.hasType(DIL.Instrument.asNode())) {
            sections.add(new Section.Positions("Positions taken in this instrument",
                    "Positions recorded from " + name, positions(null, null, iri)));
            incoming.add(DIL.instrument.asNode());
            outgoing.add(DIL.hasReading.asNode());
        }
        boolean dated = sections.stream().anyMatch(x -> x instanceof Section.Members || x instanceof Section.PositionsByQuestion)
                || scope.isPresent();
        return new ResourceView(d, List.copyOf(sections), Set.copyOf(outgoing), Set.copyOf(incoming),
                implied(d), dated ? Optional.of(asOf) : Optional.empty());
    }

    /** The entry points of the home page: questions, organizations and States. */
    public List<Rows.Entry> index() {
        Table t = store.select(index.query(), BindingFactory.empty(), queries.limits()).complete("the home page's index");
        return t.rows().stream().map(r -> new Rows.Entry(node(r, "resource").orElseThrow(),
                text(r, "kind").orElse(""), text(r, "label").orElse(""))).toList();
    }

    /** The rule that matched and the members counted, recomputed for the assessment's scope, question and date. */
    private void assessment(Description d, List<Section> sections) {
        Node iri = d.resource();
        Optional<String> scope = d.objects(iri, DIL.scope.asNode()).stream().findFirst().flatMap(ResourceViews::scopeOf);
        Optional<String> question = d.objects(iri, DIL.question.asNode()).stream().findFirst()
                .flatMap(q -> Ids.keyOf(q, "question"));
        Optional<String> asOf = literal(d, DIL.asOf.asNode());
        if (scope.isEmpty() || question.isEmpty() || asOf.isEmpty()
                || !consensus.identifiers().scopes().contains(scope.get()))
            return;
        Assessment a = consensus.assess(scope.get(), question.get(), asOf.get(), MIN_CONFIDENCE);
        sections.add(new Section.Rule(row(a), a.rule().thresholds(), a.rule().figures()));
        sections.add(new Section.MembersCounted(a.asOf(), a.members().stream().map(this::counted).toList()));
    }

    private List<Rows.Membership> memberships(String iso3) {
        Table t = queries.select("state-memberships", CannedQueries.params("state", iso3)).table().complete("state-memberships");
        return t.rows().stream().map(r -> new Rows.Membership(node(r, "membership").orElseThrow(),
                node(r, "organization").orElseThrow(), text(r, "orgLabel").orElse(""),
                Ids.id("membership-status", text(r, "status").orElse("member")),
                node(r, "start"), node(r, "startKnownNoLaterThan"), node(r, "end"))).toList();
    }

    private List<Rows.Member> members(String orgId, LocalDate asOf) {
        Table t = queries.select("organization-members", CannedQueries.params("org", orgId, "asOf", asOf.toString())).table()
                .complete("organization-members");
        return t.rows().stream().map(r -> new Rows.Member(node(r, "state").orElseThrow(), text(r, "name").orElse(""),
                text(r, "status").orElse("").equals("suspended"), node(r, "membership").orElseThrow(),
                node(r, "since"), node(r, "until"))).toList();
    }

    private List<Rows.Effective> stances(String iso3, LocalDate asOf) {
        Table t = queries.select("state-stances", CannedQueries.params("state", iso3, "asOf", asOf.toString(),
                "minConfidence", MIN_CONFIDENCE)).table().complete("state-stances");
        return t.rows().stream().map(r -> new Rows.Effective(node(r, "question").orElseThrow(), "",
                node(r, "effectiveStance"), node(r, "position"), text(r, "via").orElse(""), node(r, "organization"),
                node(r, "organization").flatMap(o -> Ids.keyOf(o, "org")).map(this::organizationName).orElse(""),
                text(r, "positionDate"))).toList();
    }

    private List<Rows.Assessment> consensusOn(String scope, LocalDate asOf) {
        List<Rows.Assessment> rows = new ArrayList<>();
        for (var q : consensus.identifiers().questionList())
            rows.add(row(consensus.assess(scope, q.id(), asOf.toString(), MIN_CONFIDENCE)));
        return rows;
    }

    private Rows.Assessment row(Assessment a) {
        return new Rows.Assessment(Optional.of(NodeFactory.createURI(a.id())), consensus.identifiers().scopeNode(a.scope()),
                a.scopeLabel(), Ids.question(a.question()), "", Optional.of(a.asOf().toString()),
                Optional.of(Ids.id("level", a.level())), Optional.of(a.rule().level() + ": " + a.rule().thresholds()),
                Optional.of((long) a.counts().members()), Optional.of((long) a.counts().affirms()),
                Optional.of((long) a.counts().rejects()), Optional.of((long) a.counts().undecided()),
                Optional.of((long) a.counts().noStance()));
    }

    private Rows.Effective counted(MemberStance m) {
        Optional<String> organization = Optional.ofNullable(m.via()).map(v -> v.organization());
        return new Rows.Effective(Ids.state(m.iso3()), m.name(),
                Optional.ofNullable(m.stance()).map(s -> Ids.id("stance", s)),
                Optional.ofNullable(m.via()).map(v -> NodeFactory.createURI(v.position())),
                m.via() == null ? "" : m.via().kind(), organization.map(Ids::org),
                organization.map(this::organizationName).orElse(""),
                Optional.ofNullable(m.via()).map(v -> v.date()));
    }

    private String organizationName(String id) {
        String name = consensus.identifiers().organizationName(id);
        return name == null ? id : name;
    }

    /**
     * Statements a page need not show because a more specific one says the same: a type that is a
     * superclass of another of the resource's types, and a statement through a property that is a
     * superproperty of another linking the same two nodes ({@code dct:identifier} beside
     * {@code dil:iso3}, {@code prov:wasAttributedTo} beside {@code dil:holder}).
     */
    private Set<Triple> implied(Description d) {
        OntologyIndex index = ontology.index();
        Map<Node, List<Node>> parents = new HashMap<>();
        for (List<OntologyIndex.Term> terms : List.of(index.classes(), index.objectProperties(), index.datatypeProperties()))
            for (OntologyIndex.Term t : terms)
                parents.put(t.iri(), t.parents());
        Set<Triple> implied = new HashSet<>();
        d.graph().find().forEachRemaining(t -> {
            if (t.getPredicate().equals(RDF.type.asNode())) {
                for (Node parent : parents.getOrDefault(t.getObject(), List.of()))
                    implied.add(Triple.create(t.getSubject(), t.getPredicate(), parent));
            } else {
                for (Node parent : parents.getOrDefault(t.getPredicate(), List.of()))
                    implied.add(Triple.create(t.getSubject(), parent, t.getObject()));
            }
        });
        return implied;
    }

    private List<Rows.Position> positions(Node holder, Node question, Node instrument) {
        Table t = select(positions, "holder", holder, "question", question, "instrument", instrument);
        return t.rows().stream().map(r -> new Rows.Position(node(r, "position").orElseThrow(),
                node(r, "holder").orElseThrow(), text(r, "holderLabel").orElse(""),
                node(r, "question").orElseThrow(), text(r, "questionLabel").orElse(""),
                node(r, "stance").orElseThrow(), text(r, "stanceLabel").orElse(""), node(r, "date"),
                node(r, "instrument").orElseThrow(), text(r, "instrumentTitle").orElse(""), node(r, "source"),
                text(r, "pinpoint"), text(r, "summary"), node(r, "evidence"), text(r, "evidenceLabel").orElse(""),
                node(r, "confidence"), text(r, "confidenceLabel").orElse(""))).toList();
    }

    private List<Rows.Assessment> assessments(Node scope, Node question) {
        Table t = select(assessments, "scope", scope, "question", question);
        return t.rows().stream().map(r -> new Rows.Assessment(node(r, "assessment"), node(r, "scope").orElseThrow(),
                text(r, "scopeLabel").orElse(""), node(r, "question").orElseThrow(), text(r, "questionLabel").orElse(""),
                text(r, "asOf"), node(r, "level"), text(r, "matchedRule"), number(r, "members"), number(r, "affirming"),
                number(r, "rejecting"), number(r, "undecided"), number(r, "noStance"))).toList();
    }

    /** Runs {@code query} with the given (name, IRI) parameters; a null value leaves its variable free. */
    private Table select(CannedQuery query, Object... namesAndValues) {
        BindingBuilder b = BindingBuilder.create();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2)
            if (namesAndValues[i + 1] != null)
                b.add(Var.alloc((String) namesAndValues[i]), (Node) namesAndValues[i + 1]);
        return store.select(query.query(), b.build(), queries.limits()).complete(query.name());
    }

    /** The scope a resource is, if it is one the consensus engine knows: an organization's id, or "world". */
    private Optional<String> scopeId(Description d) {
        return scopeOf(d.resource()).filter(consensus.identifiers().scopes()::contains);
    }

    private static Optional<String> scopeOf(Node node) {
        return Ids.keyOf(node, "org").or(() -> Ids.keyOf(node, "scope"));
    }

    private static Optional<String> literal(Description d, Node property) {
        return d.objects(d.resource(), property).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    private static Optional<Node> node(Binding row, String var) {
        return Table.get(row, var);
    }

    private static Optional<String> text(Binding row, String var) {
        return Table.get(row, var).map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }

    private static Optional<Long> number(Binding row, String var) {
        return text(row, var).flatMap(s -> {
            try {
                return Optional.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
