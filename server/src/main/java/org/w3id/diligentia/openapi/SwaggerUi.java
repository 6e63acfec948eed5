package org.w3id.diligentia.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the Swagger UI WebJar ({@code org.webjars:swagger-ui}) puts its files: Javalin serves the
 * jar's {@code META-INF/resources/webjars} under {@code /webjars}, in a folder named by the version.
 */
public final class SwaggerUi {
    private static final String POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private SwaggerUi() {}

    /** The path of the WebJar's files on this server, such as {@code /webjars/swagger-ui/5.34.1}. */
    public static String basePath() {
        try (InputStream in = SwaggerUi.class.getResourceAsStream(POM)) {
            if (in == null)
                throw new IllegalStateException("The Swagger UI WebJar is not on the classpath (" + POM + ")");
            Properties p = new Properties();
            p.load(in);
            return "/webjars/swagger-ui/" + p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
