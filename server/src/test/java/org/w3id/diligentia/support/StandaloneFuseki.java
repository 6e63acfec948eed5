package org.w3id.diligentia.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.w3id.diligentia.config.RemoteEndpoints;

/**
 * A real Apache Jena Fuseki 6.2.0 server in its own process (the runnable jar Maven copies to
 * {@code target/fuseki/}), on 127.0.0.1 and a free port, with {@code FUSEKI_BASE} in a temporary
 * folder. Each dataset is TDB2 with the union of the named graphs as the default graph, a query
 * endpoint ({@code /NAME/sparql}) and a Graph Store Protocol endpoint ({@code /NAME/data}); the
 * TDB2 data lives on disk under the folder, so {@link #stop()} then {@link #start()} brings the same
 * data back on the same port, as an operator restarting the store would.
 */
public final class StandaloneFuseki implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final List<String> datasets;
    private final boolean unionDefaultGraph;
    private final Duration timeout;
    private Process process;

    private StandaloneFuseki(Path dir, int port, List<String> datasets, boolean unionDefaultGraph, Duration timeout) {
        this.dir = dir;
        this.port = port;
        this.datasets = List.copyOf(datasets);
        this.unionDefaultGraph = unionDefaultGraph;
        this.timeout = timeout;
    }

    /** Starts Fuseki with one TDB2 dataset per name, data kept under {@code dir}. */
    public static StandaloneFuseki start(Path dir, List<String> datasets) {
        return start(dir, datasets, true, Duration.ofSeconds(10));
    }

    /** As {@link #start(Path, List)}; {@code unionDefaultGraph} false makes a store Diligentia must refuse. */
    public static StandaloneFuseki start(Path dir, List<String> datasets, boolean unionDefaultGraph, Duration timeout) {
        StandaloneFuseki fuseki = new StandaloneFuseki(dir, freePort(), datasets, unionDefaultGraph, timeout);
        fuseki.writeConfig();
        fuseki.start();
        return fuseki;
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("diligentia.fuseki.jar", "target/fuseki/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar))
            throw new IllegalStateException("The standalone Fuseki jar is missing at " + jar + "; './mvnw verify' copies it there.");
        return jar;
    }

    public RemoteEndpoints endpoints(String dataset) {
        return new RemoteEndpoints(java.util.Optional.of(URI.create(url("/" + dataset + "/sparql"))),
                java.util.Optional.of(URI.create(url("/" + dataset + "/data"))));
    }

    /** Endpoints on a free loopback port where nothing listens: a store that is down. */
    public static RemoteEndpoints unreachable(String dataset) {
        String base = "http://127.0.0.1:" + freePort() + "/" + dataset;
        return new RemoteEndpoints(java.util.Optional.of(URI.create(base + "/sparql")), java.util.Optional.of(URI.create(base + "/data")));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public int port() {
        return port;
    }

    /** Starts (or restarts) the process on the same port and data, and waits until it answers. */
    public synchronized void start() {
        if (process != null && process.isAlive())
            return;
        try {
            Path base = Files.createDirectories(dir.resolve("base"));
            ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar().toString(),
                    "--localhost", "--port=" + port, "--config=" + dir.resolve("config.ttl"))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("fuseki.log").toFile());
            pb.environment().put("FUSEKI_BASE", base.toString());
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive())
                throw new IllegalStateException("Fuseki exited: " + log());
            if (answers())
                return;
            sleep(100);
        }
        throw new IllegalStateException("Fuseki did not start in 60 s: " + log());
    }

    /** Stops the process (SIGTERM, then SIGKILL) and waits until the port is closed. */
    public synchronized void stop() {
        if (process == null)
            return;
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    public String log() {
        try {
            Path log = dir.resolve("fuseki.log");
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private boolean answers() {
        try {
            return RunningServer.send(HttpRequest.newBuilder(URI.create(url("/$/ping"))).timeout(Duration.ofSeconds(2)).build())
                    .statusCode() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void writeConfig() {
        StringBuilder ttl = new StringBuilder("""
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>

                [] rdf:type fuseki:Server ;
                   ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "%d" ] ,
                              [ ja:cxtName "arq:httpServiceAllowed" ; ja:cxtValue "false" ] .
                """.formatted(timeout.toMillis()));
        for (String name : datasets) {
            ttl.append("""

                    <#service-%1$s> rdf:type fuseki:Service ;
                        fuseki:name "%1$s" ;
                        fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                        fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                        fuseki:dataset <#dataset-%1$s> .

                    <#dataset-%1$s> rdf:type tdb2:DatasetTDB2 ;
                        tdb2:location "%2$s" ;
                        tdb2:unionDefaultGraph %3$s .
                    """.formatted(name, dir.resolve("tdb2-" + name).toString().replace("\\", "/"), unionDefaultGraph));
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("config.ttl"), ttl.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
