package org.w3id.diligentia.html;

import java.util.List;
import java.util.function.Consumer;

/**
 * The frame every page shares: language, title, stylesheet, a skip link, the main navigation (home,
 * ontology, query editor, API, SPARQL endpoint), one {@code main} landmark and a footer. No scripts: pages
 * read the same without JavaScript. {@code alternates} become {@code <link rel="alternate">}.
 */
public final class Layout {
    /** A representation of the page in another format, for {@code <link rel="alternate">}. */
    public record Alternate(String href, String mediaType, String label) {}

    /** The navigation entries: path and name. */
    private static final List<String[]> NAV = List.of(
            new String[] {"/", "Home"},
            new String[] {"/ontology", "Ontology"},
            new String[] {"/query", "Query editor"},
            new String[] {"/docs", "API"},
            new String[] {"/sparql", "SPARQL endpoint"});

    private Layout() {}

    /** A whole page: {@code current} is the navigation path it belongs to (or null). */
    public static String page(String title, String current, List<Alternate> alternates, Consumer<Html> main) {
        return page(title, current, alternates, List.of(), List.of(), main);
    }

    /** A page with extra stylesheets and scripts, all served by this server (the query editor). */
    public static String page(String title, String current, List<Alternate> alternates, List<String> stylesheets,
                              List<String> scripts, Consumer<Html> main) {
        Html h = Html.document();
        h.open("html", "lang", "en");
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.element("title", title + " | Diligentia");
        h.empty("link", "rel", "stylesheet", "href", "/assets/diligentia.css");
        for (String css : stylesheets)
            h.empty("link", "rel", "stylesheet", "href", css);
        for (Alternate a : alternates)
            h.empty("link", "rel", "alternate", "type", a.mediaType(), "href", a.href(), "title", a.label());
        for (String js : scripts)
            h.open("script", "src", js, "defer", "").close("script");
        h.close("head");
        h.open("body");
        h.link("#main", "Skip to content", "class", "skip");
        h.open("header", "class", "site");
        h.open("nav", "aria-label", "Main");
        h.open("ul");
        for (String[] item : NAV) {
            h.open("li");
            h.link(item[0], item[1], "aria-current", item[0].equals(current) ? "page" : null);
            h.close("li");
        }
        h.close("ul");
        h.close("nav");
        h.close("header");
        h.open("main", "id", "main");
        main.accept(h);
        h.close("main");
        h.open("footer", "class", "site");
        h.open("p");
        h.text("Diligentia: do States and regional organizations agree that due diligence applies in cyberspace, "
                + "and that it binds them as law? Every identifier dereferences to RDF (Turtle, JSON-LD, RDF/XML, "
                + "N-Triples) or to a page like this one; the same data answers SPARQL at ");
        h.link("/sparql", "/sparql");
        h.text(".");
        h.close("p");
        h.close("footer");
        h.close("body");
        h.close("html");
        return h.toString();
    }
}
