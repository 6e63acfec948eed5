package org.w3id.diligentia.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diligentia.support.TestHome;

/**
 * Every reference in the repository resolves inside it: the relative links (and their
 * {@code #anchors}) of every Markdown file, and the file names cited in the comments of the code
 * ({@code .java}, {@code .rq}, {@code .ttl}, {@code .py}, {@code .sh}, {@code .js}): repository paths
 * such as {@code queries/coverage.rq} and bare names such as {@code design.md}. Documents outside the
 * repository (the shared folder beside it, and the product, stack and style notes kept there) are
 * never cited. Build outputs ({@code target/}, {@code bench/results/}) are not looked for. The rules
 * themselves are tested on small texts ({@link ReferenceRulesTest}).
 */
class ReferencesResolveTest {
    static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", "target", "__pycache__", ".ipynb_checkpoints",
            ".idea", ".vscode");
    static final Set<String> SKIPPED_PATHS = Set.of("store", "run", "bench/results");
    static final Set<String> CODE = Set.of("java", "rq", "ttl", "py", "sh", "js");

    private static Path root;
    private static final List<Path> MARKDOWN = new ArrayList<>();
    private static final List<Path> SOURCES = new ArrayList<>();
    private static final Set<String> NAMES = new TreeSet<>();
    /** Every file and folder walked, relative to the root. */
    private static final Set<String> PATHS = new TreeSet<>();
    private static final Set<String> TOP_LEVEL = new TreeSet<>();

    @BeforeAll
    static void walkTheRepository() throws IOException {
        root = TestHome.home();
        try (var top = Files.list(root)) {
            top.map(p -> p.getFileName().toString()).filter(n -> !SKIPPED_DIRS.contains(n) && !SKIPPED_PATHS.contains(n))
                    .forEach(TOP_LEVEL::add);
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String rel = rel(dir);
                boolean skip = SKIPPED_DIRS.contains(dir.getFileName().toString()) || SKIPPED_PATHS.contains(rel);
                if (dir.equals(root))
                    return FileVisitResult.CONTINUE;
                if (skip)
                    return FileVisitResult.SKIP_SUBTREE;
                PATHS.add(rel);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                NAMES.add(name);
                PATHS.add(rel(file));
                if (name.endsWith(".md"))
                    MARKDOWN.add(file);
                else if (CODE.contains(References.extension(name)))
                    SOURCES.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Test
    void theWalkFindsTheDocumentsAndTheCode() {
        assertTrue(MARKDOWN.stream().anyMatch(p -> rel(p).equals("docs/design.md")), "docs/design.md");
        assertTrue(MARKDOWN.size() >= 8 && SOURCES.size() >= 200, MARKDOWN.size() + " Markdown files, " + SOURCES.size() + " sources");
        assertTrue(SOURCES.stream().noneMatch(p -> rel(p).contains("node_modules/") || rel(p).contains("target/")));
    }

    @Test
    void everyRelativeLinkOfTheMarkdownResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path md : MARKDOWN) {
            String text = Files.readString(md, StandardCharsets.UTF_8);
            for (String target : References.links(text)) {
                String problem = resolveLink(md, target);
                if (problem != null)
                    broken.add(rel(md) + ": (" + target + ") " + problem);
            }
            for (String cited : References.outsideTheRepository(text))
                broken.add(rel(md) + ": cites " + cited + ", which is not in the repository");
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyFileNameCitedInACommentExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path source : SOURCES) {
            String file = rel(source);
            String comments = References.comments(file, Files.readString(source, StandardCharsets.UTF_8));
            for (String cited : References.outsideTheRepository(comments))
                missing.add(file + ": cites " + cited + ", which is not in the repository");
            for (String path : References.paths(comments, TOP_LEVEL))
                if (!isBuildOutput(path) && !exists(path))
                    missing.add(file + ": " + path + " does not exist");
            for (String name : References.bareNames(comments))
                if (!NAMES.contains(name))
                    missing.add(file + ": no file is named " + name);
        }
        assertEquals(List.of(), missing);
    }

    /** Null if {@code target} (relative to {@code md}) names a file or folder of the repository, and its anchor a heading. */
    private static String resolveLink(Path md, String target) throws IOException {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? md : md.getParent().resolve(java.net.URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!file.startsWith(root))
            return "leaves the repository";
        if (!Files.exists(file))
            return "does not exist";
        if (anchor != null && !anchor.isEmpty() && file.toString().endsWith(".md")
                && !References.anchors(Files.readString(file, StandardCharsets.UTF_8)).contains(anchor))
            return "has no heading #" + anchor;
        return null;
    }

    /** Whether the repository path {@code path} exists; {@code *} and {@code {...}} match any name. */
    private static boolean exists(String path) {
        String clean = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!clean.contains("*") && !clean.contains("{"))
            return PATHS.contains(clean);
        var matcher = FileSystems.getDefault().getPathMatcher("glob:" + clean.replaceAll("\\{[^}/]*}", "*"));
        return PATHS.stream().anyMatch(p -> matcher.matches(Path.of(p)));
    }

    /** Whether {@code path} is somewhere a build or a run writes ({@code server/target/...}, {@code bench/results/...}). */
    private static boolean isBuildOutput(String path) {
        return SKIPPED_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
                || java.util.Arrays.stream(path.split("/")).anyMatch(SKIPPED_DIRS::contains);
    }

    private static String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
