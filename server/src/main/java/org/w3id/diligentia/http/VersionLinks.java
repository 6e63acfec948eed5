package org.w3id.diligentia.http;

import org.w3id.diligentia.html.Layout;
import org.w3id.diligentia.store.KnowledgeStore;

import io.javalin.http.Context;

/**
 * Every answer names the dataset version it was computed from, as a link: before a request, the
 * version it reads is set for the pages rendered on its thread (their footer links to it); after, a
 * {@code Link: </id/version/{hash}>; rel="http://www.w3.org/ns/prov#wasDerivedFrom"} header is added
 * beside any other {@code Link} the handler set. (Runs inside the request's pinned version, see
 * {@link org.w3id.diligentia.web.OneVersionPerRequest}.)
 */
final class VersionLinks {
    /** The relation of an answer to the dataset version it was computed from (PROV-O, an extension relation type). */
    static final String REL = "http://www.w3.org/ns/prov#wasDerivedFrom";

    private final KnowledgeStore store;

    VersionLinks(KnowledgeStore store) {
        this.store = store;
    }

    void before(Context ctx) {
        Layout.computedFrom(store.info().isEmpty() ? null : store.info().version());
    }

    void after(Context ctx) {
        try {
            if (!store.info().isEmpty())
                ctx.res().addHeader("Link", link(store.info().version()));
        } finally {
            Layout.computedFrom(null);
        }
    }

    /** The {@code Link} header value naming {@code version}. */
    static String link(String version) {
        return "</id/version/" + version + ">; rel=\"" + REL + "\"; title=\"dataset version " + version + "\"";
    }
}
