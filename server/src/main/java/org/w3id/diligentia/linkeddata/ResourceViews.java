package org.w3id.diligentia.linkeddata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.diligentia.consensus.Assessment;
import org.w3id.diligentia.consensus.ConsensusQuery;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.MemberStance;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.vocab.Coverage;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Stance;
import org.w3id.diligentia.vocab.Prov;

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
    private static final Node PROV_DERIVED = Prov.WAS_DERIVED_FROM;
    /** Pages count every position, as the materialized assessments do. */
    private static final Confidence FLOOR = Confidence.LOW;

    private final CannedQueries queries;
    private final ConsensusService consensus;
    private final DescriptionService descriptions;
    private final OntologyService ontology;

    public ResourceViews(CannedQueries queries, ConsensusService consensus, DescriptionService descriptions,
                         OntologyService ontology) {
        this.queries = queries;
        this.consensus = consensus;
        this.descriptions = descriptions;
        this.ontology = ontology;
        queries.require("ld-positions", "ld-assessments", "ld-index", "state-memberships", "organization-members", "compare");
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
        Optional<Identifiers.State> state = literal(d, DIL.iso3.asNode()).map(ids()::state);
        if (d.hasType(DIL.State.asNode()) && state.isPresent()) {
            sections.add(new Section.Memberships(memberships(state.get())));
            sections.add(new Section.PositionsByQuestion(ontology.index().concepts(DIL.Question.asNode()),
                    positions(iri, null, null), asOf, stances(state.get(), asOf)));
            incoming.add(ORG_MEMBER);
            incoming.add(DIL.holder.asNode());
        }
        Optional<Identifiers.Scope> scope = scopeOf(d.resource());
        if (d.hasType(DIL.Organization.asNode()) && literal(d, DIL.orgId.asNode()).isPresent()) {
            Identifiers.Organization org = ids().organization(literal(d, DIL.orgId.asNode()).get());
            if (org != null)
                sections.add(new Section.Members(asOf, members(org, asOf)));
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
            assessment(d, sections, asOf);
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
        boolean dated = sections.stream().anyMatch(x -> x instanceof Section.Members || x instanceof Section.PositionsByQuestion
                || x instanceof Section.MembersCounted) || scope.isPresent();
        return new ResourceView(d, List.copyOf(sections), Set.copyOf(outgoing), Set.copyOf(incoming),
                implied(d), dated ? Optional.of(asOf) : Optional.empty());
    }

    /** The entry points of the home page: questions, organizations and States. */
    public List<Rows.Entry> index() {
        return select("ld-index", QueryArgs.none()).stream().map(r -> new Rows.Entry(r.required("resource"),
                r.text("kind").orElse(""), r.text("label").orElse(""))).toList();
    }

    /**
     * The rule that matched and the members counted, recomputed for the assessment's scope and question on
     * {@code asOf} (the page's date: today unless the request names another; the materialized assessment
     * in the description is that of the day of the load).
     */
    private void assessment(Description d, List<Section> sections, LocalDate asOf) {
        Node iri = d.resource();
        Optional<Identifiers.Scope> scope = d.objects(iri, DIL.scope.asNode()).stream().findFirst().flatMap(this::scopeOf);
        Optional<Identifiers.Question> question = d.objects(iri, DIL.question.asNode()).stream().findFirst()
                .flatMap(q -> Ids.keyOf(q, "question")).map(ids()::question);
        if (scope.isEmpty() || question.isEmpty())
            return;
        Assessment a = consensus.assess(new ConsensusQuery(scope.get(), question.get(), asOf, FLOOR));
        sections.add(new Section.Rule(row(a), a.rule().thresholds(), a.rule().figures(), a.counts(),
                consensus.levelRules().coverageFloor().map(r -> new Section.CoverageFloor(r.id(),
                        r.label().isBlank() ? r.id() : r.label(), r.coverageBelow().orElseThrow().text()))));
        sections.add(new Section.MembersCounted(a.asOf(), a.members().stream().map(this::counted).toList()));
    }

    private List<Rows.Membership> memberships(Identifiers.State state) {
        return select("state-memberships", QueryArgs.none().with("state", state.node())).stream()
                .map(r -> new Rows.Membership(r.required("membership"), r.required("organization"), r.text("orgLabel").orElse(""),
                        Ids.id("membership-status", r.text("status").orElse("member")),
                        r.node("start"), r.node("startKnownNoLaterThan"), r.node("end"))).toList();
    }

    private List<Rows.Member> members(Identifiers.Organization org, LocalDate asOf) {
        return select("organization-members", QueryArgs.none().with("org", org.node()).with("asOf", asOf)).stream()
                .map(r -> new Rows.Member(r.required("state"), r.text("name").orElse(""),
                        r.text("status").orElse("").equals("suspended"), r.required("membership"),
                        r.node("since"), r.node("until"))).toList();
    }

    /**
     * The State's effective stance on each question on {@code asOf}, from its stance intervals (the
     * query of {@code /page/compare}, for one State): the stance and the position behind it, or, without
     * a stance, what is known instead (read and silent, only unread documents, no document).
     */
    private List<Rows.Effective> stances(Identifiers.State state, LocalDate asOf) {
        QueryArgs args = QueryArgs.none().with("actors", List.of(state.node())).with("asOf", asOf).with("minConfidence", FLOOR.node());
        Map<Node, Rows.Effective> byQuestion = new LinkedHashMap<>();
        for (Row r : select("compare", args)) {
            Optional<Node> stance = r.node("effectiveStance");
            byQuestion.putIfAbsent(r.required("question"), new Rows.Effective(r.required("question"), "", stance,
                    stance.isPresent() ? r.node("reading") : Optional.empty(), r.text("via").orElse(""), r.node("organization"),
                    r.node("organization").flatMap(o -> Ids.keyOf(o, "org")).map(this::organizationName).orElse(""),
                    stance.isPresent() ? r.text("readingDate") : Optional.empty(), r.text("coverage").flatMap(Coverage::byId)));
        }
        return List.copyOf(byQuestion.values());
    }

    private List<Rows.Assessment> consensusOn(Identifiers.Scope scope, LocalDate asOf) {
        List<Rows.Assessment> rows = new ArrayList<>();
        for (Identifiers.Question q : ids().questionList())
            rows.add(row(consensus.assess(new ConsensusQuery(scope, q, asOf, FLOOR))));
        return rows;
    }

    private Rows.Assessment row(Assessment a) {
        return new Rows.Assessment(Optional.of(NodeFactory.createURI(a.id())), ids().scopeNode(a.scope()),
                a.scopeLabel(), Ids.question(a.question()), "", Optional.of(a.asOf().toString()),
                Optional.of(Ids.id("level", a.level())), Optional.of(a.rule().level() + ": " + a.rule().thresholds()),
                Optional.of((long) a.counts().members()), Optional.of((long) a.counts().affirms()),
                Optional.of((long) a.counts().rejects()), Optional.of((long) a.counts().undecided()),
                Optional.of((long) a.counts().noStance()), Optional.of((long) a.counts().silent()),
                Optional.of((long) a.counts().unread()), Optional.of((long) a.counts().noDocument()));
    }

    private Rows.Effective counted(MemberStance m) {
        Optional<String> organization = Optional.ofNullable(m.via()).map(v -> v.organization());
        return new Rows.Effective(Ids.state(m.iso3()), m.name(),
                Optional.ofNullable(m.stance()).map(Stance::node),
                Optional.ofNullable(m.via()).map(v -> NodeFactory.createURI(v.position())),
                m.via() == null ? "" : m.via().kind(), organization.map(Ids::org),
                organization.map(this::organizationName).orElse(""),
                Optional.ofNullable(m.via()).map(v -> v.date()), Optional.ofNullable(m.coverage()));
    }

    private String organizationName(String id) {
        String name = ids().organizationName(id);
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
        QueryArgs args = QueryArgs.none().with("holder", holder).with("question", question).with("instrument", instrument);
        return select("ld-positions", args).stream().map(r -> new Rows.Position(r.required("position"),
                r.required("holder"), r.text("holderLabel").orElse(""),
                r.required("question"), r.text("questionLabel").orElse(""),
                r.required("stance"), r.text("stanceLabel").orElse(""), r.node("date"),
                r.required("instrument"), r.text("instrumentTitle").orElse(""), r.node("source"),
                r.text("pinpoint"), r.text("summary"), r.node("evidence"), r.text("evidenceLabel").orElse(""),
                r.node("confidence"), r.text("confidenceLabel").orElse(""))).toList();
    }

    private List<Rows.Assessment> assessments(Node scope, Node question) {
        QueryArgs args = QueryArgs.none().with("scope", scope).with("question", question);
        return select("ld-assessments", args).stream().map(r -> new Rows.Assessment(r.node("assessment"), r.required("scope"),
                r.text("scopeLabel").orElse(""), r.required("question"), r.text("questionLabel").orElse(""),
                r.text("asOf"), r.node("level"), r.text("matchedRule"), count(r, "members"), count(r, "affirming"),
                count(r, "rejecting"), count(r, "undecided"), count(r, "noStance"), count(r, "silent"), count(r, "unread"),
                count(r, "noDocument"))).toList();
    }

    /** Every row of the canned query {@code name}: a page is computed from all of them. */
    private List<Row> select(String name, QueryArgs args) {
        return queries.select(name, args).complete(name).readRows();
    }

    /** The scope a resource is, if it is one the consensus engine knows: an organization, a UN regional group, or the world. */
    private Optional<Identifiers.Scope> scopeOf(Node node) {
        return Ids.keyOf(node, "org").or(() -> Ids.keyOf(node, "group")).or(() -> Ids.keyOf(node, "scope")).map(ids()::scope);
    }

    private Identifiers ids() {
        return consensus.identifiers();
    }

    private static Optional<String> literal(Description d, Node property) {
        return d.objects(d.resource(), property).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    private static Optional<Long> count(Row row, String var) {
        return row.integer(var).map(Long::valueOf);
    }
}
