package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.HtmlChecks;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "Cite this" over the shipped data: every consensus answer names its permalink ({@code citation},
 * {@code Link rel="cite-as"}); the permalink of the current version answers the same figures as the
 * API, with the citation as text, BibTeX and CSL-JSON; an unknown version or a bad parameter is a
 * 4xx naming it; assessment pages and the dashboard link to the permalinks and to the CSV data.
 */
class CitationTest {
    private static final String QUERY = "scope=AU&question=dd-binding&asOf=2024-02-18&minConfidence=low";
    private static final Pattern BIBTEX_FIELD = Pattern.compile("^  ([a-z]+) += \\{(.*)},$");

    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    private static String version() throws IOException {
        return ApiClient.json(server, "/health").get("version").asText();
    }

    private static String body(String path, String accept, String type) {
        HttpResponse<String> r = server.get(path, "Accept", accept);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type), r.headers().toString());
        return r.body();
    }

    @Test
    void everyConsensusAnswerNamesItsPermalinkPinnedToTheCurrentVersion() throws IOException {
        String v = version();
        String permalink = "https://w3id.org/diligentia/cite/" + v + "/consensus?" + QUERY;
        HttpResponse<String> r = server.get("/api/consensus?scope=AU&question=dd-binding&asOf=2024-02-18", "Accept", "application/json");
        assertTrue(r.headers().allValues("Link").contains("<" + permalink + ">; rel=\"cite-as\""), r.headers().allValues("Link").toString());
        JsonNode citation = ApiClient.parse(r.body()).get("citation");
        assertEquals(permalink, citation.get("permalink").asText());
        assertTrue(citation.get("current").asBoolean());
        assertFalse(citation.has("notice"));
        assertEquals("AU", ApiClient.parse(r.body()).get("scope").asText(), "the answer's own fields are unchanged");
        for (String path : List.of("/api/consensus/matrix?asOf=2025-01-01", "/api/consensus/timeline?scope=AU&question=dd-binding&from=2024-01-01&to=2025-12-31")) {
            String local = ApiClient.json(server, path).get("citation").get("local").asText();
            assertTrue(local.startsWith("/cite/" + v + "/consensus/"), local);
            assertEquals(200, server.get(local, "Accept", "application/json").statusCode(), local);
        }
        assertTrue(server.get("/api/consensus?" + QUERY + "&format=csv").headers().allValues("Link").stream()
                .anyMatch(l -> l.endsWith("rel=\"cite-as\"")), "the CSV names it too");
    }

    @Test
    void thePermalinkOfTheCurrentVersionAnswersTheSameFiguresAsTheApi() throws IOException {
        String v = version();
        JsonNode api = ApiClient.json(server, "/api/consensus?" + QUERY);
        JsonNode cited = ApiClient.json(server, "/cite/" + v + "/consensus?" + QUERY);
        for (String field : List.of("level", "counts", "members", "rule", "support", "coverage"))
            assertEquals(api.get(field), cited.get(field), field);
        assertEquals(api.get("citation").get("permalink"), cited.get("citation").get("permalink"));
        String csv = body("/cite/" + v + "/consensus?" + QUERY + "&format=csv", "*/*", "text/csv");
        assertEquals(body("/api/consensus?" + QUERY + "&format=csv", "*/*", "text/csv"), csv);
        String matrix = "/consensus/matrix?asOf=2025-01-01&minConfidence=medium";
        assertEquals(ApiClient.json(server, "/api" + matrix).get("cells"), ApiClient.json(server, "/cite/" + v + matrix).get("cells"));
        String html = body("/cite/" + v + "/consensus?" + QUERY, "text/html", "text/html");
        HtmlChecks.assertAccessiblePage(html);
        assertTrue(html.contains("id=\"version-current\"") && !html.contains("version-notice"), html);
        assertTrue(html.contains("Level " + api.get("level").asText()), "the figures, in a sentence");
    }

    @Test
    void theCitationIsValidBibtexCslJsonAndText() throws IOException {
        String path = "/cite/" + version() + "/consensus?" + QUERY;
        String bibtex = body(path, "application/x-bibtex", "application/x-bibtex");
        assertEquals(bibtex, body(path + "&format=bibtex", "*/*", "application/x-bibtex"));
        assertEquals(bibtex, body(path, "text/x-bibtex", "application/x-bibtex"));
        List<String> lines = bibtex.strip().lines().toList();
        assertTrue(lines.get(0).matches("@misc\\{[A-Za-z0-9_.:-]+,"), lines.get(0));
        assertEquals("}", lines.get(lines.size() - 1));
        Set<String> fields = new java.util.HashSet<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            Matcher m = BIBTEX_FIELD.matcher(line);
            assertTrue(m.matches(), "a field: " + line);
            assertTrue(fields.add(m.group(1)), "once: " + line);
            assertTrue(balanced(m.group(2)), "balanced braces: " + line);
        }
        assertTrue(fields.containsAll(Set.of("title", "author", "organization", "year", "url", "version", "note", "urldate")), fields.toString());
        assertTrue(bibtex.contains("url          = {https://w3id.org/diligentia/cite/"), bibtex);

        JsonNode csl = ApiClient.parse(body(path, "application/vnd.citationstyles.csl+json", "application/vnd.citationstyles.csl+json"));
        assertTrue(csl.isArray() && csl.size() == 1, csl.toString());
        JsonNode item = csl.get(0);
        assertEquals("dataset", item.get("type").asText());
        for (String field : List.of("id", "title", "publisher", "URL", "version"))
            assertTrue(item.get(field).isTextual() && !item.get(field).asText().isBlank(), field);
        assertEquals("Diligentia", item.get("author").get(0).get("literal").asText());
        for (String date : List.of("issued", "accessed")) {
            JsonNode parts = item.get(date).get("date-parts").get(0);
            assertEquals(3, parts.size(), date);
            parts.forEach(p -> assertTrue(p.isInt(), date));
        }
        String text = body(path + "&format=text", "*/*", "text/plain");
        assertTrue(text.startsWith("Diligentia (") && text.contains("[Data set]") && text.contains(item.get("URL").asText()), text);
    }

    @Test
    void anUnknownVersionOrABadParameterIsA4xxNamingIt() throws IOException {
        HttpResponse<String> unknown = server.get("/cite/0000dead/consensus?" + QUERY, "Accept", "application/json");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("'0000dead'") && unknown.body().contains("/cite/" + version() + "/consensus?"), unknown.body());
        assertEquals(404, server.get("/cite/0000dead/consensus?" + QUERY, "Accept", "text/html").statusCode());
        String v = version();
        for (String[] c : new String[][] {{"scope=NOPE&question=dd-binding", "404", "NOPE"}, {"scope=AU&question=dd-binding&asOf=2024-13-45", "400", "2024-13-45"},
                {"scope=AU&question=dd-binding&minConfidence=absolute", "400", "absolute"}, {"scope=AU&question=nope", "404", "nope"},
                {"scope=AU&question=dd-binding&format=pdf", "400", "pdf"}, {"scope=AU&question=dd-binding&extra=1", "400", "extra"}}) {
            HttpResponse<String> r = server.get("/cite/" + v + "/consensus?" + c[0], "Accept", "application/json");
            assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0] + ": " + r.body());
            assertTrue(r.body().contains(c[2]), r.body());
        }
        assertEquals(406, server.get("/cite/" + v + "/consensus?" + QUERY, "Accept", "image/png").statusCode());
    }

    @Test
    void assessmentPagesAndTheDashboardLinkToPermalinksAndData() throws IOException {
        String v = version();
        String page = body("/page/assessment/AU/dd-binding?asOf=2024-02-18", "text/html", "text/html");
        String local = "/cite/" + v + "/consensus?" + QUERY;
        assertTrue(page.contains("id=\"cite\"") && page.contains("href=\"" + local.replace("&", "&amp;") + "\""), page);
        assertTrue(page.contains(">https://w3id.org/diligentia" + local.replace("&", "&amp;") + "</a>"), "the permalink under the canonical base");
        for (String f : List.of("text", "bibtex", "csl"))
            assertTrue(page.contains("href=\"" + (local + "&format=" + f).replace("&", "&amp;") + "\""), f);
        String home = body("/?question=dd-applies&asOf=2020-06-30&minConfidence=medium&scope=EU", "text/html", "text/html");
        for (String id : List.of("matrix-links", "timeline-links", "map-links")) {
            Matcher m = Pattern.compile("id=\"" + id + "\"><a href=\"([^\"]+)\".*?<a href=\"([^\"]+)\"").matcher(home);
            assertTrue(m.find(), id);
            String data = m.group(1).replace("&amp;", "&");
            String cite = m.group(2).replace("&amp;", "&");
            assertTrue(data.contains("minConfidence=medium") && cite.contains("minConfidence=medium") && cite.startsWith("/cite/" + v + "/"),
                    id + ": " + data + " " + cite);
            assertTrue(!id.equals("matrix-links") || data.contains("asOf=2020-06-30"), data);
            assertTrue(id.equals("matrix-links") || data.contains("question=dd-applies"), data);
            assertTrue(!id.equals("timeline-links") || data.contains("scope=EU"), data);
            assertTrue(body(data, "*/*", "text/csv").lines().count() > 1, data);
            assertEquals(200, server.get(cite, "Accept", "text/html").statusCode(), cite);
        }
        Matcher diffusion = Pattern.compile("id=\"diffusion-links\"><a href=\"([^\"]+)\"").matcher(home);
        assertTrue(diffusion.find(), "the diffusion chart has its data link");
        String data = diffusion.group(1).replace("&amp;", "&");
        assertTrue(data.contains("question=dd-applies") && data.contains("minConfidence=medium"), data);
        assertTrue(body(data, "*/*", "text/csv").lines().count() > 1, data);
    }

    @Test
    void aReferenceManagerOnAnotherOriginMayReadTheCitation() throws IOException, InterruptedException {
        String path = "/cite/" + version() + "/consensus?" + QUERY + "&format=csl";
        HttpResponse<String> r = server.get(path, "Origin", "https://refs.example.org");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), r.headers().toString());
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://refs.example.org")
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
                continue;
            }
            depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
            if (depth < 0)
                return false;
        }
        return depth == 0;
    }
}
