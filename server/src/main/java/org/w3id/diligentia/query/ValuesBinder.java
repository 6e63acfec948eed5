package org.w3id.diligentia.query;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Binds a list parameter: every inline {@code VALUES ?var { ... }} block of the query that has
 * exactly that one variable gets the given terms as its rows. Works on the parsed query, so the terms
 * are RDF nodes, never text.
 */
final class ValuesBinder {
    private ValuesBinder() {}

    static Query bind(Query query, Var var, List<Node> values) {
        int[] replaced = {0};
        ElementTransformCopyBase transform = new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                if (!data.getVars().equals(List.of(var)))
                    return data;
                replaced[0]++;
                ElementData rows = new ElementData();
                rows.add(var);
                for (Node value : values)
                    rows.add(BindingFactory.binding(var, value));
                return rows;
            }
        };
        Query bound = QueryTransformOps.transform(query, transform);
        if (replaced[0] == 0)
            throw new IllegalStateException("The query has no VALUES block for the list parameter ?" + var.getVarName());
        return bound;
    }
}
