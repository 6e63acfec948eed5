package org.w3id.diligentia.html;

import java.util.List;

/** An error for people: what went wrong, and where to go from here. */
public final class ErrorPage {
    private ErrorPage() {}

    public static String render(int status, String title, String detail, String path) {
        return Layout.page(title, null, List.of(), h -> {
            h.element("h1", title);
            h.element("p", detail, "class", "lead");
            h.open("p");
            h.text("HTTP status " + status + " for ");
            h.element("code", path);
            h.text(".");
            h.close("p");
            if (status == 404) {
                h.open("p");
                h.text("Identifiers look like ");
                h.element("code", "/id/state/FRA");
                h.text(" (a State, by its ISO 3166-1 alpha-3 code), ");
                h.element("code", "/id/org/EU");
                h.text(", ");
                h.element("code", "/id/question/dd-binding");
                h.text(" or ");
                h.element("code", "/id/assessment/EU/dd-binding");
                h.text(". Start from the ");
                h.link("/", "home page");
                h.text(", which lists the questions, organizations and States, or search with the ");
                h.link("/query", "query editor");
                h.text(".");
                h.close("p");
            } else {
                h.open("p");
                h.link("/", "Back to the home page");
                h.close("p");
            }
        });
    }
}
