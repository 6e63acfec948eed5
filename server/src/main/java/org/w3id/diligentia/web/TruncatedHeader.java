package org.w3id.diligentia.web;

import io.javalin.http.Context;

/**
 * The response header that says a list was cut at the row cap, {@code Diligentia-Truncated: true;
 * limit=N}, the same on the API as on {@code /sparql}; the API's list answers also carry a
 * {@code truncated} field.
 */
public final class TruncatedHeader {
    /** The header that says a result was cut at the cap: {@code true; limit=N}. */
    public static final String NAME = "Diligentia-Truncated";

    private TruncatedHeader() {}

    public static void set(Context ctx, int limit) {
        ctx.header(NAME, "true; limit=" + limit);
    }
}
