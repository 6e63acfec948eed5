package org.w3id.diligentia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.config.Settings;

/** The remote-store settings, from options and from the environment a container passes. */
class RemoteOptionsTest {
    private static Settings settings(Map<String, String> env, String... args) {
        return new Environment(env).settings(Options.parse(List.of(args), Environment.SERVER_OPTIONS, Set.of("help")));
    }

    @Test
    void withNoEndpointTheStoreIsEmbedded() {
        Settings s = settings(Map.of("DILIGENTIA_SPARQL_ENDPOINT", " ", "DILIGENTIA_GSP_ENDPOINT", ""));
        assertTrue(s.remote().isNone(), "blank variables, as the image declares them, mean the embedded store");
        assertFalse(s.isRemote());
    }

    @Test
    void theEnvironmentNamesTheEndpointsAndOptionsWin() {
        Settings env = settings(Map.of("DILIGENTIA_SPARQL_ENDPOINT", "http://fuseki:3030/ds/sparql",
                "DILIGENTIA_GSP_ENDPOINT", "http://fuseki:3030/ds/data"));
        assertEquals(Optional.of(URI.create("http://fuseki:3030/ds/sparql")), env.remote().query());
        assertEquals(Optional.of(URI.create("http://fuseki:3030/ds/data")), env.remote().graphStore());
        assertTrue(env.isRemote());
        Settings option = settings(Map.of("DILIGENTIA_SPARQL_ENDPOINT", "http://fuseki:3030/ds/sparql"),
                "--sparql-endpoint", "https://store.example/q");
        assertEquals(Optional.of(URI.create("https://store.example/q")), option.remote().query());
        assertEquals(Optional.empty(), option.remote().graphStore());
    }

    @Test
    void anEndpointThatIsNotAnHttpUrlIsAUsageErrorThatQuotesIt() {
        for (String bad : List.of("fuseki:3030/ds/sparql", "ftp://fuseki/ds", "ds/sparql", "http://")) {
            UsageException e = assertThrows(UsageException.class, () -> settings(Map.of(), "--sparql-endpoint", bad));
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        UsageException e = assertThrows(UsageException.class, () -> settings(Map.of("DILIGENTIA_GSP_ENDPOINT", "nowhere")));
        assertTrue(e.getMessage().contains("--gsp-endpoint") && e.getMessage().contains("'nowhere'"), e.getMessage());
    }

    @Test
    void everyVariableTheProgramReadsIsInTheHelp() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Main.run(List.of("serve", "--help"), new java.io.PrintStream(out, true), new java.io.PrintStream(new java.io.ByteArrayOutputStream()));
        String help = out.toString();
        for (String variable : Environment.VARIABLES)
            if (!variable.equals("DILIGENTIA_HOME"))
                assertTrue(help.contains("(" + variable), variable + " is read but not documented in 'serve --help'");
    }
}
