package org.w3id.diligentia.dataset;

import java.time.Instant;
import java.util.List;

/**
 * What the dataset description says, as values (for the HTML page and the downloads list): the
 * current version and when it was loaded, when the first version was, the sizes and partitions
 * computed from the store, the example resources, the downloads and the versions the store has held.
 */
public record DatasetSummary(String title, String description, String version, Instant modified, Instant issued,
                             String license, String uriSpace, String sparqlEndpoint, long triples, long entities,
                             List<Partition> classes, List<Partition> properties, List<String> examples,
                             List<DumpFile> dumps, List<VersionEntry> versions) {

    public DatasetSummary {
        classes = List.copyOf(classes);
        properties = List.copyOf(properties);
        examples = List.copyOf(examples);
        dumps = List.copyOf(dumps);
        versions = List.copyOf(versions);
    }

    /** A class with its number of instances, or a property with its number of statements. */
    public record Partition(String iri, long count) {}

    /** A version the store has held: its hash, date, size, and the version it revised (or null). */
    public record VersionEntry(String hash, Instant issued, long triples, String previous) {}
}
