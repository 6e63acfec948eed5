package org.w3id.diligentia.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that a page holds no markup that came from data. */
final class InjectedMarkup {
    /** A start tag whose attribute values are all double-quoted (so they hold no raw quote). */
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z][a-zA-Z0-9-]*(?:=\"[^\"]*\")?)*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-zA-Z][a-zA-Z0-9-]*)(?:=\"([^\"]*)\")?");

    private InjectedMarkup() {}

    /**
     * Every start tag is well formed with double-quoted values, none is an image, a script with a body
     * or of another host, an event handler, a style attribute, or a {@code javascript:}, {@code data:}
     * or {@code vbscript:} URL.
     */
    static void assertNone(String html) {
        int starts = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1))
            if (i + 1 < html.length() && Character.isLetter(html.charAt(i + 1)))
                starts++;
        Matcher tag = TAG.matcher(html);
        int tags = 0;
        while (tag.find()) {
            tags++;
            String name = tag.group(1).toLowerCase();
            assertFalse(name.equals("img") || name.equals("style") || name.equals("iframe") || name.equals("object"), tag.group());
            if (name.equals("script"))
                assertFalse(!tag.group(2).matches(" src=\"/assets/[^\"]+\" defer=\"\"") || !html.startsWith("</script>", tag.end()), tag.group());
            Matcher a = ATTRIBUTE.matcher(tag.group(2));
            while (a.find()) {
                String attribute = a.group(1).toLowerCase();
                assertFalse(attribute.startsWith("on") || attribute.equals("style"), tag.group());
                if (a.group(2) != null && (attribute.equals("href") || attribute.equals("src") || attribute.equals("action")))
                    assertFalse(a.group(2).strip().toLowerCase().matches("(javascript|data|vbscript):.*"), tag.group());
            }
        }
        assertEquals(starts, tags, "every '<' before a letter starts a well-formed tag of the templates");
    }
}
