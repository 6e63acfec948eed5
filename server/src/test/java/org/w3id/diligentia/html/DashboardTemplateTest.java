package org.w3id.diligentia.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.consensus.MatrixCell;
import org.w3id.diligentia.consensus.RegionalCoverage;
import org.w3id.diligentia.consensus.TimelinePoint;
import org.w3id.diligentia.consensus.Via;
import org.w3id.diligentia.dashboard.Dashboard;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.linkeddata.Rows;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.support.HtmlChecks;
import org.w3id.diligentia.vocab.Coverage;

/**
 * The home page's templates on a dashboard whose labels are hostile: the question, scope and level
 * names land in text, in {@code title}, {@code aria-label}, {@code value} and {@code data-}
 * attributes, and a State's position in a link; all stay escaped. Both entry points (the typed
 * {@link HomePage.Browse} and the {@code Consumer<Html>} one) give the same page.
 */
class DashboardTemplateTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    private static final String SINGLE = "x' onmouseover='alert(1)";
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static Dashboard dashboard() {
        Counts counts = Counts.of(2, 1, 0, 0, 0, 0);
        MatrixCell cell = new MatrixCell("RO", SINGLE, "q1", "broad", counts, counts.coverage(), "https://w3id.org/diligentia/id/assessment/RO/q1");
        Counts unknown = Counts.of(1, 0, 0, 0, 9, 2);
        MatrixCell unread = new MatrixCell("RG", SCRIPT, "q1", "not-established", unknown, unknown.coverage(),
                "https://w3id.org/diligentia/id/assessment/RG/q1");
        return new Dashboard(new Dashboard.Choice("q1", LocalDate.of(2020, 1, 1), "medium", "RO"), TODAY,
                List.of(new Dashboard.Option("q1", SCRIPT, BREAKOUT)), List.of(new Dashboard.Option("RO", SINGLE, "")),
                List.of(new Dashboard.Level("broad", BREAKOUT, 1, SCRIPT, null), new Dashboard.Level("not-established", SINGLE, 2, SCRIPT, BREAKOUT)),
                List.of(new Dashboard.MatrixRow("RO", BREAKOUT, "/page/org/RO", List.of(cell)),
                        new Dashboard.MatrixRow("RG", SCRIPT, "javascript:alert(5)", List.of(unread))),
                List.of(new TimelinePoint(LocalDate.of(2019, 5, 1), "broad", counts)),
                List.of(new Dashboard.StateStance("AAA", "001", SCRIPT, "member", "affirms", Coverage.STANCE,
                        new Via("p", "javascript:alert(2)", "collective", SINGLE, "2019-05")),
                        new Dashboard.StateStance("BBB", null, BREAKOUT, "member", null, Coverage.NO_DOCUMENT, null)),
                new RegionalCoverage("q1", LocalDate.of(2020, 1, 1), List.of("broad"), List.of(cell), 193, 3, new BigDecimal("0.0155")));
    }

    private static HomePage.Browse browse() {
        Links links = new Links(new CanonicalIds("https://w3id.org/diligentia/id/"), n -> Optional.empty());
        return HomePage.browse(List.of(new Rows.Entry(NodeFactory.createURI("https://w3id.org/diligentia/id/state/AAA"), "state", SCRIPT)),
                new DatasetInfo(BREAKOUT, "hash", Instant.parse("2024-06-01T00:00:00Z"), 3), links);
    }

    @Test
    void hostileLabelsStayTextAndAttributeValues() {
        String html = DashboardPage.render(dashboard(), browse());
        HtmlChecks.assertAccessiblePage(html);
        InjectedMarkup.assertNone(html);
        assertFalse(html.contains("href=\"javascript"), "a position elsewhere than a page is not linked");
        assertTrue(html.contains("<abbr title=\"&#34;>&lt;img src=x onerror=alert(1)>\">&lt;script&gt;alert(1)&lt;/script&gt;</abbr>"), html);
        assertTrue(html.contains("<option value=\"RO\" selected=\"\">x' onmouseover='alert(1)</option>"), html);
        assertTrue(html.contains("aria-label=\"x&#39; onmouseover=&#39;alert(1), &lt;script>alert(1)&lt;/script>: "), html);
        assertTrue(html.contains("<td>x' onmouseover='alert(1) (collective)</td>"), "the collective position, as text: " + html);
        assertTrue(html.contains("<tr data-iso3=\"BBB\" data-stance=\"no-document\">"), "no m49, no attribute");
        assertFalse(html.contains("href=\"javascript:alert(5)"), "a scope page elsewhere is not linked");
        assertTrue(html.contains("title=\"&lt;script>alert(1)&lt;/script>, &lt;script>alert(1)&lt;/script>: x&#39; onmouseover=&#39;alert(1), "
                + "1 of 12 known (1 affirms): fewer than &#34;>&lt;img src=x onerror=alert(1)> of the members known, too little to tell\""),
                "the not-established cell's title says how many are known, escaped: " + html);
        assertTrue(html.contains("cover <strong>3 of 193 UN members</strong> (1.55%)."), html);
        assertTrue(html.contains("Dataset version \"&gt;&lt;img src=x onerror=alert(1)&gt;, loaded 2024-06-01T00:00:00Z, 3 statements."), html);
    }
}
