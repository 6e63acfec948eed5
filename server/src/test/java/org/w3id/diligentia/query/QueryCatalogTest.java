package org.w3id.diligentia.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a folder of canned queries: every file, in name order; the first broken one named. */
class QueryCatalogTest {

    private static final String GOOD = "#+ summary: The States.\nSELECT ?s WHERE { ?s a <urn:x:State> }\n";
    private static final String BROKEN = "#+ summary: Broken.\nSELECT ?s WHERE { ?s a }\n";

    @Test
    void readsEveryQueryOfTheFolderInNameOrder(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"m", "b", "z", "a"})
            Files.writeString(dir.resolve(name + ".rq"), GOOD);
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        QueryCatalog catalog = QueryCatalog.fromDirectory(dir);
        assertEquals("[a, b, m, z]", catalog.all().stream().map(CannedQuery::name).toList().toString());
        assertTrue(catalog.get("m").orElseThrow().query().isSelectType());
    }

    @Test
    void namesTheFirstBrokenFileInNameOrder(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 40; i++)
            Files.writeString(dir.resolve(String.format("q%02d.rq", i)), i == 17 || i == 31 ? BROKEN : GOOD);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryCatalog.fromDirectory(dir));
        assertTrue(e.getMessage().startsWith("q17.rq does not parse"), e.getMessage());
    }
}
