package org.w3id.diligentia.config;

import java.net.URI;
import java.util.Optional;

/**
 * Where a remote SPARQL 1.1 store answers: its query endpoint (the service reads through it), and
 * its Graph Store Protocol endpoint (loading writes through it). Either may be absent: a server
 * with only a query endpoint is read-only, a {@code load} with only a GSP endpoint only writes.
 * {@link #NONE} (neither) means the embedded store.
 *
 * @param query      SPARQL 1.1 query endpoint, such as {@code http://fuseki:3030/ds/sparql}
 * @param graphStore SPARQL 1.1 Graph Store HTTP Protocol endpoint, such as {@code http://fuseki:3030/ds/data}
 */
public record RemoteEndpoints(Optional<URI> query, Optional<URI> graphStore) {
    public static final RemoteEndpoints NONE = new RemoteEndpoints(Optional.empty(), Optional.empty());

    public RemoteEndpoints {
        query.ifPresent(RemoteEndpoints::requireHttp);
        graphStore.ifPresent(RemoteEndpoints::requireHttp);
    }

    public RemoteEndpoints withQuery(URI endpoint) {
        return new RemoteEndpoints(Optional.of(endpoint), graphStore);
    }

    public RemoteEndpoints withGraphStore(URI endpoint) {
        return new RemoteEndpoints(query, Optional.of(endpoint));
    }

    public boolean isNone() {
        return query.isEmpty() && graphStore.isEmpty();
    }

    private static void requireHttp(URI uri) {
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme)))
            throw new IllegalArgumentException("An endpoint must be an absolute http or https URL, got '" + uri + "'");
    }
}
