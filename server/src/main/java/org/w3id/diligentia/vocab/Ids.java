package org.w3id.diligentia.vocab;

import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Canonical identifiers of Diligentia resources: {@code https://w3id.org/diligentia/id/{kind}/{key}},
 * and the names of the graphs the loader writes. Keys are single URL-safe path segments.
 */
public final class Ids {
    /** Canonical base of every Diligentia IRI. */
    public static final String BASE = "https://w3id.org/diligentia/";
    /** Base of resource identifiers. */
    public static final String ID = BASE + "id/";
    /** Base of graph names. */
    public static final String GRAPH = BASE + "graph/";

    /** Graph holding the RDFS/OWL entailments and derived dates the canned queries rely on. */
    public static final Node INFERRED_GRAPH = NodeFactory.createURI(GRAPH + "inferred");
    /** Graph holding the consensus assessments materialized at load. */
    public static final Node ASSESSMENTS_GRAPH = NodeFactory.createURI(GRAPH + "assessments");
    /** Graph describing the loaded dataset itself: version, content hash, counts. */
    public static final Node META_GRAPH = NodeFactory.createURI(GRAPH + "meta");
    /** The dataset as a resource, described in {@link #META_GRAPH} (its description document is {@code /dataset}). */
    public static final Node DATASET = NodeFactory.createURI(ID + "dataset");

    /** A version of the dataset: {@code id/version/{hash}}, one per load. */
    public static Node version(String hash) {
        return id("version", hash);
    }

    /** The world scope: the members of the United Nations. */
    public static final Node WORLD = NodeFactory.createURI(ID + "scope/world");
    /** The United Nations, whose members form the world scope. */
    public static final Node UN = NodeFactory.createURI(ID + "org/UN");

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    private Ids() {}

    /** Whether {@code key} can be the last segment of a resource identifier. */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** Whether {@code kind} can be the kind segment of a resource identifier. */
    public static boolean isKind(String kind) {
        return kind != null && KIND.matcher(kind).matches();
    }

    /** The identifier of the resource of {@code kind} with {@code key}. */
    public static Node id(String kind, String key) {
        if (!isKind(kind) || !isKey(key))
            throw new IllegalArgumentException("Not an identifier: " + kind + "/" + key);
        return NodeFactory.createURI(ID + kind + "/" + key);
    }

    public static Node state(String iso3) {
        return id("state", iso3);
    }

    public static Node org(String orgId) {
        return id("org", orgId);
    }

    public static Node question(String questionId) {
        return id("question", questionId);
    }

    /** The name of the graph holding the source file at {@code relativePath} (e.g. {@code data/states.ttl}). */
    public static Node fileGraph(String relativePath) {
        return NodeFactory.createURI(GRAPH + relativePath.replace('\\', '/'));
    }

    /** The last path segment of an identifier under {@link #ID} of the given kind, if it is one. */
    public static Optional<String> keyOf(Node node, String kind) {
        if (node == null || !node.isURI())
            return Optional.empty();
        String prefix = ID + kind + "/";
        String uri = node.getURI();
        return uri.startsWith(prefix) ? Optional.of(uri.substring(prefix.length())) : Optional.empty();
    }
}
