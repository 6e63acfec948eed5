package org.w3id.diligentia.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests by path to a Diligentia server on the loopback, with a plain JDK HTTP client (redirects not followed). */
public interface ServerClient {
    /** The server's port. */
    int port();

    /** The absolute URL of {@code path} on the server. */
    default String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** {@code GET path} with {@code headers} (name, value, name, value, ...). */
    default HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0)
            b.headers(headers);
        return RunningServer.send(b.build());
    }

    /** {@code POST path} with a body of {@code contentType}. */
    default HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0)
            b.headers(headers);
        return RunningServer.send(b.build());
    }

    /** Any method; {@code contentType} and {@code body} may be null. */
    default HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        return RunningServer.send(b.build());
    }
}
