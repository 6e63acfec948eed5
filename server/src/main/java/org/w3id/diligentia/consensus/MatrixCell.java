package org.w3id.diligentia.consensus;

import java.math.BigDecimal;

/** The level, counts and coverage (known / members, null for an empty scope) of one scope on one question, for the consensus matrix. */
public record MatrixCell(String scope, String scopeLabel, String question, String level, Counts counts, BigDecimal coverage,
                         String assessment) {}
