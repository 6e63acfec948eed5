package org.w3id.diligentia.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.TestHome;

/**
 * The shipped knowledge base (ontology/ and data/) holds every row of the research files: the
 * counts below are the real ones (data/README.md, "Counts"), so losing or duplicating rows fails
 * the build. When curators add data, they update these numbers in the same commit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeBaseCountsTest {
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(30), 10_000);
    private static final String PREFIXES = """
            PREFIX dil:  <https://w3id.org/diligentia/ontology#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX orgid:      <https://w3id.org/diligentia/id/org/>
            PREFIX instrument: <https://w3id.org/diligentia/id/instrument/>
            PREFIX position:   <https://w3id.org/diligentia/id/position/>
            PREFIX q:          <https://w3id.org/diligentia/id/question/>
            PREFIX st:         <https://w3id.org/diligentia/id/stance/>
            PREFIX ms:         <https://w3id.org/diligentia/id/membership-status/>
            PREFIX ddc:        <https://w3id.org/diligentia/id/dd-coding/>
            """;

    private final QueryCatalog catalog = QueryCatalog.bundled();
    private TdbStore store;

    @BeforeAll
    void loadTheShippedKnowledgeBase() {
        store = TdbStore.inMemory();
        Wiring.loader(catalog, Clock.systemUTC()).load(store, TestHome.shipped());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private Table select(String sparql) {
        return store.select(QueryFactory.create(PREFIXES + sparql), BindingFactory.empty(), LIMITS);
    }

    /** The number of solutions of a WHERE clause. */
    private long count(String where) {
        Table t = select("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }");
        return number(t.rows().get(0), "n");
    }

    /** Counts grouped by one variable {@code ?key}, keyed by its local name (the last URI segment). */
    private Map<String, Long> countsBy(String where) {
        Table t = select("SELECT ?key (COUNT(*) AS ?n) WHERE { " + where + " } GROUP BY ?key");
        Map<String, Long> counts = new TreeMap<>();
        for (Binding row : t.rows()) {
            Node key = Table.get(row, "key").orElseThrow();
            String text = key.isURI() ? key.getURI().substring(key.getURI().lastIndexOf('/') + 1) : key.getLiteralLexicalForm();
            counts.put(text, number(row, "n"));
        }
        return counts;
    }

    private static long number(Binding row, String var) {
        return ((Number) Table.get(row, var).orElseThrow().getLiteralValue()).longValue();
    }

    @Test
    void everyCheckFindsNothingInTheShippedData() {
        List<CannedQuery> checks = catalog.tagged(CannedQuery.CHECK).toList();
        assertTrue(checks.size() >= 7, "the checks of queries/ are bundled: " + checks);
        for (CannedQuery check : checks) {
            Table problems = store.select(check.query(), BindingFactory.empty(), LIMITS);
            assertEquals(0, problems.size(), check.name() + " found " + problems.rows());
        }
    }

    @Test
    void thereAre197StatesOfWhich193AreUnMembers() {
        assertEquals(197, count("?s a dil:State"));
        assertEquals(Map.of("member", 193L, "observer", 2L, "non-member", 2L),
                countsBy("?s a dil:State ; dil:unStatus ?key"));
        assertEquals(193, count("?m a dil:Membership ; org:organization orgid:UN ; dil:membershipStatus ms:member"),
                "every UN member State has its dated UN membership");
    }

    @Test
    void everyMembershipRowOfTheResearchIsKeptPerOrganization() {
        assertEquals(Map.of("UN", 193L, "EU", 28L, "OAS", 35L, "AU", 62L, "ASEAN", 11L, "OSCE", 57L, "COE", 48L,
                        "SCO", 10L, "LAS", 25L, "PIF", 20L),
                countsBy("?m a dil:Membership ; org:organization ?key"));
        assertEquals(Map.of("member", 471L, "suspended", 12L, "withdrawn", 5L, "expelled", 1L),
                countsBy("?m a dil:Membership ; dil:membershipStatus ?key"));
    }

    @Test
    void organizationsTerritoriesAndRegionalGroupsAreRecorded() {
        assertEquals(29, count("?o a dil:Organization"), "18 rows of organizations.csv (the G7 included), 11 organs and expert bodies");
        assertEquals(4, count("?t a dil:Territory"));
        assertEquals(0, count("?t a dil:Territory , dil:State"), "a territory is never a State");
        assertEquals(5, count("?g a dil:RegionalGroup"));
        assertEquals(195, count("?m a dil:GroupMembership"), "one place per row of un-regional-groups.csv");
        assertEquals(0, count("?g a dil:RegionalGroup , dil:Organization"), "a regional group is a scope, not an organization");
    }

    @Test
    void suspensionsAreTheirOwnDatedIntervalsInTheAfricanUnion() {
        assertEquals(Map.of("BFA", 1L, "GAB", 1L, "GIN", 1L, "MDG", 1L, "MLI", 1L, "NER", 1L, "SDN", 1L),
                countsBy("""
                        ?m org:organization orgid:AU ; dil:membershipStatus ms:suspended ;
                           org:member ?s ; dil:effectiveStart ?start .
                        ?s dil:iso3 ?key"""));
    }

    @Test
    void unknownMembershipStartsAreBoundedNeverInvented() {
        assertEquals(142, count("?m org:memberDuring/time:hasBeginning/dil:knownNoLaterThan ?bound"));
        assertEquals(193, count("?m dil:groupDuring/time:hasBeginning/dil:knownNoLaterThan ?bound"),
                "every place in a regional group but Israel's and Palestine's is bounded by the 2017 list");
        assertEquals(0, count("""
                ?m a dil:Membership .
                FILTER NOT EXISTS { ?m dil:effectiveStart ?start }"""), "every interval has an effective start");
    }

    @Test
    void everyInstrumentAndNationalDocumentIsRecorded() {
        assertEquals(111, count("?i a dil:Instrument"));
        assertEquals(56, count("?i a dil:Instrument ; dil:adoptedBy/a dil:State"), "one per national row but AFU and EUU");
        assertEquals(55, count("?i a dil:Instrument ; dil:adoptedBy ?a . FILTER NOT EXISTS { ?a a dil:State }"),
                "every instruments.csv row, and the EU's 2020 declaration known from row EUU");
    }

    @Test
    void documentsKeepTheirCodingSoSilentAndUncodedStayDistinct() {
        assertEquals(Map.of("binding-obligation", 15L, "voluntary-norm-only", 4L, "ambiguous", 5L, "uncoded", 35L,
                        "affirms-binding-obligation", 4L, "affirms-voluntary-norm", 20L, "mentions", 7L, "silent", 21L),
                countsBy("?i a dil:Instrument ; dil:ddCoding ?key"));
        assertEquals(0, count("""
                ?p dil:instrument ?i . ?i dil:ddCoding ?c .
                FILTER(?c IN (ddc:uncoded, ddc:silent, ddc:mentions))"""),
                "an uncoded, silent or mentioning document carries no reading");
    }

    @Test
    void positionsByStanceAndQuestion() {
        assertEquals(78, count("?p a dil:Position"));
        assertEquals(Map.of("affirms", 67L, "rejects", 4L, "undecided", 7L),
                countsBy("?p a dil:Position ; dil:stance ?key"));
        assertEquals(Map.of("dd-applies", 44L, "dd-binding", 28L, "dd-prevention", 2L, "dd-harm-threshold", 1L, "dd-capacity", 3L),
                countsBy("?p a dil:Position ; dil:question ?key"));
        assertEquals(Map.of("affirms", 19L, "rejects", 4L, "undecided", 5L),
                countsBy("?p a dil:Position ; dil:question q:dd-binding ; dil:stance ?key"));
        assertEquals(47, count("?p a dil:Position ; dil:holder/a dil:State"));
    }

    @Test
    void undatedPositionsAreRecordedButHaveNoEffectiveDate() {
        assertEquals(5, count("?p a dil:Position ; dil:dateUnknown true"));
        assertEquals(4, count("?i a dil:Instrument ; dil:dateUnknown true"));
        assertEquals(0, count("?p a dil:Position ; dil:dateUnknown true ; dil:effectiveDate ?d"));
    }

    @Test
    void onlyConsensusTextsOfOrgansSeatingAllMembersAreCollective() {
        assertEquals(Map.of("UN", 9L, "EU", 4L, "AU", 2L, "ASEAN", 2L, "COMMONWEALTH", 1L),
                countsBy("?p dil:collective true ; dil:forOrganization ?key"));
        assertEquals(0, count("""
                ?p dil:collective true ; dil:holder ?h .
                FILTER(?h IN (orgid:UNGGE, orgid:AU-PSC, orgid:TALLINN-EXPERTS, orgid:UNGA, orgid:G7))"""),
                "GGE reports, PSC communiques, the Tallinn Manual, GA texts adopted by vote and G7 declarations speak for no one else");
    }

    @Test
    void theCommonAfricanPositionSpeaksForTheAuFromTheAssemblyEndorsement() {
        assertEquals(2, count("""
                ?p dil:instrument instrument:AU-CAP-2024 ; dil:holder orgid:AU ;
                   dil:adoptedIn orgid:AU-ASSEMBLY ; dil:collective true ;
                   dct:date "2024-02-18"^^xsd:date ; dil:stance st:affirms"""));
        assertEquals(1, count("instrument:AU-CAP-2024 dct:date \"2024-01-29\"^^xsd:date ; dil:adoptedBy orgid:AU-PSC"));
    }

    @Test
    void theEuDeclarationKeepsTheConservativeCoding() {
        assertEquals(1, count("instrument:EU-DECL-2024 dil:ddCoding ddc:ambiguous"));
        assertEquals(Map.of("dd-binding", 1L), countsBy("?p dil:instrument instrument:EU-DECL-2024 ; dil:question ?key ; dil:stance st:undecided"));
        assertEquals(1, count("?p dil:instrument instrument:EU-DECL-2024"));
    }

    @Test
    void aYearOnlyDateStaysAYearAndTakesEffectAtTheEndOfIt() {
        assertEquals(1, count("""
                position:UNGA-70-237-dd-applies dct:date "2015"^^xsd:gYear ;
                    dil:effectiveDate "2015-12-31"^^xsd:date ; dil:collective true"""));
    }
}
