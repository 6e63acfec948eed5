package org.w3id.diligentia.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything the service is configured with. Built by the command line from options, environment
 * variables and defaults; tests build it directly. Immutable.
 *
 * @param host         interface to listen on
 * @param port         port to listen on (0 picks a free one)
 * @param storeDir     the TDB2 directory of the embedded store
 * @param ontologyDir  folder of the ontology, vocabularies and shapes
 * @param dataDir      folder of the curated knowledge base
 * @param queryTimeout time limit of every SPARQL query, canned or not
 * @param maxRows      row cap of every SELECT result
 * @param base         canonical base of every Diligentia IRI (absolute, ending in '/'): the server
 *                     answers {@code /id/...} and {@code /ontology} for the IRIs under it
 * @param remote       the remote SPARQL store to use instead of the embedded TDB2 store, or
 *                     {@link RemoteEndpoints#NONE} for the embedded store
 */
public record Settings(String host, int port, Path storeDir, Path ontologyDir, Path dataDir,
                       Duration queryTimeout, int maxRows, String base, RemoteEndpoints remote) {

    public static final int DEFAULT_PORT = 7070;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_ROWS = 10_000;
    public static final String DEFAULT_BASE = "https://w3id.org/diligentia/";

    public Settings {
        URI uri = URI.create(base);
        if (!uri.isAbsolute() || uri.getRawQuery() != null || uri.getRawFragment() != null || !base.endsWith("/"))
            throw new IllegalArgumentException("The canonical base must be an absolute IRI ending in '/', without query or fragment: '" + base + "'");
    }

    /** The defaults for a checkout at {@code home}: store in {@code home/store}, sources in {@code home/ontology} and {@code home/data}. */
    public static Settings defaults(Path home) {
        return new Settings("0.0.0.0", DEFAULT_PORT, home.resolve("store"), home.resolve("ontology"),
                home.resolve("data"), DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_ROWS, DEFAULT_BASE, RemoteEndpoints.NONE);
    }

    public Settings withPort(int newPort) {
        return new Settings(host, newPort, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, base, remote);
    }

    public Settings withHost(String newHost) {
        return new Settings(newHost, port, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, base, remote);
    }

    public Settings withStoreDir(Path dir) {
        return new Settings(host, port, dir, ontologyDir, dataDir, queryTimeout, maxRows, base, remote);
    }

    public Settings withOntologyDir(Path dir) {
        return new Settings(host, port, storeDir, dir, dataDir, queryTimeout, maxRows, base, remote);
    }

    public Settings withDataDir(Path dir) {
        return new Settings(host, port, storeDir, ontologyDir, dir, queryTimeout, maxRows, base, remote);
    }

    public Settings withQueryTimeout(Duration timeout) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, timeout, maxRows, base, remote);
    }

    public Settings withMaxRows(int rows) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, queryTimeout, rows, base, remote);
    }

    public Settings withRemote(RemoteEndpoints endpoints) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, base, endpoints);
    }

    /** Whether the service runs over a remote SPARQL store rather than the embedded one. */
    public boolean isRemote() {
        return remote.query().isPresent();
    }

    public Settings withBase(String newBase) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, newBase, remote);
    }
}
