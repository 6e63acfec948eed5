package org.w3id.diligentia.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The RDF files a load reads: every file with an RDF extension under the ontology folder (named
 * {@code ontology/...}) and the data folder (named {@code data/...}), plus any extra files (named
 * {@code extra/<file name>}), in a stable order.
 */
public final class SourceSet {
    private static final Set<String> EXTENSIONS = Set.of("ttl", "trig", "nt", "nq", "jsonld", "rdf", "owl");

    private final List<SourceFile> files;

    private SourceSet(List<SourceFile> files) {
        this.files = List.copyOf(files);
    }

    /**
     * Collects the sources.
     *
     * @throws LoadException if a folder is missing or unreadable, or an extra file is not RDF
     */
    public static SourceSet collect(Path ontologyDir, Path dataDir, List<Path> extraFiles) {
        List<LoadProblem> problems = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        files.addAll(scan(ontologyDir, "ontology", problems));
        files.addAll(scan(dataDir, "data", problems));
        for (Path extra : extraFiles) {
            Path real = extra.toAbsolutePath().normalize();
            if (files.stream().anyMatch(f -> sameFile(f.path(), real)))
                continue;       // already part of ontology/ or data/
            Lang lang = RDFLanguages.filenameToLang(extra.toString());
            if (!Files.isRegularFile(extra))
                problems.add(LoadProblem.io(extra.toString(), "no such file"));
            else if (lang == null)
                problems.add(LoadProblem.io(extra.toString(), "not an RDF file (expected .ttl, .trig, .nt, .nq, .jsonld or .rdf)"));
            else
                files.add(new SourceFile(real, "extra/" + extra.getFileName(), lang));
        }
        if (!problems.isEmpty())
            throw new LoadException("Cannot read the sources", problems);
        return new SourceSet(files);
    }

    private static List<SourceFile> scan(Path dir, String role, List<LoadProblem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(LoadProblem.io(dir.toString(), "the " + role + " folder does not exist or is not a folder"));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.contains(extension(p)))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString()))
                    .map(p -> new SourceFile(p.toAbsolutePath().normalize(),
                            role + "/" + dir.relativize(p).toString().replace('\\', '/'),
                            RDFLanguages.filenameToLang(p.toString())))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(LoadProblem.io(dir.toString(), "cannot read the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    public List<SourceFile> files() {
        return files;
    }

    /** Each file's SHA-256 (lowercase hex), by its name ({@code data/states.ttl}), in order. */
    public java.util.Map<String, String> fileHashes() {
        java.util.Map<String, String> hashes = new java.util.LinkedHashMap<>();
        List<LoadProblem> unreadable = new ArrayList<>();
        for (SourceFile f : files) {
            try {
                hashes.put(f.name(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f.path()))));
            } catch (IOException e) {
                unreadable.add(LoadProblem.io(f.name(), "cannot read the file: " + e.getMessage()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", e);
            }
        }
        if (!unreadable.isEmpty())
            throw new LoadException("Cannot read the sources", unreadable);
        return hashes;
    }

    /**
     * SHA-256 over every file's name and bytes and over {@code rules} (the inference and check
     * queries and anything else that shapes the loaded result), as lowercase hex.
     */
    public String contentHash(List<String> rules) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<LoadProblem> unreadable = new ArrayList<>();
            for (SourceFile f : files) {
                digest.update(f.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try {
                    digest.update(Files.readAllBytes(f.path()));
                } catch (IOException e) {
                    unreadable.add(LoadProblem.io(f.name(), "cannot read the file: " + e.getMessage()));
                }
                digest.update((byte) 0);
            }
            if (!unreadable.isEmpty())
                throw new LoadException("Cannot read the sources", unreadable);
            for (String rule : rules) {
                digest.update(rule.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
