package org.w3id.diligentia.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.SyntheticKb;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/** Changing a threshold in a copy of the ontology changes the level returned, with no code change. */
class ThresholdsAreDataTest {

    @Test
    void raisingTheBroadThresholdInTheOntologyTurnsBroadIntoEmerging(@TempDir Path dir) throws IOException {
        SyntheticKb kb = new SyntheticKb();
        List<String> m = kb.members(6, "2000-01-01");
        for (String s : m.subList(0, 4))                                  // support 4/6 = 2/3
            kb.own(s, "dd-binding", "affirms", "2020-01-01");
        Loader.Sources shipped = kb.write(dir.resolve("kb"));

        Path ontology = TestHome.copy(TestHome.ontology(), dir.resolve("ontology"));
        Path vocabularies = ontology.resolve("vocabularies.ttl");
        String text = Files.readString(vocabularies);
        assertTrue(text.contains("dil:minSupport \"2/3\"^^owl:rational"), "the broad threshold as shipped");
        Files.writeString(vocabularies, text.replace("dil:minSupport \"2/3\"^^owl:rational", "dil:minSupport \"3/4\"^^owl:rational"));
        Loader.Sources changed = new Loader.Sources(ontology, shipped.dataDir());

        String path = "/api/consensus?scope=RO&question=dd-binding&asOf=2021-01-01";
        try (RunningServer server = RunningServer.start(shipped)) {
            assertEquals("broad", ApiClient.json(server, path).get("level").asText());
        }
        try (RunningServer server = RunningServer.start(changed)) {
            JsonNode a = ApiClient.json(server, path);
            assertEquals("emerging", a.get("level").asText());
            assertTrue(ApiClient.json(server, "/api/queries/consensus-levels").toString().contains("3/4"));
        }
    }
}
