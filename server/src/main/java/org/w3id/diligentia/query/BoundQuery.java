package org.w3id.diligentia.query;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A canned query ready to run: the parsed query (with list parameters bound into its VALUES blocks),
 * the typed terms to substitute for its other parameters, and the arguments as understood (defaults
 * filled in), which the API echoes back to the client.
 */
public record BoundQuery(CannedQuery source, Query query, Binding parameters, QueryArgs args) {}
