package org.w3id.diligentia.html;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page templates ({@code server/src/main/jte/}): generated into Java classes of this package at
 * build time ({@code jte-maven-plugin}, goal {@code generate}) and compiled with the server, so
 * nothing is compiled at run time. Every template is HTML content: each {@code ${...}} is escaped for
 * the place it stands in (text or attribute value), and a template cannot put a value in a tag or
 * attribute name.
 */
final class Templates {
    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, Templates.class.getPackageName());

    private Templates() {}

    /** The output of the template {@code name} (a file name under src/main/jte) for its one parameter. */
    static String render(String name, Object model) {
        StringOutput out = new StringOutput(16384);
        ENGINE.render(name, model, out);
        return out.toString();
    }

    /** The template {@code name} for its one parameter, to be written into another template. */
    static Content content(String name, Object model) {
        return output -> ENGINE.render(name, model, output);
    }
}
