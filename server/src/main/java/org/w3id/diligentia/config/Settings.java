package org.w3id.diligentia.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything the service is configured with. Built by the command line from options, environment
 * variables and defaults; tests build it directly, with {@link #builder} or {@link #toBuilder}.
 * Immutable.
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
 * @param expensiveQueries the share of the machine {@code /sparql} and computed answers may take
 *                     (concurrency, queue, per client), see {@link ExpensiveQueries}
 */
public record Settings(String host, int port, Path storeDir, Path ontologyDir, Path dataDir,
                       Duration queryTimeout, int maxRows, String base, Duration maxQueryTimeout, String adminToken,
                       RemoteEndpoints remote, ExpensiveQueries expensiveQueries) {

    public static final int DEFAULT_PORT = 7070;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_ROWS = 10_000;
    public static final String DEFAULT_BASE = "https://w3id.org/diligentia/";
    /** An admin token shorter than this is refused: it would be guessable. */
    public static final int MIN_ADMIN_TOKEN_LENGTH = 16;

    public Settings {
        checkBase(base);
        if (maxQueryTimeout.compareTo(queryTimeout) < 0)
            throw new IllegalArgumentException("The maximum query timeout (" + maxQueryTimeout.toMillis()
                    + " ms) is below the default (" + queryTimeout.toMillis() + " ms)");
        adminToken = checkAdminToken(adminToken);
    }

    /** The defaults for a checkout at {@code home}: store in {@code home/store}, sources in {@code home/ontology} and {@code home/data}. */
    public static Settings defaults(Path home) {
        return builder(home).build();
    }

    /** A builder holding the defaults for a checkout at {@code home} (see {@link #defaults}). */
    public static Builder builder(Path home) {
        return new Builder().storeDir(home.resolve("store")).ontologyDir(home.resolve("ontology")).dataDir(home.resolve("data"));
    }

    /** A builder holding these settings (a maximum query timeout equal to the query timeout keeps following it). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.storeDir = storeDir;
        b.ontologyDir = ontologyDir;
        b.dataDir = dataDir;
        b.queryTimeout = queryTimeout;
        b.maxRows = maxRows;
        b.base = base;
        b.maxQueryTimeout = maxQueryTimeout.equals(queryTimeout) ? null : maxQueryTimeout;
        b.adminToken = adminToken;
        b.remote = remote;
        b.expensiveQueries = expensiveQueries;
        return b;
    }

    /**
     * {@code base} if it can be the canonical base: an absolute IRI ending in '/', without query or fragment.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static String checkBase(String base) {
        URI uri = URI.create(base);
        if (!uri.isAbsolute() || uri.getRawQuery() != null || uri.getRawFragment() != null || !base.endsWith("/"))
            throw new IllegalArgumentException("The canonical base must be an absolute IRI ending in '/', without query or fragment: '" + base + "'");
        return base;
    }

    /**
     * The admin token stripped of surrounding space, or null for none (null or blank).
     *
     * @throws IllegalArgumentException if it is shorter than {@link #MIN_ADMIN_TOKEN_LENGTH}
     */
    public static String checkAdminToken(String token) {
        if (token == null || token.isBlank())
            return null;
        if (token.strip().length() < MIN_ADMIN_TOKEN_LENGTH)
            throw new IllegalArgumentException("The admin token must be at least " + MIN_ADMIN_TOKEN_LENGTH + " characters long");
        return token.strip();
    }

    /** Whether the admin routes are enabled (an admin token is configured). */
    public boolean adminEnabled() {
        return adminToken != null;
    }

    /** Whether the service runs over a remote SPARQL store rather than the embedded one. */
    public boolean isRemote() {
        return remote.query().isPresent();
    }

    /** Like the record's, but never prints the admin token (settings end up in logs). */
    @Override
    public String toString() {
        return "Settings[host=" + host + ", port=" + port + ", storeDir=" + storeDir + ", ontologyDir=" + ontologyDir
                + ", dataDir=" + dataDir + ", queryTimeout=" + queryTimeout + ", maxRows=" + maxRows + ", base=" + base
                + ", maxQueryTimeout=" + maxQueryTimeout + ", adminToken=" + (adminToken == null ? "none" : "(set)")
                + ", remote=" + remote + ", expensiveQueries=" + expensiveQueries + "]";
    }

    /**
     * Settings one value at a time; {@link #build} checks them together. The maximum query timeout,
     * unless set, is the query timeout.
     */
    public static final class Builder {
        private String host = "0.0.0.0";
        private int port = DEFAULT_PORT;
        private Path storeDir;
        private Path ontologyDir;
        private Path dataDir;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private int maxRows = DEFAULT_MAX_ROWS;
        private String base = DEFAULT_BASE;
        private Duration maxQueryTimeout;
        private String adminToken;
        private RemoteEndpoints remote = RemoteEndpoints.NONE;
        private ExpensiveQueries expensiveQueries = ExpensiveQueries.DEFAULT;

        private Builder() {}

        public Builder host(String value) { host = value; return this; }
        public Builder port(int value) { port = value; return this; }
        public Builder storeDir(Path value) { storeDir = value; return this; }
        public Builder ontologyDir(Path value) { ontologyDir = value; return this; }
        public Builder dataDir(Path value) { dataDir = value; return this; }
        public Builder queryTimeout(Duration value) { queryTimeout = value; return this; }
        public Builder maxQueryTimeout(Duration value) { maxQueryTimeout = value; return this; }
        public Builder maxRows(int value) { maxRows = value; return this; }
        public Builder base(String value) { base = value; return this; }
        public Builder adminToken(String value) { adminToken = value; return this; }
        public Builder remote(RemoteEndpoints value) { remote = value; return this; }
        public Builder expensiveQueries(ExpensiveQueries value) { expensiveQueries = value; return this; }

        /** @throws IllegalArgumentException if a value is out of range (see the record's components) */
        public Settings build() {
            return new Settings(host, port, storeDir, ontologyDir, dataDir, queryTimeout, maxRows, base,
                    maxQueryTimeout == null ? queryTimeout : maxQueryTimeout, adminToken, remote,
                    expensiveQueries);
        }
    }
}
