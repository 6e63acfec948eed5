package org.w3id.diligentia.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ./diligentia} launcher as a separate process: one-shot commands with their exit status
 * and output, or {@code serve} on a free port, stopped (or killed) by the test.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving on http://localhost:(\\d+)/");

    private final Process process;
    private final StringBuffer output;
    private final int port;

    private ServerProcess(Process process, StringBuffer output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    public record Result(int status, String output) {}

    private static ProcessBuilder builder(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(TestHome.home().resolve("diligentia").toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(TestHome.home().toFile()).redirectErrorStream(true);
        pb.environment().put("DILIGENTIA_JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC");
        return pb;
    }

    /** Runs a one-shot command to completion. */
    public static Result run(List<String> args, Duration limit) throws IOException, InterruptedException {
        return finish(builder(args).start(), args, limit);
    }

    private static Result finish(Process p, List<String> args, Duration limit) throws InterruptedException, IOException {
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + args);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Starts a command and returns at once (no port): for a test that kills it at a moment of its choosing. */
    public static ServerProcess launch(List<String> args) throws IOException {
        Process p = builder(args).start();
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null)
                    output.append(line).append('\n');
            } catch (IOException e) {
                // the process ended
            }
        }, "process-output");
        reader.setDaemon(true);
        reader.start();
        return new ServerProcess(p, output, -1);
    }

    /** Starts {@code serve --port 0 ...} and waits until it says which port it serves on. */
    public static ServerProcess serve(List<String> extraArgs) throws IOException, InterruptedException {
        return serve(extraArgs, Map.of());
    }

    /** As {@link #serve(List)}, with these environment variables added. */
    public static ServerProcess serve(List<String> extraArgs, Map<String, String> env) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--host", "127.0.0.1"));
        args.addAll(extraArgs);
        ProcessBuilder pb = builder(args);
        pb.environment().putAll(env);
        return started(pb);
    }

    /** Runs {@code command} in {@code workdir} with exactly the given environment (plus PATH), and waits until it serves. */
    public static ServerProcess start(List<String> command, Map<String, String> env, Path workdir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workdir.toFile()).redirectErrorStream(true);
        String path = pb.environment().get("PATH");
        pb.environment().clear();
        pb.environment().put("PATH", path);
        pb.environment().putAll(env);
        return started(pb);
    }

    /** Runs a one-shot launcher command with these environment variables added. */
    public static Result run(List<String> args, Map<String, String> env, Duration limit) throws IOException, InterruptedException {
        ProcessBuilder pb = builder(args);
        pb.environment().putAll(env);
        return finish(pb.start(), args, limit);
    }

    private static ServerProcess started(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.start();
        StringBuffer output = new StringBuffer();
        int[] port = {-1};
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.append(line).append('\n');
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        synchronized (port) {
                            port[0] = Integer.parseInt(m.group(1));
                            port.notifyAll();
                        }
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.currentTimeMillis() + 120_000;
        synchronized (port) {
            while (port[0] < 0 && p.isAlive() && System.currentTimeMillis() < deadline)
                port.wait(200);
        }
        if (port[0] < 0) {
            p.destroyForcibly();
            throw new IllegalStateException("the server did not start:\n" + output);
        }
        return new ServerProcess(p, output, port[0]);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public int port() {
        return port;
    }

    public String output() {
        return output.toString();
    }

    public Process process() {
        return process;
    }

    /** Kills the process at once, as a crash would (SIGKILL). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the process gracefully (SIGTERM) and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
