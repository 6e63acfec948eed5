package org.w3id.diligentia.vocab;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * A concept of one of the ontology's fixed schemes as a constant of a Java enum: its id is the
 * constant's name in lower case ({@code low}), its IRI {@code https://w3id.org/diligentia/id/{kind}/{id}}.
 */
public interface Coded {
    /** The enum constant's name. */
    String name();

    /** The kind segment of the concepts' IRIs: {@code confidence}, {@code stance}. */
    String kind();

    /** The concept's id: {@code low}, {@code affirms}. */
    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The concept's IRI. */
    default Node node() {
        return Ids.id(kind(), id());
    }

    /** The constant of {@code type} whose id is {@code id} (case-insensitive). */
    static <E extends Enum<E> & Coded> Optional<E> byId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The ids of {@code type}, in order, for messages. */
    static <E extends Enum<E> & Coded> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::id).toList();
    }
}
