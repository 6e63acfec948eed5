package org.w3id.diligentia.support;

import java.time.Clock;

import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.TdbStore;

/** The shipped ontology and data, loaded once per test JVM into an in-memory TDB2 store and shared read-only. */
public final class ShippedStore {
    private static TdbStore store;

    private ShippedStore() {}

    public static synchronized TdbStore get() {
        if (store == null) {
            store = TdbStore.inMemory();
            Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(store, TestHome.shipped());
        }
        return store;
    }
}
