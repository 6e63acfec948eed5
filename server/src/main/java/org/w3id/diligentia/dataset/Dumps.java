package org.w3id.diligentia.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.store.KnowledgeStore;

/**
 * The downloads of the current version, generated once per version: on the first request that needs
 * them (the list, a file, the dataset description), into a folder of their own, and kept until the
 * store holds another version; then the next request writes the new version's files and the old ones
 * are deleted. Concurrent requests for a version being written wait for it. Call within
 * {@link KnowledgeStore#readingOneVersion}, so the files hold the version the request reads.
 *
 * <p>Lifecycle: create over a folder it owns, {@link #current()} any number of times, {@link #close()}.
 */
public final class Dumps implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);

    /** The downloads of one version, when they were written and how long that took. */
    public record Generated(String version, List<DumpFile> files, java.time.Instant at, Duration took) {
        public Optional<DumpFile> file(String name) {
            return files.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    private final KnowledgeStore store;
    private final DumpWriter writer;
    private final Path root;
    private volatile Generated current;

    public Dumps(KnowledgeStore store, DumpWriter writer, Path root) {
        this.store = store;
        this.writer = writer;
        this.root = root;
    }

    /** Over a new temporary folder, deleted on {@link #close()}. */
    public static Dumps inTemporaryFolder(KnowledgeStore store, DumpWriter writer) {
        try {
            return new Dumps(store, writer, Files.createTempDirectory("diligentia-dumps-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the downloads", e);
        }
    }

    /** The downloads of the version the store holds (for this request), written first if they are not yet. */
    public Generated current() {
        String version = store.info().version();
        Generated g = current;
        if (g != null && g.version().equals(version))
            return g;
        synchronized (this) {
            g = current;
            if (g != null && g.version().equals(version))
                return g;
            long start = System.nanoTime();
            List<DumpFile> files = writer.write(root.resolve(version), version);
            Generated generated = new Generated(version, files, java.time.Instant.now(), Duration.ofNanos(System.nanoTime() - start));
            LOG.info("Wrote the downloads of version {} in {} ms: {}", version, generated.took().toMillis(),
                    files.stream().map(f -> f.name() + " " + f.bytes() + " bytes").toList());
            Generated old = current;
            current = generated;
            if (old != null)
                delete(root.resolve(old.version()));
            return generated;
        }
    }

    @Override
    public void close() {
        delete(root);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Cannot delete the downloads in {}: {}", dir, e.getMessage());
        }
    }
}
