package org.w3id.diligentia.query;

import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A canned query ready to run: the parsed query (with list parameters bound into its VALUES blocks),
 * the typed terms to substitute for its other parameters, and the parameter values as understood
 * (defaults filled in), to echo back to the client.
 */
public record BoundQuery(CannedQuery source, Query query, Binding parameters, Map<String, String> values) {}
