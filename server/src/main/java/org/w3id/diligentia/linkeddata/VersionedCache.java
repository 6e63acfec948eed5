package org.w3id.diligentia.linkeddata;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One value computed from the loaded dataset, kept until the dataset's version changes (a reload).
 * Thread-safe; two threads may both compute a new value, and either result is kept.
 */
final class VersionedCache<T> {
    private record Entry<T>(String version, T value) {}

    private final Supplier<String> version;
    private final AtomicReference<Entry<T>> entry = new AtomicReference<>();

    VersionedCache(Supplier<String> version) {
        this.version = version;
    }

    T get(Supplier<T> compute) {
        String current = version.get();
        Entry<T> e = entry.get();
        if (e != null && e.version().equals(current))
            return e.value();
        T value = compute.get();
        entry.set(new Entry<>(current, value));
        return value;
    }
}
