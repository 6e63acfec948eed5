package org.w3id.diligentia.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.sparql.core.Var;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.ParamSpec;
import org.w3id.diligentia.query.QueryCatalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document of the HTTP API. The hand-written part ({@code openapi/openapi-template.json}:
 * paths, parameters, answer schemas, errors, examples) is completed with what only the loaded data and
 * the query catalog know: the identifiers a scope, question, organization, instrument kind, level or
 * query name may take (as enumerations), the row schema of every canned SELECT query (its projected
 * variables), and one path per API query with the parameters its header declares.
 *
 * <p>Knows nothing of HTTP; build one per dataset version and serve it as is.
 */
public final class OpenApiDocument {
    private static final String TEMPLATE = "/openapi/openapi-template.json";
    private static final String QUERIES = "/api/queries/";

    /** What the data says a parameter may be; see {@link #build}. */
    public record Vocabulary(String version, Collection<String> scopes, Collection<String> questions,
                             Collection<String> organizations, Collection<String> instrumentKinds,
                             Collection<String> levels, Collection<String> states) {

        public static Vocabulary of(String version, Identifiers ids, Collection<String> levels) {
            return new Vocabulary(version, ids.scopes(), ids.questions(), ids.organizations(), ids.instrumentKinds(),
                    levels, ids.states());
        }
    }

    private final ObjectMapper json;

    public OpenApiDocument(ObjectMapper json) {
        this.json = json;
    }

    /** The document for the data described by {@code vocabulary} and the canned queries of {@code catalog}. */
    public ObjectNode build(Vocabulary vocabulary, QueryCatalog catalog) {
        ObjectNode doc = template();
        ((ObjectNode) doc.get("info")).put("version", vocabulary.version());
        // A citation permalink's version: the example is the current one, so "try it" pins what the store holds.
        if (doc.at("/components/parameters/version") instanceof ObjectNode version)
            version.put("example", vocabulary.version());
        // The example version of /api/changes is the one served, so trying the example answers.
        if (vocabulary.version().matches("[0-9a-f]{16}"))
            ((ObjectNode) doc.at("/components/parameters/changesVersion")).put("example", vocabulary.version());
        ObjectNode schemas = (ObjectNode) doc.at("/components/schemas");
        enumerate(schemas, "ScopeId", vocabulary.scopes(), "world");
        enumerate(schemas, "QuestionId", vocabulary.questions(), "dd-binding");
        enumerate(schemas, "OrganizationId", vocabulary.organizations(), "AU");
        enumerate(schemas, "InstrumentKind", vocabulary.instrumentKinds(), "resolution");
        enumerate(schemas, "Level", vocabulary.levels(), "consensus");
        List<CannedQuery> selects = catalog.all().stream().filter(q -> q.query().isSelectType()).toList();
        enumerate(schemas, "QueryName", selects.stream().map(CannedQuery::name).toList(), "divergences");
        ObjectNode paths = (ObjectNode) doc.get("paths");
        for (CannedQuery q : selects) {
            schemas.set(rowSchemaName(q.name()), rowSchema(q));
            if (q.hasTag(CannedQuery.API))
                paths.set(QUERIES + q.name(), queryPath(q, vocabulary));
        }
        // Row schemas no answer refers to (queries run at load or behind the linked data) are left out.
        String text = doc.toString();
        selects.stream().map(q -> rowSchemaName(q.name()))
                .filter(name -> !text.contains("\"#/components/schemas/" + name + "\""))
                .forEach(schemas::remove);
        return doc;
    }

    /** The name of the schema of one row of a canned query's result. */
    public static String rowSchemaName(String query) {
        return "Row-" + query;
    }

    private ObjectNode template() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(TEMPLATE)) {
            if (in == null)
                throw new IllegalStateException("The OpenAPI template " + TEMPLATE + " is missing from the classpath");
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void enumerate(ObjectNode schemas, String name, Collection<String> values, String preferredExample) {
        ObjectNode schema = (ObjectNode) schemas.get(name);
        ArrayNode list = schema.putArray("enum");
        values.stream().sorted().forEach(list::add);
        if (!values.isEmpty())
            schema.putArray("examples").add(values.contains(preferredExample) ? preferredExample : values.iterator().next());
    }

    /** Every projected variable of the query, each an RDF value; unbound ones are absent, nothing else appears. */
    private ObjectNode rowSchema(CannedQuery q) {
        ObjectNode schema = json.createObjectNode();
        schema.put("type", "object");
        schema.put("description", "One row of the canned query '" + q.name() + "': " + q.summary()
                + " Unbound variables are absent.");
        ObjectNode properties = schema.putObject("properties");
        for (Var v : q.query().getProjectVars())
            properties.putObject(v.getVarName()).put("$ref", "#/components/schemas/RdfValue");
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode queryPath(CannedQuery q, Vocabulary vocabulary) {
        ObjectNode get = json.createObjectNode();
        get.putArray("tags").add("queries");
        get.put("operationId", "query-" + q.name());
        get.put("summary", q.summary());
        get.put("description", (q.description().isBlank() ? "" : q.description() + "\n\n")
                + "The SPARQL text is in the catalog (`/api/queries`) and in `queries/" + q.name() + ".rq`.");
        ArrayNode parameters = get.putArray("parameters");
        for (ParamSpec p : q.params())
            parameters.add(parameter(p, vocabulary));
        parameters.addObject().put("$ref", "#/components/parameters/format");
        ObjectNode responses = get.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", "The result; `rows` holds one object per solution.");
        ObjectNode headers = ok.putObject("headers");
        headers.putObject("ETag").put("$ref", "#/components/headers/ETag");
        headers.putObject("Diligentia-Truncated").put("$ref", "#/components/headers/Truncated");
        headers.putObject("Link").put("$ref", "#/components/headers/VersionLink");
        ObjectNode content = ok.putObject("content");
        ObjectNode result = content.putObject("application/json").putObject("schema");
        ArrayNode allOf = result.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/QueryResult");
        ObjectNode rows = allOf.addObject().putObject("properties").putObject("rows");
        rows.putObject("items").put("$ref", "#/components/schemas/" + rowSchemaName(q.name()));
        content.putObject("text/csv").putObject("schema").put("type", "string");
        for (String[] error : new String[][] {{"304", "NotModified"}, {"400", "BadRequest"}, {"404", "NotFound"}, {"406", "NotAcceptable"},
                {"503", "Busy"}})
            responses.putObject(error[0]).put("$ref", "#/components/responses/" + error[1]);
        ObjectNode path = json.createObjectNode();
        path.set("get", get);
        return path;
    }

    private ObjectNode parameter(ParamSpec p, Vocabulary vocabulary) {
        ObjectNode param = json.createObjectNode();
        param.put("name", p.name());
        param.put("in", "query");
        param.put("description", p.description() + (p.defaultValue().isPresent() ? " Default: " + p.defaultValue().get() + "." : ""));
        if (p.required())
            param.put("required", true);
        ObjectNode schema = param.putObject("schema");
        switch (p.type()) {
            case "date" -> schema.put("$ref", "#/components/schemas/Date");
            case "question" -> schema.put("$ref", "#/components/schemas/QuestionId");
            case "scope" -> schema.put("$ref", "#/components/schemas/ScopeId");
            case "organization" -> schema.put("$ref", "#/components/schemas/OrganizationId");
            case "state" -> schema.put("$ref", "#/components/schemas/StateCode");
            case "confidence" -> schema.put("$ref", "#/components/schemas/Confidence");
            case "stance" -> schema.put("$ref", "#/components/schemas/Stance");
            case "instrument-kind" -> schema.put("$ref", "#/components/schemas/InstrumentKind");
            case "boolean" -> schema.put("type", "boolean");
            case "date-list" -> schema.put("type", "string").put("pattern", "^\\d{4}-\\d{2}-\\d{2}(,\\d{4}-\\d{2}-\\d{2})*$")
                    .put("description", "Dates (YYYY-MM-DD) separated by commas.");
            case "organization-list" -> schema.put("type", "string").put("description", "Organization ids separated by commas.");
            case "state-list" -> schema.put("type", "string").put("pattern", "^[A-Za-z]{3}(,[A-Za-z]{3})*$")
                    .put("description", "ISO 3166-1 alpha-3 codes separated by commas, each once.");
            case "iri" -> schema.put("type", "string").put("format", "uri");
            default -> throw new IllegalStateException("Query parameter type '" + p.type() + "' has no OpenAPI schema; add one here.");
        }
        String example = example(p.type(), vocabulary);
        if (p.type().equals("boolean"))
            param.put("example", Boolean.parseBoolean(example));
        else if (example != null)
            param.put("example", example);
        return param;
    }

    /** A value of the type that exists in the data, so "try it" works as given. */
    static String example(String type, Vocabulary v) {
        Function<Collection<String>, String> first = values -> values.isEmpty() ? null : values.iterator().next();
        return switch (type) {
            case "date" -> "2024-02-18";
            case "date-list" -> "2015-12-31,2024-02-18";
            case "question" -> v.questions().contains("dd-binding") ? "dd-binding" : first.apply(v.questions());
            case "scope" -> v.scopes().contains("AU") ? "AU" : first.apply(v.scopes());
            case "organization" -> v.organizations().contains("AU") ? "AU" : first.apply(v.organizations());
            case "organization-list" -> v.organizations().containsAll(List.of("AU", "EU")) ? "AU,EU" : first.apply(v.organizations());
            case "state" -> v.states().contains("FRA") ? "FRA" : first.apply(v.states());
            case "state-list" -> v.states().containsAll(List.of("FRA", "DEU", "USA")) ? "FRA,DEU,USA" : first.apply(v.states());
            case "confidence" -> "low";
            case "stance" -> "affirms";
            case "instrument-kind" -> v.instrumentKinds().contains("resolution") ? "resolution" : first.apply(v.instrumentKinds());
            case "boolean" -> "true";
            default -> null;
        };
    }
}
