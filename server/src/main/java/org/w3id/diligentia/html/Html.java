package org.w3id.diligentia.html;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;

/**
 * A small HTML writer that escapes everything it is given. Elements are opened and closed in order
 * (a mismatch is a programming error); text and attribute values are always escaped; attribute
 * names and element names must be plain constants. Links are written only for http, https and
 * mailto URLs and for paths on this server: any other URL (a {@code javascript:} IRI in the data)
 * is shown as text. There is no way to write unescaped markup: the only markup it takes whole is the
 * output of a template ({@link #content}), which the template engine escaped.
 *
 * <p>The pages are templates ({@link Templates}); this writer remains for page parts handed over as
 * {@code Consumer<Html>} and is itself {@link Content} that a template can write. {@link #isSafe} is
 * the one rule for links, the templates' ({@code link.jte}) included.
 */
public final class Html implements Content {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "hr", "img");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();

    /** Starts a document: the doctype. */
    public static Html document() {
        Html h = new Html();
        h.out.append("<!DOCTYPE html>\n");
        return h;
    }

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
    public Html open(String tag, String... attributes) {
        startTag(tag, attributes);
        if (!VOID.contains(tag))
            open.push(tag);
        return this;
    }

    /** Closes the innermost open element, which must be {@code tag}. */
    public Html close(String tag) {
        String top = open.poll();
        if (!tag.equals(top))
            throw new IllegalStateException("Closing <" + tag + "> but <" + top + "> is open");
        out.append("</").append(tag).append('>');
        if (!tag.equals("a") && !tag.equals("span") && !tag.equals("code") && !tag.equals("abbr"))
            out.append('\n');
        return this;
    }

    /** An element with escaped text content. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A void element (meta, link, input, br). */
    public Html empty(String tag, String... attributes) {
        if (!VOID.contains(tag))
            throw new IllegalArgumentException("<" + tag + "> is not a void element");
        startTag(tag, attributes);
        out.append('\n');
        return this;
    }

    /** Escaped text. */
    public Html text(String text) {
        escape(text == null ? "" : text, false);
        return this;
    }

    /** A link to {@code href} with {@code text}; just the text when the URL is not safe to link to. */
    public Html link(String href, String text, String... attributes) {
        if (!isSafe(href))
            return text(text);
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** Appends the output of a template (escaped for HTML by the template engine). */
    Html content(Content template) {
        StringOutput rendered = new StringOutput();
        template.writeTo(new OwaspHtmlTemplateOutput(rendered));
        out.append(rendered);
        return this;
    }

    /** Writes the finished document or fragment into a template's output, as it is (it is escaped already). */
    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(toString());
    }

    /** Whether {@code href} may be linked to: a path on this server, or an http, https or mailto URL. */
    public static boolean isSafe(String href) {
        if (href == null || href.isEmpty())
            return false;
        if (href.startsWith("/") && !href.startsWith("//"))
            return true;
        if (href.startsWith("#") || href.startsWith("?"))
            return true;
        try {
            String scheme = URI.create(href).getScheme();
            return scheme != null && SAFE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The finished document; every element must be closed. */
    @Override
    public String toString() {
        if (!open.isEmpty())
            throw new IllegalStateException("Unclosed elements: " + open);
        return out.toString();
    }

    private void startTag(String tag, String... attributes) {
        if (!NAME.matcher(tag).matches())
            throw new IllegalArgumentException("Not an element name: " + tag);
        if (attributes.length % 2 != 0)
            throw new IllegalArgumentException("Attributes come in name, value pairs");
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            if (!NAME.matcher(name).matches())
                throw new IllegalArgumentException("Not an attribute name: " + name);
            if (value == null)
                continue;
            out.append(' ').append(name).append("=\"");
            escape(value, true);
            out.append('"');
        }
        out.append('>');
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> out.append(c);
            }
        }
    }
}
