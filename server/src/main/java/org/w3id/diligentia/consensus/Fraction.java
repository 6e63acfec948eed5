package org.w3id.diligentia.consensus;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.apache.jena.graph.Node;

/**
 * An exact, non-negative rational threshold, with its text ("2/3", "0.1"). Ratios are compared
 * with it by cross-multiplication, so "support >= 2/3" holds for exactly two members in three, which
 * no decimal could express. A ratio with a zero denominator is undefined and satisfies no comparison.
 */
public record Fraction(BigInteger numerator, BigInteger denominator, String text) {
    public static final String OWL_RATIONAL = "http://www.w3.org/2002/07/owl#rational";

    public Fraction {
        if (denominator.signum() <= 0 || numerator.signum() < 0)
            throw new IllegalArgumentException("Not a non-negative fraction: " + numerator + "/" + denominator);
    }

    /** Reads a threshold literal: an owl:rational ("2/3") or any number (xsd:decimal "0.10"). */
    public static Fraction of(Node literal) {
        String lexical = literal.getLiteralLexicalForm().strip();
        try {
            if (OWL_RATIONAL.equals(literal.getLiteralDatatypeURI())) {
                int slash = lexical.indexOf('/');
                if (slash < 0)
                    return new Fraction(new BigInteger(lexical), BigInteger.ONE, lexical);
                return new Fraction(new BigInteger(lexical.substring(0, slash).strip()),
                        new BigInteger(lexical.substring(slash + 1).strip()), lexical);
            }
            BigDecimal d = new BigDecimal(lexical).stripTrailingZeros();
            String text = d.toPlainString();
            return d.scale() <= 0
                    ? new Fraction(d.toBigIntegerExact(), BigInteger.ONE, text)
                    : new Fraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()), text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Not a threshold: " + literal, e);
        }
    }

    /** {@code part / whole >= this}. */
    public boolean ratioAtLeast(long part, long whole) {
        return whole > 0 && compareRatio(part, whole) >= 0;
    }

    /** {@code part / whole <= this}. */
    public boolean ratioAtMost(long part, long whole) {
        return whole > 0 && compareRatio(part, whole) <= 0;
    }

    /** {@code part / whole < this}. */
    public boolean ratioBelow(long part, long whole) {
        return whole > 0 && compareRatio(part, whole) < 0;
    }

    private int compareRatio(long part, long whole) {
        return BigInteger.valueOf(part).multiply(denominator).compareTo(numerator.multiply(BigInteger.valueOf(whole)));
    }

    @Override
    public String toString() {
        return text;
    }
}
