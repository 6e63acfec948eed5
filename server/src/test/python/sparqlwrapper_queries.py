"""Query a Diligentia SPARQL endpoint with SPARQLWrapper: SELECT and CONSTRUCT, by GET and POST, in its formats.

Usage: python3 sparqlwrapper_queries.py ENDPOINT
Prints one JSON object with what each query returned.
"""
import json
import sys

# JSON-LD is left out: SPARQLWrapper 1.8 refuses it unless the old rdflib-jsonld plugin is installed.
from SPARQLWrapper import CSV, GET, JSON, N3, POST, RDFXML, TURTLE, XML, SPARQLWrapper

STATES = """
PREFIX dil:  <https://w3id.org/diligentia/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?state ?name WHERE { ?state a dil:State ; dil:iso3 ?code ; rdfs:label ?name } ORDER BY ?code
"""

LABELS = """
PREFIX dil:  <https://w3id.org/diligentia/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?state rdfs:label ?name } WHERE { ?state a dil:State ; rdfs:label ?name }
"""


def select(endpoint, method):
    sparql = SPARQLWrapper(endpoint)
    sparql.setMethod(method)
    sparql.setQuery(STATES)
    sparql.setReturnFormat(JSON)
    result = sparql.query().convert()
    return [{"state": b["state"]["value"], "name": b["name"]["value"]} for b in result["results"]["bindings"]]


def select_xml_and_csv(endpoint):
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(STATES)
    sparql.setReturnFormat(XML)
    document = sparql.query().convert()  # an xml.dom.minidom document
    uris = [node.firstChild.nodeValue for node in document.getElementsByTagName("uri")]
    sparql.setReturnFormat(CSV)
    csv = sparql.query().convert().decode("utf-8")
    return {"xml": uris, "csvLines": len(csv.strip().splitlines())}


def construct(endpoint, method, fmt):
    sparql = SPARQLWrapper(endpoint)
    sparql.setMethod(method)
    sparql.setQuery(LABELS)
    sparql.setReturnFormat(fmt)
    result = sparql.query().convert()
    if fmt in (TURTLE, N3):  # SPARQLWrapper returns the text; read it with rdflib
        import rdflib
        graph = rdflib.Graph()
        graph.parse(data=result, format="turtle" if fmt == TURTLE else "n3")
        result = graph
    return sorted("%s %s" % (s, o) for s, _, o in result)


def main(endpoint):
    print(json.dumps({
        "selectGet": select(endpoint, GET),
        "selectPost": select(endpoint, POST),
        "constructRdfXml": construct(endpoint, GET, RDFXML),
        "constructTurtle": construct(endpoint, POST, TURTLE),
        "constructN3": construct(endpoint, GET, N3),
        "selectXmlAndCsv": select_xml_and_csv(endpoint),
    }, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
