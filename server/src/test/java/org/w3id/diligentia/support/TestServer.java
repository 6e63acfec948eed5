package org.w3id.diligentia.support;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.http.DiligentiaServer;
import org.w3id.diligentia.store.KnowledgeStore;

/**
 * The server of a test class: a JUnit 5 extension that starts a {@link RunningServer} on port 0
 * before the class's first test and stops it after its last, over a store loaded once per JVM and
 * shared read-only (the store stays open). Register it in a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestServer server = TestServer.serving(ShippedStore::get);
 * }</pre>
 *
 * Over each store: {@link #overEachStore} runs the whole class once over the embedded store and
 * once over the standalone Fuseki ({@link StoreMode}), named "over the EMBEDDED store" and "over the
 * REMOTE store"; the class is then annotated {@code @ClassTemplate}. {@code @BeforeAll} methods run
 * after the server has started and {@code @AfterAll} methods before it stops.
 */
public final class TestServer implements ServerClient, BeforeAllCallback, AfterAllCallback,
        ClassTemplateInvocationContextProvider {
    private final Supplier<KnowledgeStore> store;
    private final String knowledgeBase;
    private final Settings settings;
    private RunningServer running;
    private StoreMode mode;

    private TestServer(Supplier<KnowledgeStore> store, String knowledgeBase, Settings settings) {
        this.store = store;
        this.knowledgeBase = knowledgeBase;
        this.settings = settings;
    }

    /** A server over {@code store} (such as {@code ShippedStore::get}) with default settings. */
    public static TestServer serving(Supplier<KnowledgeStore> store) {
        return serving(store, Settings.defaults(TestHome.home()));
    }

    /** A server over {@code store} with {@code settings} (host and port are overridden). */
    public static TestServer serving(Supplier<KnowledgeStore> store, Settings settings) {
        return new TestServer(store, null, settings);
    }

    /** A server over {@code knowledgeBase} ("shipped" or a fixture) in each {@link StoreMode}, with default settings. */
    public static TestServer overEachStore(String knowledgeBase) {
        return overEachStore(knowledgeBase, Settings.defaults(TestHome.home()));
    }

    /** A server over {@code knowledgeBase} in each {@link StoreMode}, with {@code settings}. */
    public static TestServer overEachStore(String knowledgeBase, Settings settings) {
        return new TestServer(null, knowledgeBase, settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (store != null)
            running = RunningServer.serve(store.get(), settings);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (store != null)
            stop();
    }

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return knowledgeBase != null;
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        return Arrays.stream(StoreMode.values()).map(m -> new ClassTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "over the " + m + " store";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of((BeforeClassTemplateInvocationCallback) c -> {
                    mode = m;
                    running = RunningServer.serve(m.store(knowledgeBase), settings);
                }, (AfterClassTemplateInvocationCallback) c -> stop());
            }
        });
    }

    /** The store mode of this run of the class (for {@link #overEachStore}); null otherwise. */
    public StoreMode mode() {
        return mode;
    }

    @Override
    public int port() {
        return current().port();
    }

    public KnowledgeStore store() {
        return current().store();
    }

    /** The routes the server registered (its routes table). */
    public List<DiligentiaServer.Route> routes() {
        return current().routes();
    }

    private RunningServer current() {
        if (running == null)
            throw new IllegalStateException("The test server is not running: register it with @RegisterExtension in a static field"
                    + (knowledgeBase != null ? " of a @ClassTemplate class" : ""));
        return running;
    }

    private void stop() {
        if (running != null)
            running.stopServerOnly();
        running = null;
    }
}
