package org.w3id.diligentia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.config.Settings;

/** The canonical base from {@code --base} or {@code DILIGENTIA_BASE}: an absolute IRI ending in '/'. */
class BaseOptionTest {
    @Test
    void theBaseComesFromTheOptionOrTheEnvironmentWithTheW3idDefault() {
        Environment env = new Environment(Map.of("DILIGENTIA_BASE", "https://kb.example.org/"));
        assertEquals("https://kb.example.org/", env.settings(Options.parse(List.of(), Environment.SERVER_OPTIONS, Set.of())).base());
        assertEquals("https://other.example/x/", env.settings(Options.parse(List.of("--base", "https://other.example/x/"),
                Environment.SERVER_OPTIONS, Set.of())).base());
        assertEquals(Settings.DEFAULT_BASE, new Environment(Map.of()).settings(Options.parse(List.of(),
                Environment.SERVER_OPTIONS, Set.of())).base());
    }

    @Test
    void aBaseThatIsNotAnAbsoluteIriEndingInASlashIsAUsageError() {
        for (String bad : List.of("w3id.org/diligentia/", "https://w3id.org/diligentia", "https://x.example/?q=1/")) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(List.of("serve", "--base", bad), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, status, bad);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--base must be an absolute IRI ending in '/'"), err.toString());
        }
    }
}
