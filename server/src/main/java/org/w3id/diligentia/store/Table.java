package org.w3id.diligentia.store;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.diligentia.error.ServiceUnavailableException;

/**
 * The materialized result of a SELECT: its variables in projection order, its rows, and whether
 * the row cap cut it short. A listing passes the flag on to its client; a computation asks for
 * {@link #complete} rows.
 */
public record Table(List<String> vars, List<Binding> rows, boolean truncated) {
    public Table {
        vars = List.copyOf(vars);
        rows = List.copyOf(rows);
    }

    /**
     * The rows of {@code rows}, at most {@code cap} (copied: a TDB2 binding resolves its nodes lazily,
     * so it must be read while its transaction is open), and whether there were more.
     */
    public static Table read(RowSet rows, int cap) {
        List<String> vars = rows.getResultVars().stream().map(Var::getVarName).toList();
        Capped<Binding> kept = Capped.take(rows, cap, BindingFactory::copy);
        return new Table(vars, kept.items(), kept.truncated());
    }

    /** The rows, each to be read by variable name. */
    public List<Row> readRows() {
        return rows.stream().map(Row::new).toList();
    }

    public int size() {
        return rows.size();
    }

    /**
     * This table, for a computation that needs every row (counts, an assessment, a page): one cut
     * at the row cap would give a wrong answer silently, so it is refused instead.
     *
     * @throws ServiceUnavailableException naming {@code what} if the table was truncated
     */
    public Table complete(String what) {
        if (truncated)
            throw cut(rows.size(), what);
        return this;
    }

    /** The refusal of an answer that needs more than the {@code rows} a capped result of {@code what} holds. */
    public static ServiceUnavailableException cut(int rows, String what) {
        return new ServiceUnavailableException("The answer needs more than " + rows + " rows of " + what
                + ", the row cap of this server (max-rows); it cannot be computed from part of them.");
    }

    /** The value of {@code var} in {@code row}, if bound. */
    public static Optional<Node> get(Binding row, String var) {
        return Optional.ofNullable(row.get(Var.alloc(var)));
    }
}
