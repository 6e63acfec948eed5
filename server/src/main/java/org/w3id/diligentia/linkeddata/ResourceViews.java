package org.w3id.diligentia.linkeddata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.vocab.DIL;

/**
 * Builds what resource pages show: the description, and the sections the resource's types call
 * for, each from a canned {@code ld-*} query with typed parameters. Knows nothing of HTTP or HTML.
 */
public final class ResourceViews {
    private static final Node ORG_MEMBER = NodeFactory.createURI("http://www.w3.org/ns/org#member");
    private static final Node ORG_ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#organization");
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final KnowledgeStore store;
    private final DescriptionService descriptions;
    private final OntologyService ontology;
    private final QueryLimits limits;
    private final CannedQuery memberships;
    private final CannedQuery membersOn;
    private final CannedQuery positions;
    private final CannedQuery assessments;
    private final CannedQuery counted;
    private final CannedQuery index;

    public ResourceViews(KnowledgeStore store, QueryCatalog catalog, DescriptionService descriptions,
                         OntologyService ontology, QueryLimits limits) {
        this.store = store;
        this.descriptions = descriptions;
        this.ontology = ontology;
        this.limits = limits;
        this.memberships = LinkedDataQueries.require(catalog, "ld-memberships");
        this.membersOn = LinkedDataQueries.require(catalog, "ld-members-on");
        this.positions = LinkedDataQueries.require(catalog, "ld-positions");
        this.assessments = LinkedDataQueries.require(catalog, "ld-assessments");
        this.counted = LinkedDataQueries.require(catalog, "ld-counted-positions");
        this.index = LinkedDataQueries.require(catalog, "ld-index");
    }

    /**
     * The page of {@code iri}; {@code asOf} is the date of an organization's members.
     *
     * @throws org.w3id.diligentia.error.NotFoundException if the graph says nothing about it
     */
    public ResourceView view(Node iri, LocalDate asOf) {
        Description d = descriptions.describe(iri);
        List<Section> sections = new ArrayList<>();
        Set<Node> outgoing = new HashSet<>();
        Set<Node> incoming = new HashSet<>();
        if (d.hasType(DIL.State.asNode())) {
            sections.add(new Section.Memberships("Memberships over time", memberships(iri, null)));
            sections.add(new Section.PositionsByQuestion("Positions on each question",
                    ontology.index().concepts(DIL.Question.asNode()), positions(iri, null, null)));
            incoming.add(ORG_MEMBER);
            incoming.add(DIL.holder.asNode());
        }
        if (d.hasType(DIL.Organization.asNode())) {
            sections.add(new Section.Members(asOf, members(iri, asOf)));
            sections.add(new Section.Consensus("Consensus on each question",
                    "Consensus assessments of " + d.label(iri).orElse("this organization") + " on each question",
                    assessments(iri, null), "Assessments computed when the knowledge graph was loaded."));
            List<Rows.Position> held = positions(iri, null, null);
            if (!held.isEmpty())
                sections.add(new Section.Positions("Positions held", "Positions taken by " + d.label(iri).orElse("it"), held));
            incoming.add(ORG_ORGANIZATION);
            incoming.add(DIL.holder.asNode());
            incoming.add(DIL.scope.asNode());
        }
        if (d.hasType(DIL.ConsensusAssessment.asNode())) {
            sections.add(new Section.Positions("Positions counted",
                    "The positions this assessment was derived from (prov:wasDerivedFrom)", counted(iri)));
            outgoing.add(PROV_DERIVED);
        }
        if (d.hasType(DIL.Question.asNode())) {
            sections.add(new Section.Consensus("Consensus in each scope",
                    "Consensus assessments on this question, by scope", assessments(null, iri),
                    "Assessments computed when the knowledge graph was loaded."));
            sections.add(new Section.Positions("Positions on this question",
                    "Every position taken on " + d.label(iri).orElse("this question"), positions(null, iri, null)));
            incoming.add(DIL.question.asNode());
        }
        if (d.hasType(DIL.Instrument.asNode())) {
            sections.add(new Section.Positions("Positions taken in this instrument",
                    "Positions recorded from " + d.label(iri).orElse("this instrument"), positions(null, null, iri)));
            incoming.add(DIL.instrument.asNode());
            outgoing.add(DIL.hasPosition.asNode());
        }
        return new ResourceView(d, List.copyOf(sections), Set.copyOf(outgoing), Set.copyOf(incoming));
    }

    /** The entry points of the home page: questions, organizations and States. */
    public List<Rows.Entry> index() {
        Table t = store.select(index.query(), BindingFactory.empty(), limits);
        return t.rows().stream().map(r -> new Rows.Entry(node(r, "resource").orElseThrow(),
                text(r, "kind").orElse(""), text(r, "label").orElse(""))).toList();
    }

    private List<Rows.Membership> memberships(Node member, Node organization) {
        Table t = select(memberships, "member", member, "organization", organization);
        return t.rows().stream().map(r -> new Rows.Membership(node(r, "membership").orElseThrow(),
                node(r, "member").orElseThrow(), text(r, "memberLabel").orElse(""),
                node(r, "organization").orElseThrow(), text(r, "organizationLabel").orElse(""),
                node(r, "status").orElseThrow(), text(r, "statusLabel").orElse(""),
                node(r, "start"), node(r, "startKnownNoLaterThan"), node(r, "end"))).toList();
    }

    private List<Rows.Member> members(Node organization, LocalDate asOf) {
        Node date = NodeFactory.createLiteralDT(asOf.toString(), XSDDatatype.XSDdate);
        Table t = select(membersOn, "organization", organization, "asOf", date);
        return t.rows().stream().map(r -> new Rows.Member(node(r, "member").orElseThrow(),
                text(r, "memberLabel").orElse(""), node(r, "membership").orElseThrow(),
                node(r, "effectiveStart"), node(r, "effectiveEnd"),
                text(r, "suspended").map(Boolean::parseBoolean).orElse(false))).toList();
    }

    private List<Rows.Position> positions(Node holder, Node question, Node instrument) {
        return positionRows(select(positions, "holder", holder, "question", question, "instrument", instrument));
    }

    private List<Rows.Position> counted(Node assessment) {
        return positionRows(select(counted, "assessment", assessment));
    }

    private static List<Rows.Position> positionRows(Table t) {
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
                text(r, "asOf"), node(r, "level"), text(r, "levelLabel").orElse(""), text(r, "matchedRule"),
                number(r, "members"), number(r, "affirming"), number(r, "rejecting"), number(r, "undecided"),
                number(r, "noStance"))).toList();
    }

    /** Runs {@code query} with the given (name, value) parameters; a null value leaves its variable free. */
    private Table select(CannedQuery query, Object... namesAndValues) {
        BindingBuilder b = BindingBuilder.create();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2)
            if (namesAndValues[i + 1] != null)
                b.add(Var.alloc((String) namesAndValues[i]), (Node) namesAndValues[i + 1]);
        Binding binding = b.build();
        return store.select(query.query(), binding, limits);
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
