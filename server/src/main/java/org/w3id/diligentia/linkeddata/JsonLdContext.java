package org.w3id.diligentia.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * The JSON-LD 1.1 context Diligentia publishes at {@code /context.jsonld} (a hand-written resource,
 * {@code linkeddata/context.jsonld}: short terms for the ontology and the reused vocabularies, IRIs
 * and dates coerced, English as the default language), and the writer that compacts a graph against
 * it. The compacted document refers to the context by URL rather than embedding it.
 *
 * <p>Jena's own JSON-LD writer builds its context from prefixes only, so compaction goes through
 * Titanium (the JSON-LD processor Jena uses) directly: graph to expanded JSON-LD by Jena's converter,
 * then compaction against this context. Integers and booleans in canonical form are written as
 * native JSON values (Titanium's own {@code useNativeTypes} turns language-tagged strings into
 * {@code rdf:langString}-typed values, so it is not used).
 */
public final class JsonLdContext {
    /** Where the server publishes the context. */
    public static final String PATH = "/context.jsonld";
    private static final String RESOURCE = "linkeddata/context.jsonld";
    private static final String XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";
    private static final String XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";
    /** Canonical xsd:integer: no sign for positives, no leading zeros. */
    private static final Pattern INTEGER = Pattern.compile("0|-?[1-9][0-9]*");

    private final String text;
    private final JsonObject document;

    private JsonLdContext(String text) {
        this.text = text;
        try (var reader = Json.createReader(new StringReader(text))) {
            this.document = reader.readObject();
        }
    }

    /** The context shipped with the server. */
    public static JsonLdContext bundled() {
        try (InputStream in = JsonLdContext.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("The JSON-LD context is missing from the classpath (" + RESOURCE + ")");
            return new JsonLdContext(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The context document, as published. */
    public String text() {
        return text;
    }

    /** Writes {@code graph} as compacted JSON-LD whose {@code @context} is {@code contextUrl}. */
    public void write(Graph graph, String contextUrl, OutputStream out) {
        JsonObject compacted = compact(graph);
        JsonObjectBuilder withUrl = Json.createObjectBuilder().add("@context", contextUrl);
        compacted.forEach((key, value) -> {
            if (!key.equals("@context"))
                withUrl.add(key, value);
        });
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(withUrl.build());
        }
    }

    /**
     * Rewrites value objects of canonical {@code xsd:integer} and {@code xsd:boolean} literals in an
     * expanded document as native JSON numbers and booleans, which read back as the same literals.
     */
    private static JsonValue nativeValues(JsonValue value) {
        if (value instanceof JsonArray array) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            array.forEach(v -> b.add(nativeValues(v)));
            return b.build();
        }
        if (!(value instanceof JsonObject object))
            return value;
        if (object.size() == 2 && object.get("@value") instanceof JsonString lexical
                && object.get("@type") instanceof JsonString type) {
            String s = lexical.getString();
            if (type.getString().equals(XSD_INTEGER) && INTEGER.matcher(s).matches() && s.length() < 16)
                return Json.createObjectBuilder().add("@value", Long.parseLong(s)).build();
            if (type.getString().equals(XSD_BOOLEAN) && (s.equals("true") || s.equals("false")))
                return Json.createObjectBuilder().add("@value", Boolean.parseBoolean(s)).build();
            return object;
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        object.forEach((k, v) -> b.add(k, nativeValues(v)));
        return b.build();
    }

    /** {@code graph} compacted against this context, with the context inline. */
    public JsonObject compact(Graph graph) {
        try {
            JsonLdOptions options = new JsonLdOptions();
            options.setOrdered(true);
            JsonArray expanded = JenaToTitanium.convert(DatasetGraphFactory.wrap(graph), options);
            JsonArray natives = (JsonArray) nativeValues(expanded);
            return JsonLd.compact(JsonDocument.of(natives), JsonDocument.of(document)).options(options).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("Cannot compact a description against the JSON-LD context: " + e.getMessage(), e);
        }
    }
}
