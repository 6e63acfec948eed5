package org.w3id.diligentia.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
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
 * Runs canned queries by name with typed arguments ({@link QueryArgs}): {@link #bind} is the one way
 * in, used by every service; it fills in the declared defaults, binds each term to its variable (a
 * list into the query's VALUES block) and the runners execute within the configured limits. Text
 * from a client reaches a query only through {@link #parse}, the edge of {@code /api/queries/{name}},
 * which validates it against the query's declared parameters. Knows nothing of HTTP.
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

    /** The canned query called {@code name}, or a 404 naming it (for a client that names one). */
    public CannedQuery get(String name) {
        return catalog.get(name).orElseThrow(() -> new NotFoundException("Unknown query '" + name + "'. Known queries: "
                + catalog.all().stream().map(CannedQuery::name).collect(Collectors.joining(", ")) + "."));
    }

    /** Fails (at start-up) unless the catalog has every query in {@code names}. */
    public void require(String... names) {
        for (String name : names)
            known(name);
    }

    /**
     * Binds {@code args} to the query called {@code name}: the one typed entry point. A parameter left
     * out takes its declared default; a required one without a default is refused (400).
     *
     * @throws IllegalArgumentException if {@code args} names a parameter the query does not declare
     */
    public BoundQuery bind(String name, QueryArgs args) {
        CannedQuery query = known(name);
        for (String given : args.values().keySet())
            if (query.param(given).isEmpty())
                throw new IllegalArgumentException("Query '" + name + "' has no parameter '" + given + "'");
        BindingBuilder binding = BindingBuilder.create();
        Query bound = query.query();
        QueryArgs filled = QueryArgs.none();
        for (ParamSpec spec : query.params()) {
            List<Node> terms = args.values().get(spec.name());
            if (terms == null && spec.defaultValue().isPresent())
                terms = ParamType.of(spec.type()).parse(spec.name(), resolveDefault(spec.defaultValue().get()), ids);
            if (terms == null) {
                if (spec.required())
                    throw required(spec);
                continue;
            }
            if (ParamType.of(spec.type()).isList())
                bound = ValuesBinder.bind(bound, Var.alloc(spec.name()), terms);
            else if (terms.size() == 1)
                binding.add(Var.alloc(spec.name()), terms.get(0));
            else
                throw new IllegalArgumentException("Parameter '" + spec.name() + "' of '" + name + "' takes one term");
            filled = filled.with(spec.name(), terms);
        }
        return new BoundQuery(query, bound, binding.build(), filled);
    }

    /** Binds and runs a SELECT query. */
    public Table select(String name, QueryArgs args) {
        return select(bind(name, args));
    }

    /** Binds and runs a SELECT query under other limits than the service's (an index that reads every interval). */
    public Table select(String name, QueryArgs args, QueryLimits otherLimits) {
        BoundQuery bound = bind(name, args);
        return store.select(bound.query(), bound.parameters(), otherLimits);
    }

    /** Runs an already bound SELECT query. */
    public Table select(BoundQuery bound) {
        return store.select(bound.query(), bound.parameters(), limits);
    }

    /** Binds and runs an ASK query. */
    public boolean ask(String name, QueryArgs args) {
        BoundQuery bound = bind(name, args);
        return store.ask(bound.query(), bound.parameters(), limits);
    }

    /** Binds and runs a CONSTRUCT query. */
    public Graph construct(String name, QueryArgs args) {
        BoundQuery bound = bind(name, args);
        return store.construct(bound.query(), bound.parameters(), limits);
    }

    /**
     * The edge for a client's text ({@code /api/queries/{name}}): validates {@code raw} (parameter name
     * to values) against the query's declared parameters, each by its type (unknown, repeated and
     * malformed ones are refused with a message that names them); a blank value is left out.
     */
    public QueryArgs parse(CannedQuery query, Map<String, List<String>> raw) {
        for (String name : raw.keySet())
            if (query.param(name).isEmpty())
                throw new BadRequestException("Unknown parameter '" + name + "' for query '" + query.name() + "'"
                        + (query.params().isEmpty() ? "; it takes none." : "; it takes: "
                        + query.params().stream().map(ParamSpec::name).collect(Collectors.joining(", ")) + "."));
        QueryArgs args = QueryArgs.none();
        for (ParamSpec spec : query.params()) {
            List<String> given = raw.getOrDefault(spec.name(), List.of());
            if (given.size() > 1)
                throw new BadRequestException("Parameter '" + spec.name() + "' is given " + given.size() + " times; give it once.");
            if (!given.isEmpty() && !given.get(0).isBlank())
                args = args.with(spec.name(), ParamType.of(spec.type()).parse(spec.name(), given.get(0), ids));
            else if (spec.required() && spec.defaultValue().isEmpty())
                throw required(spec);
        }
        return args;
    }

    /** Parses a client's text for the query called {@code name}, binds and runs it: {@code /api/queries/{name}}. */
    public Result select(String name, Map<String, List<String>> raw) {
        BoundQuery bound = bind(name, parse(get(name), raw));
        return new Result(bound, select(bound));
    }

    /** A query's bound arguments and its result. */
    public record Result(BoundQuery query, Table table) {}

    private CannedQuery known(String name) {
        return catalog.get(name).orElseThrow(() -> new IllegalStateException("The canned query '" + name + "' is missing from queries/"));
    }

    private static BadRequestException required(ParamSpec spec) {
        return new BadRequestException("Parameter '" + spec.name() + "' is required: " + spec.description());
    }

    private String resolveDefault(String value) {
        return value.equals("today") ? today().toString() : value;
    }
}
