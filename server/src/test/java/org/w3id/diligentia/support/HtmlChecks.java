package org.w3id.diligentia.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structural checks of a served HTML page, from its text: well-formed nesting, language, one title
 * and one h1, no skipped heading level, captions and header scopes on tables, links with text,
 * labelled inputs, and nothing loaded from another host.
 */
public final class HtmlChecks {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "hr", "img");
    private static final Pattern LINK = Pattern.compile("<a ([^>]*)>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(href|src)=\"([^\"]*)\"");

    private HtmlChecks() {}

    public static void assertAccessiblePage(String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>"), "doctype");
        assertTrue(html.contains("<html lang=\"en\">"), "language");
        assertTrue(html.matches("(?s).*<title>[^<]+</title>.*"), "a title");
        assertEquals(1, count(html, "<h1>") + count(html, "<h1 "), "one h1");
        assertTrue(html.contains("<main id=\"main\">"), "a main landmark");
        wellFormed(html);
        headings(html);
        tables(html);
        links(html);
        inputs(html);
        assertFalse(html.contains("<img") && !html.matches("(?s).*<img [^>]*alt=.*"), "images have alt text");
    }

    private static void wellFormed(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (VOID.contains(name))
                continue;
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                String top = open.poll();
                if (!name.equals(top))
                    fail("</" + name + "> closes <" + top + "> at " + m.start() + ": " + html.substring(Math.max(0, m.start() - 200), m.start()));
            }
        }
        assertTrue(open.isEmpty(), "unclosed: " + open);
    }

    private static void headings(String html) {
        Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(html);
        int last = 0;
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            assertTrue(level <= last + 1, "heading h" + level + " after h" + last);
            last = level;
        }
    }

    private static void tables(String html) {
        Matcher m = Pattern.compile("<table[^>]*>\\s*(<[a-z]+)").matcher(html);
        while (m.find())
            assertEquals("<caption", m.group(1), "every table starts with a caption");
        Matcher th = Pattern.compile("<th( [^>]*)?>").matcher(html);
        while (th.find())
            assertTrue(th.group(1) != null && th.group(1).contains("scope=\""), "header cells have a scope: " + th.group());
    }

    private static void links(String html) {
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            assertTrue(m.group(1).contains("href=\""), "links have a target: " + m.group());
            assertFalse(m.group(2).replaceAll("<[^>]+>", "").isBlank(), "links have text: " + m.group());
        }
        Matcher a = ATTRIBUTE.matcher(html);
        while (a.find()) {
            String url = a.group(2);
            if (a.group(1).equals("src") || html.substring(Math.max(0, a.start() - 40), a.start()).contains("<link"))
                assertTrue(url.startsWith("/") && !url.startsWith("//"), "assets come from this server: " + url);
            assertFalse(url.toLowerCase().startsWith("javascript:"), url);
        }
    }

    private static void inputs(String html) {
        Set<String> labelled = new HashSet<>();
        Matcher l = Pattern.compile("<label for=\"([^\"]+)\"").matcher(html);
        while (l.find())
            labelled.add(l.group(1));
        Matcher i = Pattern.compile("<input [^>]*id=\"([^\"]+)\"").matcher(html);
        while (i.find())
            assertTrue(labelled.contains(i.group(1)), "input " + i.group(1) + " has a label");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1))
            n++;
        return n;
    }
}
