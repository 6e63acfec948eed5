package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.HtmlChecks;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A citation permalink keeps answering after the store has moved on: the permalink of an earlier
 * version (a test copy of a fixture, edited and reloaded) answers 200 in every representation, never
 * a 500, with a plain notice naming both versions, the figures of the current one, and a link to the
 * same view at the current version; the citation itself still cites the version it pinned.
 */
class CitationOfEarlierVersionTest {
    private static final String TOKEN = "cite-test-token-0123456789abcdef";
    private static final List<String> VIEWS = List.of("consensus?scope=all-states&question=dd-binding&asOf=2024-06-30&minConfidence=low",
            "consensus/matrix?asOf=2024-06-30&minConfidence=low",
            "consensus/timeline?scope=RO&question=dd-binding&from=1945-01-01&to=2024-06-30&minConfidence=low");

    private static String current(RunningServer server) throws IOException {
        return ApiClient.json(server, "/health").get("version").asText();
    }

    @Test
    void aPermalinkOfAnEarlierVersionAnswersWithANoticeAndTheCurrentFigures(@TempDir Path dir) throws Exception {
        Path data = TestHome.copy(TestHome.fixture("minimal"), dir.resolve("data"));
        TdbStore store = TdbStore.inMemory();
        Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(store, new Loader.Sources(TestHome.ontology(), data));
        try (RunningServer server = RunningServer.serve(store, Settings.builder(TestHome.home()).ontologyDir(TestHome.ontology())
                .dataDir(data).adminToken(TOKEN).build())) {
            String first = current(server);
            String before = ApiClient.json(server, "/cite/" + first + "/" + VIEWS.get(0)).get("counts").toString();
            Files.writeString(data.resolve("states.ttl"),
                    "st:DDD a dil:State ; dil:iso3 \"DDD\" ; rdfs:label \"Deltaland\"@en .\n", StandardOpenOption.APPEND);
            assertEquals(200, server.post("/admin/reload", "application/json", "", "Authorization", "Bearer " + TOKEN).statusCode());
            String second = current(server);
            assertNotEquals(first, second);

            for (String view : VIEWS) {
                String old = "/cite/" + first + "/" + view;
                for (String format : List.of("html", "json", "csv", "bibtex", "csl", "text")) {
                    HttpResponse<String> r = server.get(old + "&format=" + format);
                    assertEquals(200, r.statusCode(), old + " as " + format + ": " + r.body());
                    assertTrue(r.headers().allValues("Link").contains("<https://w3id.org/diligentia/cite/" + second + "/" + view
                            + ">; rel=\"latest-version\""), format + ": " + r.headers().allValues("Link"));
                    assertEquals(200, server.send("HEAD", old + "&format=" + format, null, null).statusCode(), "HEAD " + format);
                }
                JsonNode citation = ApiClient.json(server, old).get("citation");
                assertFalse(citation.get("current").asBoolean());
                assertEquals(first, citation.get("version").asText(), "the citation still cites the version it pinned");
                assertEquals(second, citation.get("currentVersion").asText());
                String notice = citation.get("notice").asText();
                assertTrue(notice.contains(first) && notice.contains(second) && notice.contains("computed from version " + second), notice);
                String html = server.get(old, "Accept", "text/html").body();
                HtmlChecks.assertAccessiblePage(html);
                assertTrue(html.contains("id=\"version-notice\"") && html.contains("href=\"/id/version/" + first + "\"")
                        && html.contains("href=\"/id/version/" + second + "\""), html);
                assertTrue(server.get(old + "&format=bibtex").body().contains("version      = {" + first + "}"));
                JsonNode now = ApiClient.json(server, "/cite/" + second + "/" + view).get("citation");
                assertTrue(now.get("current").asBoolean() && !now.has("notice"), now.toString());
            }
            JsonNode assessment = ApiClient.json(server, "/cite/" + first + "/" + VIEWS.get(0));
            assertEquals(ApiClient.json(server, "/api/" + VIEWS.get(0)).get("counts"), assessment.get("counts"),
                    "the figures are the current version's");
            assertNotEquals(before, assessment.get("counts").toString(), "and they moved: Deltaland is one State more");
        }
    }
}
