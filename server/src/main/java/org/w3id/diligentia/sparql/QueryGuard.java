package org.w3id.diligentia.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.aggregate.AggCustom;

/**
 * Checks a query before it runs, for what SPARQL syntax allows but this endpoint refuses:
 * <ul>
 * <li>nesting deeper than {@value #MAX_NESTING} brackets, checked on the text before parsing:
 * the parser and the evaluator recurse, and a query of a few kilobytes could exhaust the stack;
 * <li>{@code SERVICE} (federated query): no query makes this server send a request anywhere.
 * The endpoint's context disables it too, but {@code SERVICE SILENT} would then answer an empty
 * row instead of saying so;
 * <li>function and property-function IRIs in the {@code java:} scheme: ARQ resolves such an IRI by
 * loading (and initializing) the named class from the classpath, so a query could run static
 * initializers of any class the server ships; only the functions ARQ registers by name are offered.
 * </ul>
 * ({@code FROM} and {@code FROM NAMED} only select named graphs of the dataset, never a file or a
 * URL, and updates never reach the query operation.)
 */
final class QueryGuard {
    private static final String JAVA_SCHEME = "java:";
    static final int MAX_NESTING = 200;

    private QueryGuard() {}

    /** A refused query: the HTTP status and a message for the client. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /**
     * The nesting of brackets ({@code { ( [}) in a query's text, outside strings and comments.
     *
     * @throws Refused (400) if deeper than {@value #MAX_NESTING}
     */
    static void checkNesting(String text) {
        int depth = 0;
        int max = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '#' -> {
                    while (i < n && text.charAt(i) != '\n')
                        i++;
                }
                case '"', '\'' -> i = endOfString(text, i);
                case '{', '(', '[' -> max = Math.max(max, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        if (max > MAX_NESTING)
            throw new Refused(400, "The query is nested too deeply: " + max + " levels of brackets, at most " + MAX_NESTING + ".");
    }

    /** The index of the last character of the string literal starting at {@code start} (short or long form). */
    private static int endOfString(String text, int start) {
        char quote = text.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, start)) {
            int end = text.indexOf(triple, start + 3);
            return end < 0 ? text.length() : end + 2;
        }
        for (int i = start + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\')
                i++;
            else if (ch == quote || ch == '\n')
                return i;
        }
        return text.length();
    }

    /**
     * Checks a parsed query.
     *
     * @throws Refused (422) if it uses {@code SERVICE}; (400) if it uses a {@code java:} IRI as a
     *     function or predicate
     */
    static void check(Query query) {
        if (query.getQueryPattern() == null)
            return;
        Op op = Algebra.compile(query);
        Walker.walk(op, new Predicates(), new Functions());
    }

    private static void refuse(String iri, String what) {
        if (iri != null && iri.regionMatches(true, 0, JAVA_SCHEME, 0, JAVA_SCHEME.length()))
            throw new Refused(400, "The query uses <" + iri + "> as a " + what + "; IRIs in the java: scheme "
                    + "(classes loaded by name) are not allowed here. Use the standard SPARQL functions, or ARQ's (afn:, apf:).");
    }

    private static void refuseNode(Node node) {
        if (node != null && node.isURI())
            refuse(node.getURI(), "predicate or property function");
    }

    /** Predicates of triple patterns (a property function is one of them), and SERVICE. */
    private static final class Predicates extends OpVisitorBase {
        @Override
        public void visit(OpService service) {
            throw new Refused(422, "SERVICE (federated query) is disabled on this endpoint: a query cannot make this server "
                    + "send a request" + (service.getService().isURI() ? " (here to <" + service.getService().getURI() + ">)" : "") + ".");
        }

        @Override
        public void visit(OpBGP bgp) {
            bgp.getPattern().forEach(t -> refuseNode(t.getPredicate()));
        }

        @Override
        public void visit(OpTriple op) {
            Triple t = op.getTriple();
            refuseNode(t.getPredicate());
        }

        @Override
        public void visit(OpPath op) {
            // A property function is only ever a simple predicate; a complex path merely matches IRIs.
            TriplePath tp = op.getTriplePath();
            if (tp.getPredicate() != null)
                refuseNode(tp.getPredicate());
        }
    }

    /** Calls of functions and custom aggregates by IRI. */
    private static final class Functions extends ExprVisitorBase {
        @Override
        public void visit(ExprFunctionN func) {
            refuse(func.getFunctionIRI(), "function");
        }

        @Override
        public void visit(ExprAggregator agg) {
            if (agg.getAggregator() instanceof AggCustom custom)
                refuse(custom.getIRI(), "aggregate");
        }
    }
}
