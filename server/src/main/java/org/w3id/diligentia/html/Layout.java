package org.w3id.diligentia.html;

import java.util.List;

/**
 * The frame every page shares ({@code layout.jte}): language, title, stylesheet, a skip link, the main
 * navigation (home, ontology, query editor, API, SPARQL endpoint), one {@code main} landmark and a
 * footer. Scripts only from this server, none inline: pages read the same without JavaScript.
 * {@code alternates} become {@code <link rel="alternate">}. The footer links to the dataset description
 * and downloads, and names the dataset version the page was computed from ({@link #computedFrom}).
 */
public final class Layout {
    /** A representation of the page in another format, for {@code <link rel="alternate">}. */
    public record Alternate(String href, String mediaType, String label) {}

    /** An entry of the main navigation. */
    record NavItem(String href, String name) {}

    /**
     * The frame of one page: its title, the navigation path it belongs to (or null), its alternates,
     * and the extra stylesheets and scripts it loads, all paths on this server.
     */
    record Page(String title, String current, List<Alternate> alternates, List<String> stylesheets, List<String> scripts) {}

    static final List<NavItem> NAV = List.of(
            new NavItem("/", "Home"),
            new NavItem("/ontology", "Ontology"),
            new NavItem("/query", "Query editor"),
            new NavItem("/docs", "API"),
            new NavItem("/sparql", "SPARQL endpoint"));

    /** The dataset version the page on this thread is computed from, named and linked in the footer. */
    private static final ThreadLocal<String> VERSION = new ThreadLocal<>();

    private Layout() {}

    /**
     * Sets the dataset version that pages rendered on this thread are computed from (the version the
     * request reads), or clears it ({@code null}); the footer links to it ({@code /id/version/{hash}}).
     */
    public static void computedFrom(String version) {
        if (version == null)
            VERSION.remove();
        else
            VERSION.set(version);
    }

    /** The version set by {@link #computedFrom}, or null (a page rendered outside a request). */
    public static String version() {
        return VERSION.get();
    }

    /** A page with no extra stylesheets or scripts. */
    static Page page(String title, String current, List<Alternate> alternates) {
        return new Page(title, current, alternates, List.of(), List.of());
    }
}
