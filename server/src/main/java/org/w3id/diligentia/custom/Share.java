package org.w3id.diligentia.custom;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A part of a whole, exactly ({@code fraction} "61/193", as the rules compare it) and rounded for
 * display ({@code value}, 4 decimals, like every ratio of the API; null over a whole of zero).
 */
public record Share(int count, int of, String fraction, BigDecimal value) {

    public static Share of(int count, int of) {
        BigDecimal value = of == 0 ? null
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new Share(count, of, count + "/" + of, value);
    }

    @Override
    public String toString() {
        return fraction;
    }
}
