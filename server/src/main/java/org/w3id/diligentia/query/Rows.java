package org.w3id.diligentia.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.diligentia.store.Table;

/**
 * Query results as plain values for JSON and CSV: IRIs as strings, numbers as numbers, booleans as
 * booleans, other literals as their lexical form; unbound variables are absent from a row's map.
 */
public final class Rows {
    private Rows() {}

    /** Every row as a map from variable to value, in projection order. */
    public static List<Map<String, Object>> of(Table table) {
        List<Map<String, Object>> out = new ArrayList<>(table.size());
        for (Binding row : table.rows()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String var : table.vars())
                Table.get(row, var).ifPresent(n -> map.put(var, value(n)));
            out.add(map);
        }
        return out;
    }

    /** A node as a plain value. */
    public static Object value(Node n) {
        if (n.isURI())
            return n.getURI();
        if (!n.isLiteral())
            return n.toString();
        String dt = n.getLiteralDatatypeURI();
        String lexical = n.getLiteralLexicalForm();
        try {
            if (XSDDatatype.XSDinteger.getURI().equals(dt) || XSDDatatype.XSDint.getURI().equals(dt)
                    || XSDDatatype.XSDlong.getURI().equals(dt))
                return Long.parseLong(lexical);
            if (XSDDatatype.XSDdecimal.getURI().equals(dt) || XSDDatatype.XSDdouble.getURI().equals(dt))
                return new BigDecimal(lexical).stripTrailingZeros();
            if (XSDDatatype.XSDboolean.getURI().equals(dt))
                return Boolean.parseBoolean(lexical);
        } catch (NumberFormatException e) {
            return lexical;
        }
        return lexical;
    }
}
