package org.w3id.diligentia.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.w3id.diligentia.load.Loader;

/** Where the checkout's sources and the test fixtures are. */
public final class TestHome {
    private TestHome() {}

    /** The repository root (Maven passes it as {@code diligentia.home}). */
    public static Path home() {
        return Path.of(System.getProperty("diligentia.home", "..")).toAbsolutePath().normalize();
    }

    public static Path ontology() {
        return home().resolve("ontology");
    }

    public static Path data() {
        return home().resolve("data");
    }

    public static Path fixture(String name) {
        return home().resolve("server/src/test/resources/fixtures").resolve(name);
    }

    /** The shipped ontology and data. */
    public static Loader.Sources shipped() {
        return new Loader.Sources(ontology(), data());
    }

    /** The shipped ontology with a fixture as the data folder. */
    public static Loader.Sources withFixture(String name) {
        return new Loader.Sources(ontology(), fixture(name));
    }

    /** Copies a folder (recursively) into {@code target}, for tests that change sources. */
    public static Path copy(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(dest);
                else
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
