package org.w3id.diligentia.vocab;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes Diligentia writes and reads with: its own and the vocabularies it reuses. */
public final class Namespaces {
    private Namespaces() {}

    /** The standard prefixes, locked. */
    public static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("dil", DIL.NS)
            .setNsPrefix("dsh", "https://w3id.org/diligentia/shapes#")
            .setNsPrefix("id", Ids.ID)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dct", "http://purl.org/dc/terms/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("time", "http://www.w3.org/2006/time#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .setNsPrefix("void", "http://rdfs.org/ns/void#")
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("spdx", "http://spdx.org/rdf/terms#")
            .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#")
            .lock();
}
