package org.w3id.diligentia.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.NotFoundException;
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
    CONFIDENCE("confidence"),
    STANCE("stance"),
    INSTRUMENT_KIND("instrument-kind"),
    BOOLEAN("boolean"),
    /** An absolute http(s) IRI, such as the canonical IRI of a resource (the linked-data queries). */
    IRI("iri");

    private static final Pattern DATE_PATTERN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_VALUE_LENGTH = 200;
    /** The range of dates a parameter may take. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1000, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);
    /** Date lists come from the server itself (timelines) as well as from clients. */
    private static final int MAX_DATES = 10_000;

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
        return this == ORGANIZATION_LIST || this == DATE_LIST;
    }

    /**
     * Validates {@code raw} for parameter {@code name} and returns the RDF terms it binds (one, or
     * several for a list type).
     */
    public List<Node> parse(String name, String raw, Identifiers ids) {
        if (raw.length() > (this == DATE_LIST ? MAX_DATES * 11 : MAX_VALUE_LENGTH))
            throw new BadRequestException("Parameter '" + name + "' is too long (" + raw.length()
                    + " characters; at most " + MAX_VALUE_LENGTH + ").");
        String value = raw.strip();
        return switch (this) {
            case DATE -> List.of(date(name, value));
            case BOOLEAN -> List.of(bool(name, value));
            case QUESTION -> List.of(known(name, value, "question", ids.questions(), Ids::question));
            case SCOPE -> List.of(known(name, value, "scope", ids.scopes(), ids::scopeNode));
            case ORGANIZATION -> List.of(known(name, value, "organization", ids.organizations(), Ids::org));
            case STATE -> List.of(known(name, value.toUpperCase(Locale.ROOT), "State", ids.states(), Ids::state));
            case CONFIDENCE -> List.of(oneOf(name, value.toLowerCase(Locale.ROOT), "confidence",
                    List.of("low", "medium", "high"), v -> Ids.id("confidence", v)));
            case STANCE -> List.of(oneOf(name, value.toLowerCase(Locale.ROOT), "stance",
                    List.of("affirms", "rejects", "undecided"), v -> Ids.id("stance", v)));
            case INSTRUMENT_KIND -> List.of(known(name, value, "instrument kind", ids.instrumentKinds(),
                    v -> Ids.id("instrument-kind", v)));
            case ORGANIZATION_LIST -> organizations(name, value, ids);
            case DATE_LIST -> dates(name, value);
            case IRI -> List.of(iri(name, value));
        };
    }

    /**
     * Parses a date parameter strictly as YYYY-MM-DD, from {@link #EARLIEST_DATE} to
     * {@link #LATEST_DATE}: the knowledge graph speaks of the years since 1945, and a date a
     * millennium away is a client's mistake (9999-12-31, 0001-01-01), better refused than answered.
     */
    public static LocalDate parseDate(String name, String value) {
        if (!DATE_PATTERN.matcher(value).matches())
            throw new BadRequestException("Parameter '" + name + "' must be a date as YYYY-MM-DD, got '" + value + "'.");
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Parameter '" + name + "' is not a valid date: '" + value + "'.");
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))
            throw new BadRequestException("Parameter '" + name + "' must be a date from " + EARLIEST_DATE + " to "
                    + LATEST_DATE + ", got '" + value + "'.");
        return date;
    }

    private static Node date(String name, String value) {
        return NodeFactory.createLiteralDT(parseDate(name, value).toString(), XSDDatatype.XSDdate);
    }

    private static List<Node> dates(String name, String value) {
        List<Node> nodes = new ArrayList<>();
        for (String part : value.split(","))
            if (!part.isBlank())
                nodes.add(date(name, part.strip()));
        if (nodes.isEmpty())
            throw new BadRequestException("Parameter '" + name + "' needs at least one date as YYYY-MM-DD, got '" + value + "'.");
        return nodes.stream().distinct().toList();
    }

    private static Node iri(String name, String value) {
        try {
            IRIx iri = IRIx.create(value);
            String scheme = iri.scheme() == null ? "" : iri.scheme().toLowerCase(Locale.ROOT);
            if (iri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")))
                return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            // fall through to the error naming the parameter
        }
        throw new BadRequestException("Parameter '" + name + "' must be an absolute http(s) IRI, got '" + value + "'.");
    }

    private static Node bool(String name, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false"))
            throw new BadRequestException("Parameter '" + name + "' must be true or false, got '" + value + "'.");
        return NodeFactory.createLiteralDT(v, XSDDatatype.XSDboolean);
    }

    private static Node known(String name, String value, String what, java.util.Collection<String> known,
                              java.util.function.Function<String, Node> toNode) {
        if (!Ids.isKey(value))
            throw new BadRequestException("Parameter '" + name + "' is not a valid " + what + " identifier: '" + value + "'.");
        if (!known.contains(value))
            throw new NotFoundException("Unknown " + what + " '" + value + "' (parameter '" + name + "'). Known: "
                    + String.join(", ", known.stream().sorted().limit(60).toList())
                    + (known.size() > 60 ? ", ..." : "") + ".");
        return toNode.apply(value);
    }

    /** A value of a fixed vocabulary: anything else is a malformed request (400), not an unknown resource. */
    private static Node oneOf(String name, String value, String what, List<String> allowed,
                              java.util.function.Function<String, Node> toNode) {
        if (!allowed.contains(value))
            throw new BadRequestException("Parameter '" + name + "' must be a " + what + ": one of "
                    + String.join(", ", allowed) + "; got '" + value + "'.");
        return toNode.apply(value);
    }

    private static List<Node> organizations(String name, String value, Identifiers ids) {
        List<Node> nodes = new ArrayList<>();
        for (String part : value.split(",")) {
            String v = part.strip();
            if (v.isEmpty())
                continue;
            nodes.add(known(name, v, "organization", ids.organizations(), Ids::org));
        }
        if (nodes.isEmpty())
            throw new BadRequestException("Parameter '" + name + "' needs at least one organization id, got '" + value + "'.");
        return nodes;
    }

    /** The identifier a bound term came from, for echoing parameters back. */
    public static Optional<String> keyOf(Node node) {
        if (node.isURI()) {
            String uri = node.getURI();
            int slash = uri.lastIndexOf('/');
            return Optional.of(uri.substring(slash + 1));
        }
        return Optional.of(node.getLiteralLexicalForm());
    }
}
