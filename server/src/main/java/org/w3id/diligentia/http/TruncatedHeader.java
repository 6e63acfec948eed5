package org.w3id.diligentia.http;

import org.w3id.diligentia.sparql.SparqlLimits;

import io.javalin.http.Context;

/**
 * The response header that says a list was cut at the row cap, {@code Diligentia-Truncated: true;
 * limit=N}, the same on the API as on {@code /sparql}; the API's list answers also carry a
 * {@code truncated} field.
 */
final class TruncatedHeader {
    static final String NAME = SparqlLimits.TRUNCATED_HEADER;

    private TruncatedHeader() {}

    static void set(Context ctx, int limit) {
        ctx.header(NAME, "true; limit=" + limit);
    }
}
