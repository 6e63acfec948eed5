package org.w3id.diligentia.html;

import java.util.List;

/**
 * {@code /docs}: the OpenAPI document of the HTTP API in Swagger UI, with "try it" against this
 * server. Swagger UI comes from its WebJar in the server's jar; nothing is loaded from elsewhere.
 * Without JavaScript the page links to the document itself.
 */
public final class ApiDocsPage {
    private ApiDocsPage() {}

    /** The page, with Swagger UI's files under {@code swaggerUi} (a path on this server). */
    public static String render(String swaggerUi) {
        return Layout.page("API", "/docs", List.of(new Layout.Alternate("/openapi.json", "application/json", "OpenAPI document")),
                List.of(swaggerUi + "/swagger-ui.css"), List.of(swaggerUi + "/swagger-ui-bundle.js", "/assets/api-docs.js"), h -> {
                    h.element("h1", "HTTP API");
                    h.open("p", "class", "lead");
                    h.text("JSON by default, CSV with ");
                    h.element("code", "Accept: text/csv");
                    h.text(" or ");
                    h.element("code", "?format=csv");
                    h.text("; errors are RFC 9457 problem documents. The machine-readable description is the OpenAPI 3.1 document ");
                    h.link("/openapi.json", "/openapi.json");
                    h.text("; its enumerations of scopes, questions and organizations come from the loaded data. "
                            + "Open an operation and choose \u201cTry it out\u201d to call this server.");
                    h.close("p");
                    h.open("div", "id", "swagger-ui", "data-url", "/openapi.json");
                    h.element("p", "The interactive reference needs JavaScript. Without it, read /openapi.json, "
                            + "or see the examples in the README and notebooks/.", "class", "muted");
                    h.close("div");
                });
    }
}
