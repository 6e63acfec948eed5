package org.w3id.diligentia.config;

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
 */
public record Settings(String host, int port, Path storeDir, Path ontologyDir, Path dataDir,
                       Duration queryTimeout, int maxRows) {

    public static final int DEFAULT_PORT = 7070;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_ROWS = 10_000;

    /** The defaults for a checkout at {@code home}: store in {@code home/store}, sources in {@code home/ontology} and {@code home/data}. */
    public static Settings defaults(Path home) {
        return new Settings("0.0.0.0", DEFAULT_PORT, home.resolve("store"), home.resolve("ontology"),
                home.resolve("data"), DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_ROWS);
    }

    public Settings withPort(int newPort) {
        return new Settings(host, newPort, storeDir, ontologyDir, dataDir, queryTimeout, maxRows);
    }

    public Settings withHost(String newHost) {
        return new Settings(newHost, port, storeDir, ontologyDir, dataDir, queryTimeout, maxRows);
    }

    public Settings withStoreDir(Path dir) {
        return new Settings(host, port, dir, ontologyDir, dataDir, queryTimeout, maxRows);
    }

    public Settings withOntologyDir(Path dir) {
        return new Settings(host, port, storeDir, dir, dataDir, queryTimeout, maxRows);
    }

    public Settings withDataDir(Path dir) {
        return new Settings(host, port, storeDir, ontologyDir, dir, queryTimeout, maxRows);
    }

    public Settings withQueryTimeout(Duration timeout) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, timeout, maxRows);
    }

    public Settings withMaxRows(int rows) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, queryTimeout, rows);
    }
}
