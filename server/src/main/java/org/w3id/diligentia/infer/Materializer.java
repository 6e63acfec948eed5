package org.w3id.diligentia.infer;

import java.time.LocalDate;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.diligentia.store.LocalQueryExecutor;

/**
 * A load step that derives triples from what was loaded and writes them into a named graph, with
 * their provenance. Runs inside the load's write transaction, after parsing and validation; the
 * dataset's default graph is the union of everything written so far.
 */
public interface Materializer {

    /** A short name for progress logs ("inference rules", "consensus assessments"). */
    String name();

    /** Text that identifies what this step computes (its queries), folded into the content hash. */
    String fingerprint();

    /** Derives and adds triples; returns how many were added. */
    long materialize(DatasetGraph dataset, LocalQueryExecutor queries, LocalDate loadDate);
}
