package org.w3id.diligentia.linkeddata;

import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryCatalog;

/** Looks up the canned queries the linked-data services run, failing at start-up if one is missing. */
final class LinkedDataQueries {
    private LinkedDataQueries() {}

    static CannedQuery require(QueryCatalog catalog, String name) {
        return catalog.get(name).orElseThrow(() ->
                new IllegalStateException("The canned query '" + name + "' is missing from queries/"));
    }
}
