"""Discover the Diligentia dataset with rdflib, as a VoID / DCAT consumer would.

Usage: python3 rdflib_void.py URL
  URL  the server's VoID description (http://localhost:PORT/.well-known/void)

rdflib chooses the Accept header; no format is given. Prints one JSON object: what rdflib got, the
SPARQL endpoint (void:sparqlEndpoint), the licence (dct:license), the dumps (void:dataDump) and, per
DCAT distribution, its download URL, media type, size and SHA-256, found with a SPARQL query over
the parsed graph.
"""
import json
import sys

import rdflib
from rdflib.parser import create_input_source

QUERY = """
PREFIX void: <http://rdfs.org/ns/void#>
PREFIX dcat: <http://www.w3.org/ns/dcat#>
PREFIX dct:  <http://purl.org/dc/terms/>
PREFIX spdx: <http://spdx.org/rdf/terms#>
SELECT ?download ?mediaType ?bytes ?sha256 WHERE {
  ?dataset a void:Dataset , dcat:Dataset ; dcat:distribution ?d .
  ?d dcat:downloadURL ?download ; dcat:mediaType ?mediaType ; dcat:byteSize ?bytes ;
     spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sha256 ] .
}
ORDER BY ?download
"""

VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")


def main(url):
    source = create_input_source(location=url)
    graph = rdflib.Graph()
    graph.parse(url)
    datasets = list(graph.subjects(rdflib.RDF.type, VOID.Dataset))
    dataset = datasets[0]
    print(json.dumps({
        "rdflib": rdflib.__version__,
        "contentType": source.content_type,
        "triples": len(graph),
        "dataset": str(dataset),
        "sparqlEndpoint": [str(o) for o in graph.objects(dataset, VOID.sparqlEndpoint)],
        "license": [str(o) for o in graph.objects(dataset, DCT.license)],
        "dataDumps": sorted(str(o) for o in graph.objects(dataset, VOID.dataDump)),
        "distributions": [{"download": str(r.download), "mediaType": str(r.mediaType), "bytes": int(r.bytes),
                           "sha256": str(r.sha256)} for r in graph.query(QUERY)],
    }))


if __name__ == "__main__":
    main(sys.argv[1])
