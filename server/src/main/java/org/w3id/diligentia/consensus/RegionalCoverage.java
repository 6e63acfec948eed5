package org.w3id.diligentia.consensus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The path from regional to global consensus on a question: the regional organizations that have
 * reached one of the given levels, and how many UN members they cover between them.
 */
public record RegionalCoverage(String question, LocalDate asOf, List<String> levels, List<MatrixCell> organizations,
                               int unMembers, int covered, BigDecimal share) {}
