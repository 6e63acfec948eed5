package org.w3id.diligentia.support;

import org.w3id.diligentia.store.KnowledgeStore;

/**
 * The two ways to run the service, for test suites that run in both and must give the same
 * answers: over the embedded TDB2 store, and over a real standalone Fuseki reached through the
 * SPARQL protocols ({@link SharedFuseki}), holding the same dataset.
 */
public enum StoreMode {
    EMBEDDED, REMOTE;

    /** The store holding the shipped knowledge base ({@code "shipped"}) or the named fixture, loaded once per JVM. */
    public KnowledgeStore store(String knowledgeBase) {
        return switch (this) {
            case EMBEDDED -> knowledgeBase.equals("shipped") ? ShippedStore.get() : FixtureStore.get(knowledgeBase);
            case REMOTE -> SharedFuseki.store(knowledgeBase);
        };
    }
}
