package org.w3id.diligentia.store;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The materialized result of a SELECT: its variables in projection order, its rows, and whether
 * the row cap cut it short.
 */
public record Table(List<String> vars, List<Binding> rows, boolean truncated) {
    public Table {
        vars = List.copyOf(vars);
        rows = List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    /** The value of {@code var} in {@code row}, if bound. */
    public static Optional<Node> get(Binding row, String var) {
        return Optional.ofNullable(row.get(Var.alloc(var)));
    }
}
