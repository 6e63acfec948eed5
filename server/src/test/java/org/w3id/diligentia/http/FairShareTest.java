package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.config.ExpensiveQueries;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

/**
 * One client cannot take a whole lane: with two slots for SPARQL queries, no queue and one place
 * per client, a client whose slow query runs is refused a second one, while another client (told
 * apart by X-Forwarded-For, trusted from the loopback here) still gets the free slot.
 */
class FairShareTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get, Settings.builder(TestHome.home())
            .expensiveQueries(ExpensiveQueries.forCores(2).withSparql(2).withQueue(0).withQueueWait(Duration.ZERO).withPerClient(1)
                    .withTrustedProxies(List.of("127.0.0.1")))
            .build());

    @Test
    void aClientWithAQueryRunningIsRefusedASecondWhileAnotherClientIsServed() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = ExpensiveQueriesTest.running(server, ExpensiveQueriesTest.SLOW,
                "X-Forwarded-For", "203.0.113.7");
        HttpResponse<String> same = server.get(ExpensiveQueriesTest.sparql("ASK {}"), "X-Forwarded-For", "203.0.113.7",
                "Accept", "application/sparql-results+json");
        assertEquals(503, same.statusCode(), same.body());
        assertTrue(same.headers().firstValue("Retry-After").isPresent());
        assertTrue(ApiClient.parse(same.body()).get("detail").asText().contains("This client already runs 1"), same.body());
        HttpResponse<String> other = server.get(ExpensiveQueriesTest.sparql("ASK {}"), "X-Forwarded-For", "198.51.100.2",
                "Accept", "application/sparql-results+json");
        assertEquals(200, other.statusCode(), other.body());
        // A proxy's own address, appended after the client's, does not make the client someone else.
        HttpResponse<String> proxied = server.get(ExpensiveQueriesTest.sparql("ASK {}"), "X-Forwarded-For", "203.0.113.7, 127.0.0.1",
                "Accept", "application/sparql-results+json");
        assertEquals(503, proxied.statusCode(), proxied.body());
        slow.get();
    }
}
