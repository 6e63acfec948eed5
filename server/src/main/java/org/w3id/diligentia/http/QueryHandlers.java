package org.w3id.diligentia.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.ParamSpec;
import org.w3id.diligentia.query.ParamType;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.query.Rows;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.CsvTable;
import org.w3id.diligentia.web.Params;
import org.w3id.diligentia.web.TruncatedHeader;

import io.javalin.http.Context;

/**
 * {@code /api/queries}: the catalog of canned queries, and running one by name with typed, validated
 * parameters. Only SELECT queries run here; no endpoint but {@code /sparql} accepts query text.
 */
final class QueryHandlers {
    private final CannedQueries queries;
    private final ApiResponder responder;

    QueryHandlers(CannedQueries queries, ApiResponder responder) {
        this.queries = queries;
        this.responder = responder;
    }

    record QueryInfo(String name, String summary, String description, List<String> tags, List<ParamInfo> params, String sparql) {}

    record ParamInfo(String name, String type, boolean required, String defaultValue, String description) {
        static ParamInfo of(ParamSpec p) {
            return new ParamInfo(p.name(), p.type(), p.required(), p.defaultValue().orElse(null), p.description());
        }
    }

    record Catalog(List<QueryInfo> queries) {}

    record Result(String query, Map<String, String> params, List<String> columns, List<Map<String, Object>> rows,
                  int rowCount, boolean truncated) {}

    void list(Context ctx) {
        Params.only(ctx, java.util.Set.of());
        responder.respond(ctx, () -> new Catalog(queries.catalog().all().stream()
                        .map(q -> new QueryInfo(q.name(), q.summary(), q.description(), q.tags(),
                                q.params().stream().map(ParamInfo::of).toList(), q.text())).toList()),
                c -> {
                    CsvTable t = new CsvTable("name", "tags", "summary", "params");
                    c.queries().forEach(q -> t.row(q.name(), String.join(" ", q.tags()), q.summary(),
                            String.join(" ", q.params().stream().map(ParamInfo::name).toList())));
                    return t;
                });
    }

    void run(Context ctx) {
        CannedQuery query = queries.get(ctx.pathParam("name"));
        if (!query.query().isSelectType())
            throw new BadRequestException("Query '" + query.name() + "' is a " + (query.query().isConstructType() ? "CONSTRUCT" : "non-SELECT")
                    + " query (an inference rule); run it at /sparql.");
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        params.remove("format");
        params.remove("");
        responder.respond(ctx, () -> {
            CannedQueries.Result r = queries.select(query.name(), params);
            if (r.table().truncated())
                TruncatedHeader.set(ctx, queries.limits().maxRows());
            return new Result(query.name(), echo(r.query().args()), r.table().vars(), Rows.of(r.table()), r.table().size(),
                    r.table().truncated());
        }, res -> {
            CsvTable t = new CsvTable(res.columns());
            for (Map<String, Object> row : res.rows())
                t.row(res.columns().stream().map(row::get).toArray());
            return t;
        });
    }

    /** The arguments as understood, echoed as the client writes them: identifiers by their keys, a list joined by commas. */
    private static Map<String, String> echo(QueryArgs args) {
        Map<String, String> echo = new LinkedHashMap<>();
        args.values().forEach((name, terms) ->
                echo.put(name, terms.stream().map(ParamType::keyOf).collect(Collectors.joining(","))));
        return echo;
    }
}
