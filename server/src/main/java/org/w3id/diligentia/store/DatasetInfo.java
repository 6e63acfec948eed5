package org.w3id.diligentia.store;

import java.time.Instant;

/**
 * What is loaded in a store: a version that changes with every load (used for ETags and caches),
 * the content hash of the inputs it was built from, when it was loaded, and its size.
 * {@link #EMPTY} describes a store that was never loaded.
 */
public record DatasetInfo(String version, String contentHash, Instant loadedAt, long tripleCount) {
    public static final DatasetInfo EMPTY = new DatasetInfo("empty", "", Instant.EPOCH, 0);

    public boolean isEmpty() {
        return tripleCount == 0 && contentHash.isEmpty();
    }
}
