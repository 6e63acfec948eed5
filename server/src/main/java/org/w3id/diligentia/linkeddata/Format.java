package org.w3id.diligentia.linkeddata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * The representations of a resource: four RDF syntaxes and HTML, each with the key of the
 * {@code ?format=} override, its media type, and the media types a client may ask for it by
 * ({@code application/json} for JSON-LD, the legacy {@code text/plain} for N-Triples). The order is
 * the server's preference when a client likes several equally.
 */
public enum Format {
    TURTLE("ttl", "text/turtle", "Turtle", Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", Lang.JSONLD11),
    RDFXML("rdf", "application/rdf+xml", "RDF/XML", Lang.RDFXML),
    NTRIPLES("nt", "application/n-triples", "N-Triples", Lang.NTRIPLES),
    HTML("html", "text/html", "HTML", null);

    /** A media type a client can ask for, and the format it gets. */
    public record Offer(String mediaType, Format format) {}

    /** What {@code /id/} negotiates between: every format, then the aliases. */
    public static final List<Offer> ALL = offers(true);
    /** What {@code /data/} negotiates between: the RDF formats, then the aliases. */
    public static final List<Offer> RDF = offers(false);

    private final String key;
    private final String mediaType;
    private final String label;
    private final Lang lang;

    Format(String key, String mediaType, String label, Lang lang) {
        this.key = key;
        this.mediaType = mediaType;
        this.label = label;
        this.lang = lang;
    }

    /** The value of {@code ?format=} that selects it. */
    public String key() {
        return key;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code Content-Type}: the media type, with the charset for the textual ones that take it. */
    public String contentType() {
        return this == TURTLE || this == HTML ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** A human name: "Turtle", "JSON-LD", ... */
    public String label() {
        return label;
    }

    /** The Jena language; empty for HTML. */
    public Optional<Lang> lang() {
        return Optional.ofNullable(lang);
    }

    public boolean isRdf() {
        return lang != null;
    }

    /** The format whose key is {@code key} (case-insensitive). */
    public static Optional<Format> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key.strip())).findFirst();
    }

    /** The keys, for messages: ttl, jsonld, rdf, nt, html. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Format::key).toList();
    }

    private static List<Offer> offers(boolean withHtml) {
        List<Offer> offers = new ArrayList<>();
        for (Format f : values())
            if (withHtml || f.isRdf())
                offers.add(new Offer(f.mediaType, f));
        offers.add(new Offer("application/json", JSONLD));
        offers.add(new Offer("text/plain", NTRIPLES));
        return List.copyOf(offers);
    }
}
