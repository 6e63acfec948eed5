package org.w3id.diligentia.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * An identifier of this server's code: a hash of the jar it runs from (or of its classes folder).
 * Rendered representations depend on the code (templates, the JSON-LD context) as well as on the
 * dataset version, so entity tags include it; unlike a start time, it is the same on every server
 * of a fleet that runs the same build, so a client or cache revalidates successfully whichever
 * server behind the load balancer answers.
 */
public final class CodeVersion {
    private static final String ID = compute();

    private CodeVersion() {}

    /** Twelve hex digits, fixed for the life of the process. */
    public static String id() {
        return ID;
    }

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path source = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source)) {
                    List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
                    for (Path f : sorted) {
                        digest.update(source.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        read(f, digest);
                    }
                }
            } else {
                read(source, digest);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void read(Path file, MessageDigest digest) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
