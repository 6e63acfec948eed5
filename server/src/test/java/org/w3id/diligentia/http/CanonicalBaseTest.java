package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.TestHome;

/**
 * The canonical base is configurable: a server whose base is {@code https://data.example.org/kb/}
 * answers {@code /id/state/FRA} for {@code https://data.example.org/kb/id/state/FRA}, names it so in
 * every response, and links its pages locally; it does not answer for IRIs under another base.
 */
class CanonicalBaseTest {
    private static final String BASE = "https://data.example.org/kb/";

    /** The linked-data fixture with its resources moved under {@link #BASE}. */
    private static Loader.Sources rebased(Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (Stream<Path> files = Files.list(TestHome.fixture("linked-data"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                // Only the data's own resources move; the ontology's concepts (stances, statuses) stay where they are.
                for (String kind : new String[] {"state", "org", "membership", "instrument", "position"})
                    text = text.replace("https://w3id.org/diligentia/id/" + kind + "/", BASE + "id/" + kind + "/");
                Files.writeString(data.resolve(f.getFileName()), text);
            }
        }
        return new Loader.Sources(TestHome.ontology(), data);
    }

    @Test
    void requestsOnThisHostMapToTheConfiguredBaseAndResponsesKeepIt(@TempDir Path dir) throws IOException {
        Loader.Sources sources = rebased(dir);
        try (RunningServer server = RunningServer.start(sources, Settings.builder(TestHome.home()).base(BASE).build())) {
            HttpResponse<String> see = server.get("/id/state/FRA");
            assertEquals(303, see.statusCode(), see.body());
            HttpResponse<String> data = server.get("/data/state/FRA?format=nt");
            Graph g = RDFParser.fromString(data.body(), Lang.NTRIPLES).toGraph();
            assertTrue(g.contains(NodeFactory.createURI(BASE + "id/state/FRA"), RDFS.label.asNode(), NodeFactory.createLiteralLang("France", "en")));
            assertFalse(data.body().contains("https://w3id.org/diligentia/id/state/"), data.body());
            assertTrue(data.headers().firstValue("Link").orElse("").contains("<" + BASE + "id/state/FRA>; rel=\"describes\""));
            String page = server.get("/page/state/FRA", "Accept", "text/html").body();
            assertTrue(page.contains("<code>" + BASE + "id/state/FRA</code>"), page);
            assertTrue(page.contains("href=\"/page/position/FRA-2019-paper-dd-binding\""), "links to resources under the base stay on this server");
            assertTrue(server.get("/page/membership/EU-FRA-1").body().contains("<code>" + BASE + "id/membership/EU-FRA-1</code>"));
        }
        try (RunningServer server = RunningServer.start(sources)) {
            assertEquals(404, server.get("/id/state/FRA").statusCode(), "the default base does not name them");
        }
    }
}
