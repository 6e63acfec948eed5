package org.w3id.diligentia.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.support.StoreMode;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every canned query against its expected results, kept next to it in {@code queries/tests/*.json}
 * (in the manner of Jena's manifests): the query, its parameters, and the rows expected over the
 * shipped data, exactly ({@code rows}), or some of them ({@code includes}), or none like them
 * ({@code excludes}), and how many ({@code rowCount}). A row matches when every key it gives has the
 * same value.
 */
@ParameterizedClass(name = "over the {0} store")
@EnumSource(StoreMode.class)
class CannedQueryExpectationsTest {
    @Parameter
    StoreMode mode;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CASES = TestHome.home().resolve("queries/tests");

    private CannedQueries queries() {
        KnowledgeStore store = mode.store("shipped");
        QueryCatalog catalog = QueryCatalog.bundled();
        return new CannedQueries(catalog, store, new Identifiers(store, () -> store.info().version(), catalog),
                new QueryLimits(Duration.ofSeconds(30), 10_000), Clock.systemUTC());
    }

    private static List<Path> caseFiles() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGivesItsExpectedResults() throws IOException {
        CannedQueries queries = queries();
        return caseFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode c = JSON.readTree(file.toFile());
            Map<String, List<String>> params = new LinkedHashMap<>();
            c.get("params").properties().forEach(e -> params.put(e.getKey(), List.of(e.getValue().asText())));
            List<Map<String, Object>> rows = Rows.of(queries.select(c.get("query").asText(), params).table());
            String context = c.get("description").asText() + "\nactual: " + rows;
            if (c.has("rowCount"))
                assertEquals(c.get("rowCount").asInt(), rows.size(), context);
            if (c.has("rows")) {
                assertEquals(c.get("rows").size(), rows.size(), context);
                for (int i = 0; i < rows.size(); i++)
                    assertTrue(matches(c.get("rows").get(i), rows.get(i)), "row " + i + " differs from " + c.get("rows").get(i) + "\n" + context);
            }
            if (c.has("includes"))
                for (JsonNode expected : c.get("includes"))
                    assertTrue(rows.stream().anyMatch(r -> matches(expected, r)), "no row like " + expected + "\n" + context);
            if (c.has("excludes"))
                for (JsonNode unexpected : c.get("excludes"))
                    assertTrue(rows.stream().noneMatch(r -> matches(unexpected, r)), "a row like " + unexpected + "\n" + context);
        }));
    }

    @Test
    void everyApiQueryHasAtLeastOneExpectedResultsCase() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (Path f : caseFiles())
            covered.add(JSON.readTree(f.toFile()).get("query").asText());
        List<String> missing = new ArrayList<>();
        QueryCatalog.bundled().tagged(CannedQuery.API).forEach(q -> {
            if (!covered.contains(q.name()))
                missing.add(q.name());
        });
        assertEquals(List.of(), missing, "API queries without a case in queries/tests/");
    }

    @Test
    void everyCheckReturnsNoRowOverTheShippedData() {
        CannedQueries queries = queries();
        QueryCatalog.bundled().tagged(CannedQuery.CHECK).forEach(q ->
                assertEquals(0, queries.select(q.name(), Map.of()).table().size(), q.name()));
        assertTrue(QueryCatalog.bundled().tagged(CannedQuery.CHECK).count() >= 5, "the checks of the knowledge base");
    }

    private static boolean matches(JsonNode expected, Map<String, Object> actual) {
        Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Object value = actual.get(e.getKey());
            if (value == null || !same(e.getValue(), value))
                return false;
        }
        return true;
    }

    private static boolean same(JsonNode expected, Object actual) {
        if (expected.isNumber() && actual instanceof Number n)
            return new BigDecimal(expected.asText()).compareTo(new BigDecimal(n.toString())) == 0;
        if (expected.isBoolean() && actual instanceof Boolean b)
            return expected.asBoolean() == b;
        if (expected.isTextual())
            return expected.asText().equals(actual.toString());
        fail("Unsupported expected value " + expected);
        return false;
    }
}
