package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /api/diffusion}: regional-to-global diffusion over the shipped knowledge base, on a real server. */
class DiffusionApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    /** The routes of the UN members affirming on a date, recomputed from effective-stances. */
    private static Map<String, Integer> routesFromEffectiveStances(String question, String date) throws IOException {
        Map<String, Integer> routes = new TreeMap<>();
        for (JsonNode row : ApiClient.json(server, "/api/queries/effective-stances?scope=world&stance=affirms&question=" + question
                + "&asOf=" + date).get("rows")) {
            String org = row.path("organization").asText("");
            String route = row.get("via").asText().equals("own") ? "own" : org.substring(org.lastIndexOf('/') + 1);
            routes.merge(route, 1, Integer::sum);
        }
        return routes;
    }

    private static JsonNode pointOn(JsonNode diffusion, String date) {
        JsonNode at = null;
        for (JsonNode p : diffusion.get("points"))
            if (p.get("date").asText().compareTo(date) <= 0)
                at = p;
        return at;
    }

    @Test
    void theWorldsAffirmationByRouteAgreesWithTheEffectiveStancesOnEveryDateChecked() throws IOException {
        for (String question : new String[] {"dd-binding", "dd-applies"}) {
            JsonNode d = ApiClient.json(server, "/api/diffusion?question=" + question + "&to=2025-06-30");
            for (String date : new String[] {"2017-06-30", "2021-01-01", "2024-02-17", "2024-02-18", "2024-12-31", "2025-06-30"}) {
                Map<String, Integer> expected = routesFromEffectiveStances(question, date);
                Map<String, Integer> actual = new TreeMap<>();
                pointOn(d, date).get("affirming").properties().forEach(e -> actual.put(e.getKey(), e.getValue().asInt()));
                assertEquals(expected, actual, question + " on " + date);
            }
        }
    }

    @Test
    void theAfricanUnionsCommonPositionIsAStepOfFortyEightUnMembersAffirmingThroughIt() throws IOException {
        JsonNode d = ApiClient.json(server, "/api/diffusion?question=dd-binding");
        assertEquals(0, pointOn(d, "2024-02-17").get("affirming").path("AU").asInt());
        assertEquals(48, pointOn(d, "2024-02-18").get("affirming").get("AU").asInt(), "AU members that are UN members, Mali suspended");
        JsonNode au = null;
        JsonNode eu2024 = null;
        for (JsonNode c : d.get("collectives")) {
            if (c.get("organization").asText().equals("AU") && c.get("date").asText().equals("2024-02-18"))
                au = c;
            if (c.get("organization").asText().equals("EU") && c.get("date").asText().equals("2024-11-18"))
                eu2024 = c;
        }
        assertEquals("affirms", au.get("stance").asText());
        assertEquals(49, au.get("members").asInt());
        assertEquals("undecided", eu2024.get("stance").asText(), "the EU declaration of 2024 is coded undecided");
        assertEquals(27, eu2024.get("members").asInt());
    }

    @Test
    void membersWhoSpokeAfterACollectivePositionAndDivergeAreTheDivergencesOfThatPosition() throws IOException {
        JsonNode d = ApiClient.json(server, "/api/diffusion?question=dd-binding");
        JsonNode divergences = ApiClient.json(server, "/api/queries/divergences?question=dd-binding").get("rows");
        for (JsonNode c : d.get("collectives")) {
            TreeSet<String> diverging = new TreeSet<>();
            for (JsonNode row : divergences)
                if (row.get("collectivePosition").asText().equals(c.get("position").asText())
                        && row.get("ownDate").asText().compareTo(c.get("date").asText()) > 0)
                    diverging.add(row.get("iso3").asText());
            TreeSet<String> actual = new TreeSet<>();
            c.get("divergentAfter").forEach(n -> actual.add(n.asText()));
            assertEquals(diverging, actual, c.get("position").asText());
            assertEquals(c.get("spokeAfter").asInt(), c.get("alignedAfter").asInt() + actual.size());
            assertTrue(c.get("spokeBefore").asInt() + c.get("spokeAfter").asInt() >= 0 && c.get("spokeAfter").asInt() <= c.get("members").asInt());
        }
    }

    @Test
    void csvHasARowPerDateAndRoute() {
        HttpResponse<String> r = server.get("/api/diffusion?question=dd-binding&from=2024-01-01&to=2024-12-31", "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("question,date,members,route,affirming"), r.body());
        assertTrue(r.body().contains("dd-binding,2024-02-18,193,AU,48"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2024-13-01", "to=2020-01-01&from=2021-01-01", "minConfidence=x", "nope=1", "question=dd-binding"})
    void badParametersAre400ProblemsNamingThem(String extra) {
        HttpResponse<String> r = server.get("/api/diffusion?question=dd-binding&" + extra);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        String named = extra.contains("=") ? extra.substring(0, extra.indexOf('=')) : extra;
        assertTrue(r.body().contains("'" + named + "'"), r.body());
    }
}
