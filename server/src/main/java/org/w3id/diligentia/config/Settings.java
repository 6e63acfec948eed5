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
 * @param queryTimeout time limit of every SPARQL query, canned or not, unless a client asks for less
 * @param maxRows      row cap of every SELECT result (and triple cap of every CONSTRUCT or DESCRIBE)
 * @param base         canonical base of every Diligentia IRI (absolute, ending in '/'): the server
 *                     answers {@code /id/...} and {@code /ontology} for the IRIs under it
 * @param maxQueryTimeout the most time a client may ask for with {@code /sparql?timeout=}; at least
 *                     {@code queryTimeout} (equal by default, so a client can only lower its limit)
 * @param adminToken   the bearer token of the admin routes ({@code POST /admin/reload}); null (or
 *                     blank) leaves them disabled
 * @param remote       the remote SPARQL store to use instead of the embedded TDB2 store, or
 *                     {@link RemoteEndpoints#NONE} for the embedded store
 */
public record Settings(String host, int port, Path storeDir, Path ontologyDir, Path dataDir,
                       Duration queryTimeout, int maxRows, String base, Duration maxQueryTimeout, String adminToken,
                       RemoteEndpoints remote) {

    public static final int DEFAULT_PORT = 7070;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_ROWS = 10_000;
    public static final String DEFAULT_BASE = "https://w3id.org/diligentia/";
    /** An admin token shorter than this is refused: it would be guessable. */
    public static final int MIN_ADMIN_TOKEN_LENGTH = 16;

    public Settings {
        URI uri = URI.create(base);
        if (!uri.isAbsolute() || uri.getRawQuery() != null || uri.getRawFragment() != null || !base.endsWith("/"))
            throw new IllegalArgumentException("The canonical base must be an absolute IRI ending in '/', without query or fragment: '" + base + "'");
        if (maxQueryTimeout.compareTo(queryTimeout) < 0)
            throw new IllegalArgumentException("The maximum query timeout (" + maxQueryTimeout.toMillis()
                    + " ms) is below the default (" + queryTimeout.toMillis() + " ms)");
        if (adminToken != null && adminToken.isBlank())
            adminToken = null;
        if (adminToken != null && adminToken.strip().length() < MIN_ADMIN_TOKEN_LENGTH)
            throw new IllegalArgumentException("The admin token must be at least " + MIN_ADMIN_TOKEN_LENGTH + " characters long");
        if (adminToken != null)
            adminToken = adminToken.strip();
    }

    /** The defaults for a checkout at {@code home}: store in {@code home/store}, sources in {@code home/ontology} and {@code home/data}. */
    public static Settings defaults(Path home) {
        return new Settings("0.0.0.0", DEFAULT_PORT, home.resolve("store"), home.resolve("ontology"),
                home.resolve("data"), DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_ROWS, DEFAULT_BASE, DEFAULT_QUERY_TIMEOUT, null,
                RemoteEndpoints.NONE);
    }

    /** Whether the admin routes are enabled (an admin token is configured). */
    public boolean adminEnabled() {
        return adminToken != null;
    }

    public Settings withPort(int newPort) {
        return new Settings(host, newPort, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, base, maxQueryTimeout, adminToken, remote);
    }

    public Settings withHost(String newHost) {
        return new Settings(newHost, port, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, base, maxQueryTimeout, adminToken, remote);
    }

    public Settings withStoreDir(Path dir) {
        return new Settings(host, port, dir, ontologyDir, dataDir, queryTimeout, maxRows, base, maxQueryTimeout, adminToken, remote);
    }

    public Settings withOntologyDir(Path dir) {
        return new Settings(host, port, storeDir, dir, dataDir, queryTimeout, maxRows, base, maxQueryTimeout, adminToken, remote);
    }

    public Settings withDataDir(Path dir) {
        return new Settings(host, port, storeDir, ontologyDir, dir, queryTimeout, maxRows, base, maxQueryTimeout, adminToken, remote);
    }

    /** The default query timeout; the maximum is raised to it if it was lower. */
    public Settings withQueryTimeout(Duration timeout) {
        Duration max = maxQueryTimeout.compareTo(timeout) < 0 ? timeout : maxQueryTimeout;
        return new Settings(host, port, storeDir, ontologyDir, dataDir, timeout, maxRows, base, max, adminToken, remote);
    }

    public Settings withMaxQueryTimeout(Duration max) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, base, max, adminToken, remote);
    }

    public Settings withAdminToken(String token) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, base, maxQueryTimeout, token, remote);
    }

    public Settings withMaxRows(int rows) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, queryTimeout, rows, base, maxQueryTimeout, adminToken, remote);
    }

    public Settings withRemote(RemoteEndpoints endpoints) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, base, maxQueryTimeout, adminToken, endpoints);
    }

    /** Whether the service runs over a remote SPARQL store rather than the embedded one. */
    public boolean isRemote() {
        return remote.query().isPresent();
    }

    public Settings withBase(String newBase) {
        return new Settings(host, port, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, newBase, maxQueryTimeout, adminToken, remote);
    }

    /** Like the record's, but never prints the admin token (settings end up in logs). */
    @Override
    public String toString() {
        return "Settings[host=" + host + ", port=" + port + ", storeDir=" + storeDir + ", ontologyDir=" + ontologyDir
                + ", dataDir=" + dataDir + ", queryTimeout=" + queryTimeout + ", maxRows=" + maxRows + ", base=" + base
                + ", maxQueryTimeout=" + maxQueryTimeout + ", adminToken=" + (adminToken == null ? "none" : "(set)")
                + ", remote=" + remote + "]";
    }
}
