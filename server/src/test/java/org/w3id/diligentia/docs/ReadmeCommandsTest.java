package org.w3id.diligentia.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.support.TestHome;

/**
 * CI runs exactly the test command README gives, and nothing needs a Maven installed: CI, the
 * launcher and README build with the Maven wrapper, whose Maven version is pinned.
 */
class ReadmeCommandsTest {
    private static final Pattern TEST_COMMAND = Pattern.compile("Run the tests[^\\n]*\\n+```sh\\n([^\\n]+)\\n```");

    private static String read(String path) throws IOException {
        return Files.readString(TestHome.home().resolve(path));
    }

    @Test
    void ciRunsTheReadmesTestCommandAsItsLastCommand() throws IOException {
        Matcher m = TEST_COMMAND.matcher(read("README.md"));
        assertTrue(m.find(), "README.md has a 'Run the tests' block");
        assertEquals("./mvnw -B verify", m.group(1));
        List<String> commands = read(".ci/run").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(m.group(1), commands.get(commands.size() - 1));
    }

    @Test
    void nothingInstallsOrCallsAMavenOfItsOwn() throws IOException {
        assertFalse(read(".ci/run").contains("(maven)"), "CI does not install Maven");
        String launcher = read("diligentia");
        assertTrue(launcher.contains("./mvnw -q -B -DskipTests package"), "the launcher builds with the wrapper");
        assertFalse(Pattern.compile("(?m)^[^#]*\\bmvn\\s").matcher(launcher).find(), "the launcher never calls mvn");
        String wrapper = read(".mvn/wrapper/maven-wrapper.properties");
        assertTrue(Pattern.compile("distributionUrl=\\S+/apache-maven-3\\.9\\.\\d+-bin\\.zip").matcher(wrapper).find(), wrapper);
        assertTrue(Files.isExecutable(TestHome.home().resolve("mvnw")), "mvnw is executable");
        assertTrue(Files.exists(Path.of(TestHome.home().toString(), "mvnw.cmd")));
    }
}
