package org.w3id.diligentia.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3id.diligentia.config.ExpensiveQueries;
import org.w3id.diligentia.config.RemoteEndpoints;
import org.w3id.diligentia.config.Settings;

/**
 * Builds {@link Settings} from, in order of precedence: command-line options, environment
 * variables ({@code DILIGENTIA_PORT}, {@code DILIGENTIA_HOST}, {@code DILIGENTIA_STORE},
 * {@code DILIGENTIA_ONTOLOGY}, {@code DILIGENTIA_DATA}, {@code DILIGENTIA_QUERY_TIMEOUT},
 * {@code DILIGENTIA_MAX_ROWS}, {@code DILIGENTIA_BASE}, {@code DILIGENTIA_MAX_QUERY_TIMEOUT},
 * {@code DILIGENTIA_ADMIN_TOKEN}, {@code DILIGENTIA_SPARQL_ENDPOINT}, {@code DILIGENTIA_GSP_ENDPOINT}, and the share of
 * expensive work: {@code DILIGENTIA_SPARQL_CONCURRENCY}, {@code DILIGENTIA_COMPUTED_CONCURRENCY},
 * {@code DILIGENTIA_QUEUE}, {@code DILIGENTIA_QUEUE_WAIT}, {@code DILIGENTIA_PER_CLIENT},
 * {@code DILIGENTIA_TRUSTED_PROXIES}), and the defaults for the home folder ({@code DILIGENTIA_HOME}, or
 * the {@code diligentia.home} system property, or the working directory).
 */
final class Environment {
    static final Set<String> SERVER_OPTIONS = Set.of("port", "host", "store", "ontology", "data", "query-timeout", "max-rows", "base",
            "max-query-timeout", "admin-token-file", "sparql-endpoint", "gsp-endpoint", "sparql-concurrency", "computed-concurrency", "queue",
            "queue-wait", "per-client", "trusted-proxies");
    /** Every environment variable the program reads (the launcher also reads {@code DILIGENTIA_JAVA_OPTS}). */
    static final Set<String> VARIABLES = Set.of("DILIGENTIA_HOME", "DILIGENTIA_PORT", "DILIGENTIA_HOST", "DILIGENTIA_STORE",
            "DILIGENTIA_ONTOLOGY", "DILIGENTIA_DATA", "DILIGENTIA_QUERY_TIMEOUT", "DILIGENTIA_MAX_ROWS", "DILIGENTIA_BASE",
            "DILIGENTIA_MAX_QUERY_TIMEOUT", "DILIGENTIA_ADMIN_TOKEN", "DILIGENTIA_SPARQL_ENDPOINT", "DILIGENTIA_GSP_ENDPOINT",
            "DILIGENTIA_SPARQL_CONCURRENCY", "DILIGENTIA_COMPUTED_CONCURRENCY", "DILIGENTIA_QUEUE", "DILIGENTIA_QUEUE_WAIT",
            "DILIGENTIA_PER_CLIENT", "DILIGENTIA_TRUSTED_PROXIES");

    private final Map<String, String> env;

    Environment(Map<String, String> env) {
        this.env = env;
    }

    Path home() {
        String home = env.get("DILIGENTIA_HOME");
        if (home == null || home.isBlank())
            home = System.getProperty("diligentia.home", ".");
        return Path.of(home).toAbsolutePath().normalize();
    }

    Settings settings(Options o) {
        Settings.Builder s = Settings.builder(home());
        pick(o, "port", "DILIGENTIA_PORT").map(Environment::parsePort).ifPresent(s::port);
        pick(o, "host", "DILIGENTIA_HOST").ifPresent(s::host);
        pick(o, "store", "DILIGENTIA_STORE").map(Path::of).ifPresent(s::storeDir);
        pick(o, "ontology", "DILIGENTIA_ONTOLOGY").map(Path::of).ifPresent(s::ontologyDir);
        pick(o, "data", "DILIGENTIA_DATA").map(Path::of).ifPresent(s::dataDir);
        Duration timeout = pick(o, "query-timeout", "DILIGENTIA_QUERY_TIMEOUT").map(v -> parseSeconds("query-timeout", v))
                .orElse(Settings.DEFAULT_QUERY_TIMEOUT);
        s.queryTimeout(timeout);
        pick(o, "max-rows", "DILIGENTIA_MAX_ROWS").map(v -> parsePositive("max-rows", v)).ifPresent(s::maxRows);
        pick(o, "base", "DILIGENTIA_BASE").map(v -> base(v.trim())).ifPresent(s::base);
        Optional<Duration> max = pick(o, "max-query-timeout", "DILIGENTIA_MAX_QUERY_TIMEOUT").map(v -> parseSeconds("max-query-timeout", v));
        if (max.isPresent()) {
            if (max.get().compareTo(timeout) < 0)
                throw new UsageException("--max-query-timeout (" + seconds(max.get()) + " s) must not be below --query-timeout ("
                        + seconds(timeout) + " s).");
            s.maxQueryTimeout(max.get());
        }
        adminToken(o).map(Environment::checkedAdminToken).ifPresent(s::adminToken);
        return s.remote(remote(o)).expensiveQueries(expensiveQueries(o)).build();
    }

    /** The share of the machine for expensive work: the defaults for this machine, changed by each option given. */
    private ExpensiveQueries expensiveQueries(Options o) {
        ExpensiveQueries e = ExpensiveQueries.DEFAULT;
        e = pick(o, "sparql-concurrency", "DILIGENTIA_SPARQL_CONCURRENCY").map(v -> parsePositive("sparql-concurrency", v))
                .map(e::withSparql).orElse(e);
        e = pick(o, "computed-concurrency", "DILIGENTIA_COMPUTED_CONCURRENCY").map(v -> parsePositive("computed-concurrency", v))
                .map(e::withComputed).orElse(e);
        e = pick(o, "queue", "DILIGENTIA_QUEUE").map(v -> parseCount("queue", v)).map(e::withQueue).orElse(e);
        e = pick(o, "queue-wait", "DILIGENTIA_QUEUE_WAIT").map(v -> parseWait("queue-wait", v)).map(e::withQueueWait).orElse(e);
        e = pick(o, "per-client", "DILIGENTIA_PER_CLIENT").map(v -> parsePositive("per-client", v)).map(e::withPerClient).orElse(e);
        e = pick(o, "trusted-proxies", "DILIGENTIA_TRUSTED_PROXIES")
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList())
                .map(e::withTrustedProxies).orElse(e);
        return e;
    }

    private RemoteEndpoints remote(Options o) {
        RemoteEndpoints remote = RemoteEndpoints.NONE;
        Optional<String> query = pick(o, "sparql-endpoint", "DILIGENTIA_SPARQL_ENDPOINT");
        if (query.isPresent())
            remote = remote.withQuery(endpoint("sparql-endpoint", query.get()));
        Optional<String> gsp = pick(o, "gsp-endpoint", "DILIGENTIA_GSP_ENDPOINT");
        if (gsp.isPresent())
            remote = remote.withGraphStore(endpoint("gsp-endpoint", gsp.get()));
        return remote;
    }

    /** The admin token: from the file {@code --admin-token-file} names (not the command line, which {@code ps} shows), or {@code DILIGENTIA_ADMIN_TOKEN}. */
    private Optional<String> adminToken(Options o) {
        Optional<String> file = o.get("admin-token-file");
        if (file.isEmpty())
            return Optional.ofNullable(env.get("DILIGENTIA_ADMIN_TOKEN")).filter(t -> !t.isBlank());
        try {
            return Optional.of(Files.readString(Path.of(file.get())).strip()).filter(t -> !t.isEmpty());
        } catch (IOException | RuntimeException e) {
            throw new UsageException("Cannot read the admin token file '" + file.get() + "': " + e.getMessage());
        }
    }

    private static String checkedAdminToken(String token) {
        try {
            return Settings.checkAdminToken(token);
        } catch (IllegalArgumentException e) {
            throw new UsageException("The admin token must be at least " + Settings.MIN_ADMIN_TOKEN_LENGTH
                    + " characters long (it has " + token.strip().length() + "); use a long random one.");
        }
    }

    private static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static URI endpoint(String option, String value) {
        try {
            URI uri = new URI(value.trim());
            new RemoteEndpoints(java.util.Optional.of(uri), java.util.Optional.empty());
            return uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UsageException("--" + option + " must be an http or https URL such as http://localhost:3030/ds/"
                    + (option.equals("gsp-endpoint") ? "data" : "sparql") + ", got '" + value + "'.");
        }
    }

    private Optional<String> pick(Options o, String option, String variable) {
        Optional<String> fromOption = o.get(option);
        if (fromOption.isPresent())
            return fromOption;
        String v = env.get(variable);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private static String base(String base) {
        try {
            return Settings.checkBase(base);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--base must be an absolute IRI ending in '/', such as "
                    + Settings.DEFAULT_BASE + ", got '" + base + "'.");
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535)
                return port;
        } catch (NumberFormatException e) {
            // fall through to the usage error
        }
        throw new UsageException("The port must be a number from 0 to 65535, got '" + value + "'.");
    }

    private static int parsePositive(String name, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0)
                return n;
        } catch (NumberFormatException e) {
            // fall through to the usage error
        }
        throw new UsageException("--" + name + " must be a positive whole number, got '" + value + "'.");
    }

    private static int parseCount(String name, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0)
                return n;
        } catch (NumberFormatException e) {
            // fall through to the usage error
        }
        throw new UsageException("--" + name + " must be a whole number, 0 or more, got '" + value + "'.");
    }

    /** Seconds from 0 (do not wait) to 60. */
    private static Duration parseWait(String name, String value) {
        try {
            double seconds = Double.parseDouble(value.trim());
            if (seconds >= 0 && seconds <= 60)
                return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            // fall through to the usage error
        }
        throw new UsageException("--" + name + " must be a number of seconds from 0 to 60, got '" + value + "'.");
    }

    private static Duration parseSeconds(String name, String value) {
        try {
            double seconds = Double.parseDouble(value.trim());
            if (seconds >= 0.001 && seconds <= 86_400)
                return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            // fall through to the usage error
        }
        throw new UsageException("--" + name + " must be a number of seconds from 0.001 to 86400, got '" + value + "'.");
    }
}
