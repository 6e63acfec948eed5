package org.w3id.diligentia.html;

import java.util.List;

/**
 * {@code /docs} ({@code apiDocs.jte}): the OpenAPI document of the HTTP API in Swagger UI, with "try
 * it" against this server. Swagger UI comes from its WebJar in the server's jar; nothing is loaded
 * from elsewhere. Without JavaScript the page links to the document itself.
 */
public final class ApiDocsPage {
    private ApiDocsPage() {}

    /** The page, with Swagger UI's files under {@code swaggerUi} (a path on this server). */
    public static String render(String swaggerUi) {
        return Templates.render("apiDocs.jte", new Layout.Page("API", "/docs",
                List.of(new Layout.Alternate("/openapi.json", "application/json", "OpenAPI document")),
                List.of(swaggerUi + "/swagger-ui.css"), List.of(swaggerUi + "/swagger-ui-bundle.js", "/assets/api-docs.js")));
    }
}
