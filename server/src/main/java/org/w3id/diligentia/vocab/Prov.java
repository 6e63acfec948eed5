package org.w3id.diligentia.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of PROV-O (https://www.w3.org/TR/prov-o/) that Diligentia writes: where a derived statement comes from. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI(NS + "wasDerivedFrom");
    public static final Node GENERATED_AT_TIME = NodeFactory.createURI(NS + "generatedAtTime");

    private Prov() {}
}
