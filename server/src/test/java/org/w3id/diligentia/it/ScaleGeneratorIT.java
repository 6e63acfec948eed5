package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.support.ServerProcess;
import org.w3id.diligentia.support.TestHome;

/**
 * The scale test's synthetic data ({@code bench/generate.py}) is what {@code bench/scale.sh} says it
 * is: at 3 times the shipped knowledge base it passes {@code ./diligentia validate} (parsing, SHACL,
 * inference and every check) and holds about three times the shipped source triples.
 */
class ScaleGeneratorIT {
    private static final Pattern TRIPLES = Pattern.compile("files, (\\d+) triples");

    @Test
    void syntheticDataAtThreeTimesIsValidAndThreeTimesAsLarge() throws Exception {
        Path out = Files.createTempDirectory("scale-it").resolve("kb3");
        Process gen = new ProcessBuilder("python3", TestHome.home().resolve("bench/generate.py").toString(),
                "--scale", "3", "--out", out.toString()).redirectErrorStream(true).start();
        String generated = new String(gen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(gen.waitFor(120, TimeUnit.SECONDS), generated);
        assertEquals(0, gen.exitValue(), generated);

        ServerProcess.Result shipped = ServerProcess.run(List.of("validate"), Duration.ofMinutes(3));
        ServerProcess.Result synthetic = ServerProcess.run(List.of("validate", "--data", out.toString()), Duration.ofMinutes(3));
        assertEquals(0, shipped.status(), shipped.output());
        assertEquals(0, synthetic.status(), synthetic.output());
        double ratio = (double) triples(synthetic.output()) / triples(shipped.output());
        assertTrue(ratio > 2.5 && ratio < 3.5, "3x data holds " + ratio + " times the shipped triples");
    }

    private static long triples(String output) {
        Matcher m = TRIPLES.matcher(output);
        assertTrue(m.find(), output);
        return Long.parseLong(m.group(1));
    }
}
