package org.w3id.diligentia.consensus;

/** The level and counts of one scope on one question, for the consensus matrix. */
public record MatrixCell(String scope, String scopeLabel, String question, String level, Counts counts, String assessment) {}
