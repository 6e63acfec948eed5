package org.w3id.diligentia.consensus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A date on which a scope's level or counts on a question changed, and what they became. */
public record TimelinePoint(LocalDate date, String level, Counts counts, BigDecimal coverage) {

    public TimelinePoint(LocalDate date, String level, Counts counts) {
        this(date, level, counts, counts.coverage());
    }
}
