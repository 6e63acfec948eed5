package org.w3id.diligentia.html;

import java.util.List;

/** An error for people ({@code error.jte}): what went wrong, and where to go from here. */
public final class ErrorPage {
    private ErrorPage() {}

    /** What {@code error.jte} shows: the status, what went wrong ({@code detail}) and for which {@code path}. */
    record View(Layout.Page page, int status, String detail, String path) {}

    public static String render(int status, String title, String detail, String path) {
        return Templates.render("error.jte", new View(Layout.page(title, null, List.of()), status, detail, path));
    }
}
