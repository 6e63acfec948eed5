package org.w3id.diligentia.http;

import java.util.Optional;

import org.w3id.diligentia.error.ServiceUnavailableException;
import org.w3id.diligentia.html.Layout;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;

import io.javalin.http.Context;

/**
 * Every answer names the dataset version it was computed from, as a link: before a request, the
 * version it reads is set for the pages rendered on its thread (their footer links to it); after, a
 * {@code Link: </id/version/{hash}>; rel="http://www.w3.org/ns/prov#wasDerivedFrom"} header is added
 * beside any other {@code Link} the handler set. (Runs inside the request's pinned version, see
 * {@link org.w3id.diligentia.web.OneVersionPerRequest}; the version is known without a read.) An
 * answer while the store cannot be reached gets no link: the link never turns an answer into an error.
 */
final class VersionLinks {
    /** The relation of an answer to the dataset version it was computed from (PROV-O, an extension relation type). */
    static final String REL = "http://www.w3.org/ns/prov#wasDerivedFrom";

    private final KnowledgeStore store;

    VersionLinks(KnowledgeStore store) {
        this.store = store;
    }

    void before(Context ctx) {
        Layout.computedFrom(version().orElse(null));
    }

    void after(Context ctx) {
        try {
            version().ifPresent(v -> ctx.res().addHeader("Link", link(v)));
        } finally {
            Layout.computedFrom(null);
        }
    }

    /** The version the store holds; empty when it holds none or cannot be reached (the handler says so). */
    private Optional<String> version() {
        try {
            DatasetInfo info = store.info();
            return info.isEmpty() ? Optional.empty() : Optional.of(info.version());
        } catch (ServiceUnavailableException e) {
            return Optional.empty();
        }
    }

    /** The {@code Link} header value naming {@code version}. */
    static String link(String version) {
        return "</id/version/" + version + ">; rel=\"" + REL + "\"; title=\"dataset version " + version + "\"";
    }
}
