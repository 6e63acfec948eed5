package org.w3id.diligentia.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the final stage of a Dockerfile runs: its {@code WORKDIR}, {@code ENV}, {@code ENTRYPOINT}
 * and {@code CMD} (exec form), and the {@code HEALTHCHECK} command, read the way Docker reads them
 * (line continuations, comments, {@code KEY=value} pairs with quotes). Enough of the format for a
 * test to run the image's command with the image's environment, without a container engine.
 */
public record DockerfileModel(String workdir, Map<String, String> env, List<String> entrypoint, List<String> cmd,
                              String healthcheck) {
    private static final Pattern PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S*)");

    public static DockerfileModel read(Path dockerfile) throws IOException {
        List<String> instructions = instructions(Files.readAllLines(dockerfile));
        String workdir = "/";
        Map<String, String> env = new LinkedHashMap<>();
        List<String> entrypoint = List.of();
        List<String> cmd = List.of();
        String healthcheck = null;
        for (String line : instructions) {
            String keyword = line.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
            String rest = line.substring(keyword.length()).strip();
            switch (keyword) {
                case "FROM" -> {
                    // A new stage: only the last one is the image.
                    workdir = "/";
                    env.clear();
                    entrypoint = List.of();
                    cmd = List.of();
                    healthcheck = null;
                }
                case "WORKDIR" -> workdir = rest.startsWith("/") ? rest : workdir + "/" + rest;
                case "ENV" -> env.putAll(pairs(rest));
                case "ENTRYPOINT" -> entrypoint = execForm(rest);
                case "CMD" -> cmd = execForm(rest);
                case "HEALTHCHECK" -> healthcheck = rest.substring(rest.indexOf("CMD ") + 4).strip();
                default -> { }
            }
        }
        return new DockerfileModel(workdir, env, entrypoint, cmd, healthcheck);
    }

    /** The command the image runs: ENTRYPOINT followed by CMD. */
    public List<String> command() {
        List<String> all = new ArrayList<>(entrypoint);
        all.addAll(cmd);
        return all;
    }

    private static List<String> instructions(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.isEmpty()))
                continue;
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            if (!current.toString().isBlank())
                out.add(current.toString().strip());
            current.setLength(0);
        }
        return out;
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            String v = m.group(2);
            if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'")))
                v = v.substring(1, v.length() - 1).replace("\\\"", "\"");
            out.put(m.group(1), v);
        }
        return out;
    }

    private static List<String> execForm(String text) throws IOException {
        if (!text.startsWith("["))
            throw new IllegalArgumentException("Not the exec form (a JSON array): " + text);
        return new ObjectMapper().readValue(text, new TypeReference<List<String>>() {});
    }
}
