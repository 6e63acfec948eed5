package org.w3id.diligentia.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A parsed query with parameters substituted, made fit to send as text. Substitution rewrites the
 * syntax tree (as in-process execution does); a tree can then hold what SPARQL syntax cannot
 * write, so it is mended before it is serialized, without changing its answers:
 * <ul>
 * <li>a sort key that became a constant (ordering by {@code ?question} with {@code ?question}
 * bound) is dropped: it orders nothing differently, and Jena writes it as a bare term that no
 * parser reads back;</li>
 * <li>a group key that became a constant ({@code GROUP BY (<q> AS ?question)} next to
 * {@code SELECT (<q> AS ?question)}, which the grammar forbids) loses its name, or is dropped when
 * other keys remain: a constant key splits no group;</li>
 * <li>a subquery no longer projects a variable that became a constant ({@code (<q> AS ?question)}):
 * every use of the variable outside it is the constant now, so nothing joins on it, and the
 * enclosing query may assign the same name, which the grammar forbids while the subquery's is in
 * scope.</li>
 * </ul>
 * The text is parsed again before it leaves, so a tree that still cannot be written fails here,
 * naming the query, not at the store.
 */
final class BoundQueryText {
    private BoundQueryText() {}

    static Query of(Query query, Binding parameters) {
        Query bound = query;
        if (!parameters.isEmpty()) {
            Map<Var, Node> values = new HashMap<>();
            parameters.forEach(values::put);
            bound = QueryTransformOps.replaceVars(query, values);
            mendConstantKeys(bound, true);
        }
        String text = bound.serialize(Syntax.syntaxARQ);
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new IllegalStateException("A bound query cannot be written as SPARQL text (" + e.getMessage() + "):\n" + text, e);
        }
    }

    private static void mendConstantKeys(Query query, boolean top) {
        if (query.hasOrderBy())
            query.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        VarExprList groups = query.getGroupBy();
        List<Var> constant = groups.getVars().stream().filter(v -> groups.hasExpr(v) && groups.getExpr(v).isConstant()).toList();
        if (!constant.isEmpty()) {
            Expr first = groups.getExpr(constant.get(0));
            constant.forEach(groups::remove);
            if (groups.isEmpty())
                query.addGroupBy(first);
        }
        VarExprList projected = query.getProject();
        if (!top && !query.isQueryResultStar()) {
            List<Var> constants = projected.getVars().stream().filter(v -> projected.hasExpr(v) && projected.getExpr(v).isConstant()).toList();
            if (constants.size() < projected.size())
                constants.forEach(projected::remove);
        }
        if (query.getQueryPattern() != null)
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementSubQuery el) {
                    mendConstantKeys(el.getQuery(), false);
                }
            });
    }
}
