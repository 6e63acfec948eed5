package org.w3id.diligentia.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one cache of rendered representations (API answers, RDF documents, pages), kept as bytes by a
 * key that starts with their entity tag ({@link ConditionalGet#etag}), so a reload of the dataset (a
 * new version in every tag) leaves old entries unreachable until they age out. Least recently used
 * entries go first once the bytes held pass the budget. Thread-safe; two threads may render the same
 * entry once each, which is harmless. Failures (a 404) are not kept.
 */
public final class ByteCache {
    private final long budget;
    private final Map<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    public ByteCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /** The entry under {@code key}, rendered and kept if absent. */
    public byte[] get(String key, Supplier<byte[]> render) {
        byte[] hit = peek(key);
        if (hit != null)
            return hit;
        byte[] value = render.get();
        put(key, value);
        return value;
    }

    /** The entry under {@code key}, or null. */
    public byte[] peek(String key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    public void put(String key, byte[] value) {
        synchronized (entries) {
            byte[] old = entries.put(key, value);
            bytes += value.length - (old == null ? 0 : old.length);
            var it = entries.entrySet().iterator();
            while (bytes > budget && it.hasNext()) {
                bytes -= it.next().getValue().length;
                it.remove();
            }
        }
    }
}
