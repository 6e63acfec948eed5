package org.w3id.diligentia.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The escaping HTML writer: no way to emit markup from text, attributes or URLs. */
class HtmlTest {
    @Test
    void textAndAttributesAreEscaped() {
        Html h = new Html();
        h.open("p", "title", "\"quoted\" & <tagged> 'single'").text("<script>alert('x')</script> & more").close("p");
        assertEquals("<p title=\"&quot;quoted&quot; &amp; &lt;tagged&gt; &#39;single&#39;\">"
                + "&lt;script&gt;alert('x')&lt;/script&gt; &amp; more</p>\n", h.toString());
    }

    @Test
    void onlySafeUrlsBecomeLinks() {
        Html h = new Html();
        h.link("javascript:alert(1)", "click").link("data:text/html,<b>x</b>", "data").link("//evil.example/x", "protocol-relative")
                .link("https://example.org/a?b=1&c=2", "ok").link("/page/state/FRA", "local");
        String out = h.toString();
        assertFalse(out.contains("javascript:") || out.contains("data:") || out.contains("//evil"), out);
        assertTrue(out.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">ok</a>"), out);
        assertTrue(out.contains("<a href=\"/page/state/FRA\">local</a>"), out);
        assertTrue(out.startsWith("clickdataprotocol-relative"), out);
    }

    @Test
    void elementsAndAttributeNamesMustBeConstantsAndCloseInOrder() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "on click", "x"));
        assertThrows(IllegalStateException.class, () -> new Html().open("p").open("em").close("p"));
        assertThrows(IllegalStateException.class, () -> new Html().open("p").toString());
        assertThrows(IllegalArgumentException.class, () -> new Html().empty("p"));
    }
}
