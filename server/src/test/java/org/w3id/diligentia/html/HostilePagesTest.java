package org.w3id.diligentia.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.support.FixtureStore;
import org.w3id.diligentia.support.HtmlChecks;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.TestHome;

/**
 * Served pages over a knowledge base written to break out of HTML (fixture {@code hostile}: labels
 * with script tags, quotes that close attributes, event handlers, and {@code javascript:} URLs as
 * sources and links): every page stays well formed, shows the data as text, and links nothing unsafe.
 */
class HostilePagesTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.serve(FixtureStore.get("hostile"), Settings.defaults(TestHome.home()));
    }

    @AfterAll
    static void stop() {
        server.stopServerOnly();
    }

    private static String page(String path) {
        HttpResponse<String> r = server.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/page/state/AAA", "/page/state/BBB", "/page/state/CCC", "/page/org/RO", "/page/org/RO-ASSEMBLY",
            "/page/instrument/AAA-2020-paper", "/page/position/AAA-2020-paper-dd-binding", "/page/question/dd-binding",
            "/page/assessment/RO/dd-binding", "/page/scope/world",
            "/page/compare?actors=AAA,BBB,CCC"})
    void everyPageShowsHostileDataAsTextAndLinksNothingUnsafe(String path) {
        String html = page(path);
        HtmlChecks.assertAccessiblePage(html);
        InjectedMarkup.assertNone(html);
        assertFalse(html.contains("<b>"), "markup from the data: " + path);
    }

    @Test
    void labelsAreEscapedInTextAndInAttributes() {
        String aaa = page("/page/state/AAA");
        assertTrue(aaa.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; | Diligentia</title>"), aaa);
        assertTrue(aaa.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), aaa);
        assertTrue(aaa.contains("<li>javascript:alert(2)</li>"), "a javascript: IRI is shown, not linked: " + aaa);
        assertTrue(aaa.contains("<a href=\"https://example.org/a?b=1&amp;c=&#39;2&#39;\">"), "quotes in a URL stay inside its attribute");
        assertTrue(aaa.contains("<td>javascript:alert(7)</td>"), "a javascript: source is shown, not linked");
        assertTrue(aaa.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(6)&lt;/script&gt;</a>"), "an instrument title that closes the table");
        assertTrue(aaa.contains("Regional&#39; onmouseover=&#39;alert(4)") || aaa.contains("Regional' onmouseover='alert(4)</a>"), aaa);

        String bbb = page("/page/state/BBB");
        assertTrue(bbb.contains("<h1>\"&gt;&lt;img src=x onerror=alert(3)&gt;</h1>"), bbb);
        String home = page("/");
        assertTrue(home.contains("<a href=\"/page/state/BBB\">\"&gt;&lt;img src=x onerror=alert(3)&gt;</a>"), "the home page lists it as text");
        assertTrue(home.contains("<a href=\"/page/state/CCC\">Gamma 'land' &amp; \"co\"</a>"), home);
        assertTrue(home.contains("aria-label=\"Regional&#39; onmouseover=&#39;alert(4), "), "a label inside an attribute (the matrix cell)");

        String position = page("/page/position/AAA-2020-paper-dd-binding");
        assertTrue(position.contains("&lt;img src=x onerror=alert(8)&gt; &amp; &lt;/p&gt;&lt;script&gt;alert(9)&lt;/script&gt;"), position);
        String compare = page("/page/compare?actors=AAA,BBB");
        assertTrue(compare.contains("<h1>Compare &lt;script&gt;alert(1)&lt;/script&gt;, \"&gt;&lt;img src=x onerror=alert(3)&gt;</h1>"), compare);
        assertTrue(compare.contains("<th scope=\"col\" class=\"actor\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"), "a State's name as a column header");
        assertTrue(page("/page/org/RO-ASSEMBLY").contains("<h1>Assembly\" onfocus=\"alert(5)</h1>"));
    }
}
