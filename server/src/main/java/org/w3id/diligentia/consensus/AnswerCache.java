package org.w3id.diligentia.consensus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded, least-recently-used cache of computed answers. Keys include the dataset version, so a
 * reload makes every old answer unreachable; old entries age out as new ones arrive. Thread-safe;
 * two threads may compute the same answer once each, which is harmless.
 */
final class AnswerCache {
    private final Map<Object, Object> entries;

    AnswerCache(int capacity) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        synchronized (entries) {
            Object hit = entries.get(key);
            if (hit != null)
                return (T) hit;
        }
        T value = compute.get();
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }
}
