package org.w3id.diligentia.interval;

import java.time.LocalDate;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Reads the typed values of the interval input queries' rows. */
final class Rows {
    private Rows() {}

    static Node node(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        if (n == null)
            throw new IllegalStateException("Unbound ?" + var + " in " + row);
        return n;
    }

    static Node nodeOrNull(Binding row, String var) {
        return row.get(Var.alloc(var));
    }

    static String text(Binding row, String var) {
        Node n = node(row, var);
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    static LocalDate date(Binding row, String var) {
        return LocalDate.parse(node(row, var).getLiteralLexicalForm());
    }

    static LocalDate dateOrNull(Binding row, String var) {
        Node n = nodeOrNull(row, var);
        return n == null ? null : LocalDate.parse(n.getLiteralLexicalForm());
    }

    static int integer(Binding row, String var) {
        return Integer.parseInt(node(row, var).getLiteralLexicalForm().strip());
    }
}
