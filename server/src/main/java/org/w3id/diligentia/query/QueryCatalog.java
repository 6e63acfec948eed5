package org.w3id.diligentia.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The canned queries, read from the {@code queries/} folder (bundled in the jar as resources, or a
 * directory given explicitly), keyed by name in file-name order. Immutable once read.
 */
public final class QueryCatalog {
    private final TreeMap<String, CannedQuery> ordered;

    private QueryCatalog(Map<String, CannedQuery> queries) {
        this.ordered = new TreeMap<>(queries);
    }

    /** Reads the catalog bundled with the application. */
    public static QueryCatalog bundled() {
        URL url = QueryCatalog.class.getClassLoader().getResource("queries");
        if (url == null)
            throw new IllegalStateException("The canned queries are missing from the classpath (queries/)");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromDirectory(fs.getPath("/queries"));
                }
            }
            return fromDirectory(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads every {@code *.rq} file in {@code directory}; the first file in name order that does not parse is named. */
    public static QueryCatalog fromDirectory(Path directory) {
        Map<String, CannedQuery> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - 3);
                found.put(name, CannedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read queries from " + directory, e);
        }
        return new QueryCatalog(found);
    }

    public Optional<CannedQuery> get(String name) {
        return Optional.ofNullable(ordered.get(name));
    }

    /** Every query, in name order. */
    public Collection<CannedQuery> all() {
        return ordered.values();
    }

    /** The queries with {@code tag}, in name order. */
    public Stream<CannedQuery> tagged(String tag) {
        return ordered.values().stream().filter(q -> q.hasTag(tag));
    }
}
