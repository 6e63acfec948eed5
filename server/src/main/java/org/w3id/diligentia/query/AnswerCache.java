package org.w3id.diligentia.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers computed from the loaded dataset, as typed values (an assessment, a timeline, the level
 * rules, the ontology and its index, the known identifiers), kept by a key under the dataset's
 * version: a reload makes every old answer unreachable, and the least recently used go beyond the
 * capacity. Every representation of an answer is made from the one value (JSON, CSV, the dashboard,
 * a resource page, the materialized assessments), which is why this is not the byte cache of
 * rendered representations ({@code web.ByteCache}, keyed by entity tag under a budget of bytes).
 * Thread-safe; two threads may compute the same answer once each, which is harmless.
 */
public final class AnswerCache {
    private final Supplier<String> version;
    private final Map<Object, Object> entries;

    public AnswerCache(Supplier<String> version, int capacity) {
        this.version = version;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The answer under {@code key} for the current version, computed and kept if absent. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        Object versioned = List.of(version.get(), key);
        synchronized (entries) {
            Object hit = entries.get(versioned);
            if (hit != null)
                return (T) hit;
        }
        T value = compute.get();
        synchronized (entries) {
            entries.put(versioned, value);
        }
        return value;
    }
}
