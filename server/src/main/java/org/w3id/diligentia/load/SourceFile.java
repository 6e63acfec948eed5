package org.w3id.diligentia.load;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.w3id.diligentia.vocab.Ids;

/**
 * One RDF source file: where it is on disk, its name in problems and graph names (for example
 * {@code data/states.ttl}, whatever folder {@code data/} was read from), and its syntax.
 */
public record SourceFile(Path path, String name, Lang lang) {

    /** The named graph that holds this file's triples. */
    public Node graph() {
        return Ids.fileGraph(name);
    }
}
