package org.w3id.diligentia.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.store.QueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Table;

/**
 * Runs canned queries by name with parameters given as text: validates each against the query's
 * declared parameters (unknown, repeated, malformed or missing ones are refused with a message that
 * names them), fills in defaults, binds typed terms, and executes within the configured limits.
 * Knows nothing of HTTP.
 */
public final class CannedQueries {
    private final QueryCatalog catalog;
    private final QueryExecutor store;
    private final Identifiers ids;
    private final QueryLimits limits;
    private final Clock clock;

    public CannedQueries(QueryCatalog catalog, QueryExecutor store, Identifiers ids, QueryLimits limits, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.ids = ids;
        this.limits = limits;
        this.clock = clock;
    }

    public QueryCatalog catalog() {
        return catalog;
    }

    public Identifiers identifiers() {
        return ids;
    }

    public QueryLimits limits() {
        return limits;
    }

    /** Today, by the service's clock (UTC): the default of date parameters. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The canned query called {@code name}, or a 404 naming it. */
    public CannedQuery get(String name) {
        return catalog.get(name).orElseThrow(() -> new NotFoundException("Unknown query '" + name + "'. Known queries: "
                + catalog.all().stream().map(CannedQuery::name).collect(Collectors.joining(", ")) + "."));
    }

    /** Validates {@code raw} (parameter name to values) against the query and binds it. */
    public BoundQuery bind(CannedQuery query, Map<String, List<String>> raw) {
        for (String name : raw.keySet())
            if (query.param(name).isEmpty())
                throw new BadRequestException("Unknown parameter '" + name + "' for query '" + query.name() + "'"
                        + (query.params().isEmpty() ? "; it takes none." : "; it takes: "
                        + query.params().stream().map(ParamSpec::name).collect(Collectors.joining(", ")) + "."));
        BindingBuilder binding = BindingBuilder.create();
        Query bound = query.query();
        Map<String, String> values = new LinkedHashMap<>();
        for (ParamSpec spec : query.params()) {
            List<String> given = raw.getOrDefault(spec.name(), List.of());
            if (given.size() > 1)
                throw new BadRequestException("Parameter '" + spec.name() + "' is given " + given.size() + " times; give it once.");
            Optional<String> value = given.isEmpty() || given.get(0).isBlank()
                    ? spec.defaultValue().map(this::resolveDefault) : Optional.of(given.get(0));
            if (value.isEmpty()) {
                if (spec.required())
                    throw new BadRequestException("Parameter '" + spec.name() + "' is required: " + spec.description());
                continue;
            }
            ParamType type = ParamType.of(spec.type());
            List<Node> nodes = type.parse(spec.name(), value.get(), ids);
            if (type.isList())
                bound = ValuesBinder.bind(bound, Var.alloc(spec.name()), nodes);
            else
                binding.add(Var.alloc(spec.name()), nodes.get(0));
            // Echo the value as understood (normalized identifiers: "fra" is FRA).
            values.put(spec.name(), nodes.stream().map(n -> ParamType.keyOf(n).orElse("")).collect(Collectors.joining(",")));
        }
        return new BoundQuery(query, bound, binding.build(), values);
    }

    private String resolveDefault(String value) {
        return value.equals("today") ? today().toString() : value;
    }

    /** Binds and runs a SELECT query by name. */
    public Result select(String name, Map<String, List<String>> raw) {
        BoundQuery bound = bind(get(name), raw);
        return new Result(bound, store.select(bound.query(), bound.parameters(), limits));
    }

    /** Runs an already bound SELECT query. */
    public Table select(BoundQuery bound) {
        return store.select(bound.query(), bound.parameters(), limits);
    }

    /** A query's bound parameters and its result. */
    public record Result(BoundQuery query, Table table) {}

    /** Convenience for services: parameters given as single values. */
    public static Map<String, List<String>> params(String... nameValuePairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2)
            if (nameValuePairs[i + 1] != null)
                map.put(nameValuePairs[i], List.of(nameValuePairs[i + 1]));
        return map;
    }
}
