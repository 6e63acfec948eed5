package org.w3id.diligentia.whatif;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.diligentia.vocab.DIL;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.whatif.WhatIf.ActorKind;
import org.w3id.diligentia.whatif.WhatIf.Hypothesis;

/**
 * Writes hypothetical positions as the curators write real ones ({@code data/national-positions.ttl},
 * {@code data/collective-positions.ttl}): a {@code dil:Position} with its holder, question, stance,
 * date, document, evidence (the actor's own words) and confidence, in a {@code dil:Instrument} of its
 * own with the same date. A State's document is its own (adopted unilaterally); an organization's is
 * adopted by consensus in an organ where all its members sit, so the inference rules make it
 * collective: its organ with {@code dil:seatsAllMembers true} if the data has one, else a
 * hypothetical plenary organ {@code id/org/{ORG}-what-if-plenary} declared here (the OAS has none in
 * the data).
 */
final class HypothesesGraph {
    /** The named graph of the hypotheses in the copy. */
    static final Node GRAPH = NodeFactory.createURI(Ids.GRAPH + "what-if");
    private static final Node SUB_ORGANIZATION_OF = NodeFactory.createURI("http://www.w3.org/ns/org#subOrganizationOf");
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private HypothesesGraph() {}

    /** Adds the hypotheses to {@code target}, looking up organs in {@code sources}. */
    static void write(List<Hypothesis> hypotheses, Graph sources, Graph target) {
        for (Hypothesis h : hypotheses) {
            Node position = NodeFactory.createURI(h.position());
            Node instrument = Ids.id("instrument", h.id());
            Node actor = h.actorNode();
            Node date = NodeFactory.createLiteralDT(h.date().toString(), XSDDatatype.XSDdate);
            Node label = NodeFactory.createLiteralLang(h.label(), "en");
            boolean organization = h.actorKind() == ActorKind.ORGANIZATION;
            Node organ = organization ? plenary(actor, h.actor(), sources, target) : actor;

            target.add(instrument, RDF.type.asNode(), DIL.Instrument.asNode());
            target.add(instrument, DCTerms.title.asNode(), label);
            target.add(instrument, DIL.instrumentKind.asNode(), Ids.id("instrument-kind", organization ? "common-position" : "statement"));
            target.add(instrument, DIL.adoptedBy.asNode(), organ);
            target.add(instrument, DIL.adoptionMode.asNode(), Ids.id("adoption-mode", organization ? "consensus" : "unilateral"));
            target.add(instrument, DCTerms.date.asNode(), date);
            target.add(instrument, DIL.legallyBinding.asNode(), NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));

            target.add(position, RDF.type.asNode(), DIL.Position.asNode());
            target.add(position, RDFS.label.asNode(), label);
            target.add(position, DIL.holder.asNode(), actor);
            target.add(position, DIL.question.asNode(), Ids.question(h.question()));
            target.add(position, DIL.stance.asNode(), h.stance().node());
            target.add(position, DCTerms.date.asNode(), date);
            target.add(position, DIL.instrument.asNode(), instrument);
            target.add(position, DIL.evidence.asNode(), Ids.id("evidence", "own-words-read"));
            target.add(position, DIL.confidence.asNode(), h.confidence().node());
            target.add(position, DIL.summary.asNode(), NodeFactory.createLiteralString("Hypothetical position of a what-if: "
                    + h.label()));
            if (organization) {
                target.add(position, DIL.adoptedIn.asNode(), organ);
                target.add(position, DIL.adoptionMode.asNode(), Ids.id("adoption-mode", "consensus"));
            }
        }
    }

    /** The organ of {@code org} where all its members sit (the first by IRI), or a hypothetical one added to {@code target}. */
    private static Node plenary(Node org, String orgId, Graph sources, Graph target) {
        TreeSet<String> organs = new TreeSet<>();
        if (sources.contains(org, DIL.seatsAllMembers.asNode(), TRUE))
            organs.add(org.getURI());
        sources.find(Node.ANY, SUB_ORGANIZATION_OF, org).forEachRemaining(t -> {
            if (t.getSubject().isURI() && sources.contains(t.getSubject(), DIL.seatsAllMembers.asNode(), TRUE))
                organs.add(t.getSubject().getURI());
        });
        Optional<String> found = organs.stream().findFirst();
        if (found.isPresent())
            return NodeFactory.createURI(found.get());
        Node organ = Ids.org(orgId + "-what-if-plenary");
        if (!target.contains(organ, RDF.type.asNode(), DIL.Organ.asNode())) {
            target.add(organ, RDF.type.asNode(), DIL.Organ.asNode());
            target.add(organ, RDFS.label.asNode(), NodeFactory.createLiteralLang("Hypothetical plenary organ of " + orgId, "en"));
            target.add(organ, SUB_ORGANIZATION_OF, org);
            target.add(organ, DIL.seatsAllMembers.asNode(), TRUE);
        }
        return organ;
    }

}
