package org.w3id.diligentia.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.http.DiligentiaServer;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.TdbStore;

/**
 * A real Diligentia server on a free loopback port, over a TDB2 store loaded from real sources,
 * with a plain JDK HTTP client to talk to it ({@link ServerClient}). Close it to stop the server
 * and the store. A server for a whole test class is a {@link TestServer}.
 */
public final class RunningServer implements ServerClient, AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final DiligentiaServer server;
    private final KnowledgeStore store;

    private RunningServer(DiligentiaServer server, KnowledgeStore store) {
        this.server = server;
        this.store = store;
    }

    /** Loads {@code sources} into an in-memory TDB2 store and serves it with default settings. */
    public static RunningServer start(Loader.Sources sources) {
        return start(sources, Settings.defaults(TestHome.home()));
    }

    /** Loads {@code sources} into an in-memory TDB2 store and serves it with {@code settings} (host and port are overridden). */
    public static RunningServer start(Loader.Sources sources, Settings settings) {
        TdbStore store = TdbStore.inMemory();
        Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(store, sources);
        return serve(store, settings);
    }

    /** Serves an already loaded store. */
    public static RunningServer serve(KnowledgeStore store, Settings settings) {
        DiligentiaServer server = DiligentiaServer.create(settings.toBuilder().host("127.0.0.1").port(0).build(), store).start();
        return new RunningServer(server, store);
    }

    public KnowledgeStore store() {
        return store;
    }

    /** The routes the server registered (its routes table). */
    public java.util.List<DiligentiaServer.Route> routes() {
        return server.routes();
    }

    @Override
    public int port() {
        return server.port();
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A store directory path inside {@code dir}, for tests that need TDB2 on disk. */
    public static Path storeIn(Path dir) {
        return dir.resolve("store");
    }

    /** Stops the server but leaves the store open (for a store shared between tests). */
    public void stopServerOnly() {
        server.stop();
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
