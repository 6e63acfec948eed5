package org.w3id.diligentia.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The custom indicators' rules are data: in a copy of the ontology that asks for an affirming
 * majority in one regional group only, and for three quarters of the known stances worldwide, the
 * same knowledge base gets the opposite verdicts, with no code change.
 */
class CustomThresholdsAreDataTest {

    @Test
    void loweringTheGroupsAndRaisingTheShareInTheOntologyTurnsTheVerdictOfDdBindingAround(@TempDir Path dir) throws IOException {
        Path ontology = TestHome.copy(TestHome.ontology(), dir.resolve("ontology"));
        Path vocabularies = ontology.resolve("vocabularies.ttl");
        String text = Files.readString(vocabularies);
        assertTrue(text.contains("dil:minMajorityGroups 5 ;"), "the representativeness threshold as shipped");
        assertTrue(text.contains("dil:rank 1 ;\n    dil:affirmingAbove \"1/2\"^^owl:rational ;"), "the generality threshold as shipped");
        Files.writeString(vocabularies, text.replace("dil:minMajorityGroups 5 ;", "dil:minMajorityGroups 1 ;")
                .replace("dil:rank 1 ;\n    dil:affirmingAbove \"1/2\"^^owl:rational ;", "dil:rank 1 ;\n    dil:affirmingAbove \"3/4\"^^owl:rational ;"));
        try (RunningServer server = RunningServer.start(new Loader.Sources(ontology, TestHome.data()))) {
            // 61 of 83 known stances affirm: above 1/2, not above 3/4; one group (AFRICAN) has an affirming majority.
            JsonNode c = ApiClient.json(server, "/api/custom?question=dd-binding&asOf=2025-06-30");
            assertEquals(false, c.get("generality").get("met").asBoolean(), c.get("generality").toString());
            assertEquals(true, c.get("representativeness").get("met").asBoolean(), c.get("representativeness").toString());
            assertTrue(c.get("verdict").asText().startsWith("not widespread but representative"), c.get("verdict").asText());
            assertTrue(ApiClient.json(server, "/api/queries/custom-rules").toString().contains("3/4"));
        }
    }
}
