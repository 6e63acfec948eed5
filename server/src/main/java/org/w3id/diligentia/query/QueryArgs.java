package org.w3id.diligentia.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The typed arguments of a canned query: for each parameter given, the RDF terms it binds (one, or
 * several for a list parameter), never text. Immutable; {@code with} returns a copy. A null value
 * leaves the parameter out, so its default applies (or its variable stays free). Equal arguments
 * are equal, so they can key a cache.
 */
public record QueryArgs(Map<String, List<Node>> values) {
    private static final QueryArgs NONE = new QueryArgs(Map.of());

    public QueryArgs {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No arguments: every parameter takes its default. */
    public static QueryArgs none() {
        return NONE;
    }

    /** These arguments and {@code name} bound to {@code value} (left out when null). */
    public QueryArgs with(String name, Node value) {
        return value == null ? this : put(name, List.of(value));
    }

    /** These arguments and {@code name} bound to {@code date} as an {@code xsd:date} (left out when null). */
    public QueryArgs with(String name, LocalDate date) {
        return date == null ? this : with(name, date(date));
    }

    /** These arguments and {@code name} bound to an {@code xsd:boolean} (left out when null). */
    public QueryArgs with(String name, Boolean value) {
        return value == null ? this
                : with(name, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDboolean));
    }

    /** These arguments and the list parameter {@code name} bound to {@code terms} (a VALUES block of them). */
    public QueryArgs with(String name, Collection<Node> terms) {
        return put(name, List.copyOf(terms));
    }

    /** These arguments and the list parameter {@code name} bound to {@code dates}. */
    public QueryArgs withDates(String name, Collection<LocalDate> dates) {
        return put(name, dates.stream().map(QueryArgs::date).toList());
    }

    /** The term bound to the single-valued parameter {@code name}, if given. */
    public Optional<Node> node(String name) {
        List<Node> terms = values.get(name);
        return terms == null || terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(0));
    }

    /** The date bound to {@code name}, if given. */
    public Optional<LocalDate> date(String name) {
        return node(name).map(n -> LocalDate.parse(n.getLiteralLexicalForm()));
    }

    /** An {@code xsd:date} literal. */
    public static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    private QueryArgs put(String name, List<Node> terms) {
        Map<String, List<Node>> copy = new LinkedHashMap<>(values);
        copy.put(name, terms);
        return new QueryArgs(copy);
    }
}
