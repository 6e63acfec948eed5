package org.w3id.diligentia.support;

import java.io.IOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON calls to a running server's API, failing the test with the body on any non-200 answer. */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiClient() {}

    public static JsonNode json(ServerClient server, String path) throws IOException {
        HttpResponse<String> r = server.get(path, "Accept", "application/json");
        if (r.statusCode() != 200)
            throw new AssertionError("GET " + path + " -> " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    public static JsonNode parse(String body) throws IOException {
        return JSON.readTree(body);
    }
}
