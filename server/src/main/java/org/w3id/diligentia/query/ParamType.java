package org.w3id.diligentia.query;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.diligentia.vocab.Ids;

/**
 * The types a canned query's parameters can have, each turning request text into a typed RDF term
 * after validating it: a bad value is a 400 that names the parameter and quotes the value, an
 * identifier that does not exist is a 404 that names it. Nothing the client sends reaches a query
 * except through these.
 */
public enum ParamType {
    DATE("date"),
    DATE_LIST("date-list"),
    QUESTION("question"),
    SCOPE("scope"),
    ORGANIZATION("organization"),
    ORGANIZATION_LIST("organization-list"),
    STATE("state"),
    /** ISO3 codes separated by commas, each a State, none repeated (the States compared side by side). */
    STATE_LIST("state-list"),
    CONFIDENCE("confidence"),
    STANCE("stance"),
    INSTRUMENT_KIND("instrument-kind"),
    BOOLEAN("boolean"),
    /** An absolute http(s) IRI, such as the canonical IRI of a resource (the linked-data queries). */
    IRI("iri");

    private final String id;

    ParamType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ParamType of(String id) {
        for (ParamType t : values())
            if (t.id.equals(id))
                return t;
        throw new IllegalArgumentException("Unknown parameter type '" + id + "'");
    }

    /** Whether values of this type bind a list (a VALUES block) rather than one term. */
    public boolean isList() {
        return this == ORGANIZATION_LIST || this == DATE_LIST || this == STATE_LIST;
    }

    /**
     * Validates {@code raw} for parameter {@code name} and returns the RDF terms it binds (one, or
     * several for a list type), read as {@link ParamText} reads it.
     */
    public List<Node> parse(String name, String raw, Identifiers ids) {
        return switch (this) {
            case DATE -> List.of(QueryArgs.date(ParamText.date(name, raw)));
            case BOOLEAN -> List.of(NodeFactory.createLiteralDT(Boolean.toString(ParamText.bool(name, raw)), XSDDatatype.XSDboolean));
            case QUESTION -> List.of(ParamText.question(name, raw, ids).node());
            case SCOPE -> List.of(ParamText.scope(name, raw, ids).node());
            case ORGANIZATION -> List.of(ParamText.organization(name, raw, ids).node());
            case STATE -> List.of(ParamText.state(name, raw, ids).node());
            case CONFIDENCE -> List.of(ParamText.confidence(name, raw).node());
            case STANCE -> List.of(ParamText.stance(name, raw).node());
            case INSTRUMENT_KIND -> List.of(Ids.id("instrument-kind", ParamText.instrumentKind(name, raw, ids)));
            case ORGANIZATION_LIST -> ParamText.organizations(name, raw, ids).stream().map(Identifiers.Organization::node).toList();
            case STATE_LIST -> ParamText.states(name, raw, ids).stream().map(Identifiers.State::node).toList();
            case DATE_LIST -> ParamText.dates(name, raw).stream().map(QueryArgs::date).toList();
            case IRI -> List.of(ParamText.iri(name, raw));
        };
    }

    /** The identifier a bound term came from, for echoing parameters back. */
    public static String keyOf(Node node) {
        if (node.isURI()) {
            String uri = node.getURI();
            return uri.substring(uri.lastIndexOf('/') + 1);
        }
        return node.getLiteralLexicalForm();
    }
}
