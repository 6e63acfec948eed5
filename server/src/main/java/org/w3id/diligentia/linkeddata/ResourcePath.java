package org.w3id.diligentia.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.w3id.diligentia.vocab.Ids;

/**
 * The path of a resource below {@code id/}, {@code data/} and {@code page/}: a kind and a key,
 * {@code state/FRA} or {@code assessment/EU/dd-binding} (the one kind whose key has two segments,
 * a scope and a question). Only well-formed paths can be built, so a path is always safe to put in a
 * URL or an IRI.
 */
public record ResourcePath(String kind, List<String> key) {
    /** The kind whose keys have two segments: {@code assessment/{scope}/{question}}. */
    public static final String ASSESSMENT = "assessment";

    public ResourcePath {
        key = List.copyOf(key);
        // "." and ".." are keys by their characters, but a URL resolver would take them for the folder and its parent.
        if (!Ids.isKind(kind) || key.isEmpty() || !key.stream().allMatch(k -> Ids.isKey(k) && !k.equals(".") && !k.equals(".."))
                || key.size() != (kind.equals(ASSESSMENT) ? 2 : 1))
            throw new IllegalArgumentException("Not a resource path: " + kind + "/" + String.join("/", key));
    }

    /** The path of {@code kind/key...}, if well formed. */
    public static Optional<ResourcePath> of(String kind, String... key) {
        try {
            return Optional.of(new ResourcePath(kind, List.of(key)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Parses {@code kind/key} or {@code assessment/scope/question}. */
    public static Optional<ResourcePath> parse(String path) {
        String[] segments = path.split("/", -1);
        if (segments.length < 2)
            return Optional.empty();
        return of(segments[0], Arrays.copyOfRange(segments, 1, segments.length));
    }

    /** {@code kind/key}, as it appears after {@code /id/}. */
    @Override
    public String toString() {
        return kind + "/" + String.join("/", key);
    }
}
