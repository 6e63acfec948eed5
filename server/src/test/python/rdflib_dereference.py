"""Dereference a Diligentia identifier with rdflib, as a linked-data client would.

Usage: python3 rdflib_dereference.py URL IRI
  URL  where to fetch it (http://localhost:PORT/id/state/FRA)
  IRI  the canonical IRI the description is about (https://w3id.org/diligentia/id/state/FRA)

rdflib chooses the Accept header and follows the 303 itself; no format is given. Prints one JSON
object: what rdflib asked for and got, the resource's labels and its memberships, and whether the
same description read as JSON-LD (with the published context, fetched by rdflib) and with a format
hint for Turtle and N-Triples is the same graph.
"""
import json
import sys

import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS, Namespace
from rdflib.parser import create_input_source

ORG = Namespace("http://www.w3.org/ns/org#")


def main(url, iri):
    source = create_input_source(location=url)
    graph = rdflib.Graph()
    graph.parse(url)
    subject = rdflib.URIRef(iri)
    memberships = sorted(str(m) for m in graph.subjects(ORG.member, subject))
    same = {}
    for fmt in ("json-ld", "turtle", "nt"):
        other = rdflib.Graph()
        other.parse(url, format=fmt)
        same[fmt] = isomorphic(graph, other)
    print(json.dumps({
        "rdflib": rdflib.__version__,
        "contentType": source.content_type,
        "finalUrl": source.url,
        "triples": len(graph),
        "labels": sorted(str(label) for label in graph.objects(subject, RDFS.label)),
        "memberships": memberships,
        "membershipLabels": sorted(str(graph.value(rdflib.URIRef(m), RDFS.label)) for m in memberships),
        "sameGraphIn": same,
    }, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
