package org.w3id.diligentia.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * At most a cap of the items of a result, and whether it held more: how every result is cut at
 * the row cap (canned queries on either store, {@code /sparql} embedded or forwarded), so that a
 * cut is always said.
 */
public record Capped<T>(List<T> items, boolean truncated) {
    /**
     * Reads up to {@code cap} items of {@code source}, each through {@code copy} (a TDB2 binding must
     * be copied while its transaction is open), and one more to learn whether there were more.
     */
    public static <T> Capped<T> take(Iterator<T> source, int cap, UnaryOperator<T> copy) {
        List<T> kept = new ArrayList<>();
        while (source.hasNext()) {
            T item = source.next();
            if (kept.size() == cap)
                return new Capped<>(kept, true);
            kept.add(copy.apply(item));
        }
        return new Capped<>(kept, false);
    }
}
