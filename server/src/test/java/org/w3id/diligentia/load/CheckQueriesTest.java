package org.w3id.diligentia.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.diligentia.infer.InferenceRules;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.TestHome;

/**
 * Each integrity check finds the violation it is written for. The data is parsed and the inference
 * rules applied, as at load, but without SHACL, so that checks are tested on data the shapes would
 * also refuse.
 */
class CheckQueriesTest {
    private static final QueryCatalog CATALOG = QueryCatalog.bundled();
    private static final String P = """
            @prefix dil:  <https://w3id.org/diligentia/ontology#> .
            @prefix org:  <http://www.w3.org/ns/org#> .
            @prefix time: <http://www.w3.org/2006/time#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix id:   <https://w3id.org/diligentia/id/> .
            """;

    /** The problems every check finds in the minimal fixture plus {@code extra}. */
    private static List<LoadProblem> check(Path dir, String extra) throws IOException {
        Path data = TestHome.copy(TestHome.fixture("minimal"), dir.resolve("data"));
        if (extra != null)
            Files.writeString(data.resolve("extra.ttl"), P + extra);
        SourceSet sources = SourceSet.collect(TestHome.ontology(), data, List.of());
        List<LoadProblem> problems = new ArrayList<>();
        try (TdbStore store = TdbStore.inMemory()) {
            var dataset = store.localDataset().orElseThrow();
            Txn.executeWrite(dataset, () -> {
                SourceParser.Result parsed = SourceParser.parseAll(sources.files(), dataset);
                assertEquals(List.of(), parsed.problems());
                LocalQueryExecutor queries = new LocalQueryExecutor(dataset);
                new InferenceRules(CATALOG).materialize(dataset, queries, LocalDate.now());
                problems.addAll(CheckRunner.run(CATALOG.tagged(CannedQuery.CHECK).toList(), queries));
            });
        }
        return problems;
    }

    @Test
    void theMinimalFixtureViolatesNoCheck(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), check(dir, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "position-missing-fields-violation | https://w3id.org/diligentia/id/position/no-evidence | "
            + "id:position\\/no-evidence a dil:Position ; dil:holder id:state\\/AAA ; dil:question id:question\\/dd-applies ; "
            + "dil:stance id:stance\\/affirms ; dct:date \"2021\"^^xsd:gYear ; dil:instrument id:instrument\\/AAA-2020-paper ; "
            + "dil:confidence id:confidence\\/low ; dil:summary \"x\" .",
        "membership-missing-start-or-status-violation | https://w3id.org/diligentia/id/membership/RO-CCC-1 | "
            + "id:membership\\/RO-CCC-1 a dil:Membership ; org:member id:state\\/CCC ; org:organization id:org\\/RO ; "
            + "dct:source <https://example.org/s> ; "
            + "org:memberDuring [ a time:Interval ; time:hasBeginning [ a time:Instant ; time:inXSDDate \"2005-01-01\"^^xsd:date ] ] .",
        "dangling-reference-violation | https://w3id.org/diligentia/id/position/dangling | "
            + "id:position\\/dangling a dil:Position ; dil:holder id:state\\/NOWHERE ; dil:question id:question\\/dd-applies ; "
            + "dil:stance id:stance\\/affirms ; dct:date \"2021\"^^xsd:gYear ; dil:instrument id:instrument\\/AAA-2020-paper ; "
            + "dct:source <https://example.org/s> ; dil:evidence id:evidence\\/secondary ; dil:confidence id:confidence\\/low ; dil:summary \"x\" .",
        "overlapping-membership-interval-violation | https://w3id.org/diligentia/id/membership/RO-AAA-1 | "
            + "id:membership\\/RO-AAA-2 a dil:Membership ; org:member id:state\\/AAA ; org:organization id:org\\/RO ; "
            + "dil:membershipStatus id:membership-status\\/member ; dct:source <https://example.org/s> ; "
            + "org:memberDuring [ a time:Interval ; time:hasBeginning [ a time:Instant ; time:inXSDgYear \"2010\"^^xsd:gYear ] ] .",
        "overlapping-membership-interval-violation | https://w3id.org/diligentia/id/group-membership/G-AAA-1 | "
            + "id:group\\/G a dil:RegionalGroup ; dil:orgId \"G\" ; dct:source <https://example.org/s> . "
            + "id:group-membership\\/G-AAA-1 a dil:GroupMembership ; dil:groupMember id:state\\/AAA ; dil:regionalGroup id:group\\/G ; "
            + "dil:groupRole id:group-role\\/member ; dil:electoral true ; dct:source <https://example.org/s> ; "
            + "dil:groupDuring [ a time:Interval ; time:hasBeginning [ a time:Instant ; time:inXSDDate \"2000-01-01\"^^xsd:date ] ] . "
            + "id:group-membership\\/G-AAA-2 a dil:GroupMembership ; dil:groupMember id:state\\/AAA ; dil:regionalGroup id:group\\/G ; "
            + "dil:groupRole id:group-role\\/participant ; dil:electoral false ; dct:source <https://example.org/s> ; "
            + "dil:groupDuring [ a time:Interval ; time:hasBeginning [ a time:Instant ; dil:knownNoLaterThan \"2017\"^^xsd:gYear ] ] .",
        "membership-interval-inverted-violation | https://w3id.org/diligentia/id/membership/RO-CCC-1 | "
            + "id:membership\\/RO-CCC-1 a dil:Membership ; org:member id:state\\/CCC ; org:organization id:org\\/RO ; "
            + "dil:membershipStatus id:membership-status\\/withdrawn ; dct:source <https://example.org/s> ; "
            + "org:memberDuring [ a time:Interval ; time:hasBeginning [ a time:Instant ; time:inXSDDate \"2010-01-01\"^^xsd:date ] ; "
            + "time:hasEnd [ a time:Instant ; time:inXSDDate \"2009-01-01\"^^xsd:date ] ] .",
        "position-before-instrument-violation | https://w3id.org/diligentia/id/position/too-early | "
            + "id:position\\/too-early a dil:Position ; dil:holder id:state\\/AAA ; dil:question id:question\\/dd-applies ; "
            + "dil:stance id:stance\\/affirms ; dct:date \"2019\"^^xsd:gYear ; dil:instrument id:instrument\\/AAA-2020-paper ; "
            + "dct:source <https://example.org/s> ; dil:evidence id:evidence\\/secondary ; dil:confidence id:confidence\\/low ; dil:summary \"x\" .",
        "collective-position-organ-violation | https://w3id.org/diligentia/id/position/wrong-organ | "
            + "id:org\\/OTHER a dil:RegionalOrganization ; dil:orgId \"OTHER\" . "
            + "id:position\\/wrong-organ a dil:Position ; dil:holder id:org\\/OTHER ; dil:adoptedIn id:org\\/RO-ASSEMBLY ; "
            + "dil:adoptionMode id:adoption-mode\\/consensus ; dil:question id:question\\/dd-applies ; "
            + "dil:stance id:stance\\/affirms ; dct:date \"2021\"^^xsd:gYear ; dil:instrument id:instrument\\/AAA-2020-paper ; "
            + "dct:source <https://example.org/s> ; dil:evidence id:evidence\\/secondary ; dil:confidence id:confidence\\/low ; dil:summary \"x\" .",
        "silent-reading-missing-evidence-violation | https://w3id.org/diligentia/id/silence/no-pinpoint | "
            + "id:silence\\/no-pinpoint a dil:SilentReading ; dil:holder id:state\\/AAA ; dil:question id:question\\/dd-prevention ; "
            + "dct:date \"2020-03\"^^xsd:gYearMonth ; dil:instrument id:instrument\\/AAA-2020-paper ; "
            + "dct:source <https://example.org/s> ; dil:evidence id:evidence\\/own-words-read ; dil:confidence id:confidence\\/high .",
        "reading-of-uncoded-document-violation | https://w3id.org/diligentia/id/silence/of-uncoded | "
            + "id:instrument\\/AAA-2021-note a dil:Instrument ; dil:adoptedBy id:state\\/AAA ; dct:date \"2021\"^^xsd:gYear ; "
            + "dil:ddCoding id:dd-coding\\/uncoded . "
            + "id:silence\\/of-uncoded a dil:SilentReading ; dil:holder id:state\\/AAA ; dil:question id:question\\/dd-prevention ; "
            + "dct:date \"2021\"^^xsd:gYear ; dil:instrument id:instrument\\/AAA-2021-note ; dil:pinpoint \"p. 2\" ; "
            + "dct:source <https://example.org/s> ; dil:evidence id:evidence\\/own-words-read ; dil:confidence id:confidence\\/high .",
        "conflicting-readings-violation | https://w3id.org/diligentia/id/silence/contradicts | "
            + "id:silence\\/contradicts a dil:SilentReading ; dil:holder id:state\\/AAA ; dil:question id:question\\/dd-binding ; "
            + "dct:date \"2020-03\"^^xsd:gYearMonth ; dil:instrument id:instrument\\/AAA-2020-paper ; dil:pinpoint \"p. 2\" ; "
            + "dct:source <https://example.org/s> ; dil:evidence id:evidence\\/own-words-read ; dil:confidence id:confidence\\/high ."
    })
    void eachCheckFindsItsViolation(String check, String focus, String turtle, @TempDir Path dir) throws IOException {
        List<LoadProblem> problems = check(dir, turtle);
        assertTrue(problems.stream().anyMatch(p -> p.shape().equals(check) && p.focus().equals(focus)),
                check + " did not report " + focus + "; problems: " + problems.stream().map(LoadProblem::describe).toList());
        assertTrue(problems.stream().allMatch(p -> !p.message().isBlank()), "every problem says what is wrong");
    }
}
