package org.w3id.diligentia.support;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.TdbStore;

/**
 * The shipped ontology with a fixture as its data, loaded once per test JVM into an in-memory TDB2
 * store and shared read-only (a test class serves it with {@link TestServer#serving}, or in a test
 * with {@link RunningServer#serve}, stopped with {@link RunningServer#stopServerOnly}).
 */
public final class FixtureStore {
    private static final Map<String, TdbStore> STORES = new HashMap<>();

    private FixtureStore() {}

    public static synchronized TdbStore get(String fixture) {
        return STORES.computeIfAbsent(fixture, name -> {
            TdbStore store = TdbStore.inMemory();
            Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(store, TestHome.withFixture(name));
            return store;
        });
    }
}
