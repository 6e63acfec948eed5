package org.w3id.diligentia.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules {@link ReferencesResolveTest} applies, on small texts: what counts as a link, an anchor, a comment, a citation. */
class ReferenceRulesTest {
    private static final Set<String> TOP = Set.of("queries", "data", "docs", "server", "README.md");

    @Test
    void relativeLinksAreFoundOutsideCodeAndUrlsAreNotLinks() {
        String md = """
                See [the design](docs/design.md#effective-stance), [a site](https://example.org/x.md),
                [mail](mailto:a@b.c), [here](#layout) and <http://localhost:7070/>.
                `[not a link](nope.md)`

                ```sh
                [nor this](nope.md)
                ```
                [ref]: ../LICENSE "Licence"
                """;
        assertEquals(List.of("docs/design.md#effective-stance", "#layout", "../LICENSE"), References.links(md));
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        String md = """
                # data/: the curated knowledge base
                ## Checks (`tags: check`, files `*-violation.rq`)
                ## Effective stance
                ## Effective stance
                ```
                # not a heading
                ```
                """;
        assertEquals(Set.of("data-the-curated-knowledge-base", "checks-tags-check-files--violationrq", "effective-stance",
                "effective-stance-1"), References.anchors(md));
    }

    @Test
    void documentsOutsideTheRepositoryAreCitationsWhereverTheyAppear() {
        assertEquals(List.of("../shared/research/", "DESIGN.md", "STACK.md"),
                References.outsideTheRepository("from ../shared/research/ (DESIGN.md, \"Effective stance\"; see STACK.md)"));
        assertEquals(List.of(), References.outsideTheRepository("docs/design.md and docs/stack.md, a shared/ folder"));
    }

    @Test
    void repositoryPathsAreFoundButNotServerPathsOrUrls() {
        String text = "see queries/infer-30-effective-dates.rq, data/memberships/ and queries/*-violation.rq; "
                + "GET /data/state/FRA, https://w3id.org/diligentia/data/x, {base}data/{kind}/{key}, dir/data/x.ttl; "
                + "{@code queries/ld-describe.rq}, docs/{name}.md, server/... and data/...";
        assertEquals(List.of("queries/infer-30-effective-dates.rq", "data/memberships/", "queries/*-violation.rq",
                "queries/ld-describe.rq", "docs/{name}.md", "server/", "data/"), References.paths(text, TOP));
    }

    @Test
    void bareNamesAreFoundButNotInsidePathsOrGlobs() {
        assertEquals(List.of("design.md", "Wiring.java", "run.sh"),
                References.bareNames("design.md, Wiring.java and run.sh; not docs/x.md, *-violation.rq or http://h/y.js"));
    }

    @Test
    void javaCommentsAreLineAndBlockCommentsNotStrings() {
        String java = """
                /** Reads queries/a.rq. */
                String s = "// queries/not-a-comment.rq"; // data/b.ttl
                char c = '"'; /* c */
                """;
        assertEquals("/** Reads queries/a.rq. */\n// data/b.ttl\n/* c */\n", References.comments("X.java", java));
    }

    @Test
    void turtleAndSparqlCommentsStartOutsideIrisAndStrings() {
        String ttl = """
                @prefix dil: <https://w3id.org/diligentia/ontology#> . # the namespace
                dil:x dil:note "not # a comment" ; dil:y \"""long # string\""" .
                """;
        assertEquals("# the namespace\n", References.comments("a.ttl", ttl));
        assertEquals("# where\n", References.comments("q.rq", "SELECT * WHERE { ?a <x#y> ?b FILTER(?n < 3) } # where\n"));
    }

    @Test
    void shellCommentsStartAWordAndPythonDocstringsCount() {
        assertEquals("# why\n", References.comments("a.sh", "n=${#list[@]} # why\necho \"#no\"\n"));
        assertEquals("\"\"\"Reads data/.\"\"\"\n# note\n", References.comments("a.py", "\"\"\"Reads data/.\"\"\"\nx = '#no'  # note\n"));
    }
}
