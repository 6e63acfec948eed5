package org.w3id.diligentia.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Something that runs SPARQL queries with parameters substituted for variables (typed RDF terms,
 * never text) within limits: a {@link KnowledgeStore}, or a dataset being loaded.
 */
public interface QueryExecutor {

    Table select(Query query, Binding parameters, QueryLimits limits);

    Graph construct(Query query, Binding parameters, QueryLimits limits);

    boolean ask(Query query, Binding parameters, QueryLimits limits);
}
