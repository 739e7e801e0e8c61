#!/usr/bin/env python3
"""Drives a newsgraph SPARQL endpoint with independent clients: SPARQLWrapper
(SELECT in JSON and XML, GET and POST, ASK, CONSTRUCT) and rdflib's
SPARQLStore. Usage: sparql_clients.py ENDPOINT EXPECTED_PERSON
Prints one line per check; exits non-zero at the first failure."""

import sys

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import GET, JSON, POST, TURTLE, XML, SPARQLWrapper

NG = Namespace("https://newsgraph.org/ontology#")
PREFIXES = """PREFIX ng: <https://newsgraph.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
PEOPLE = PREFIXES + "SELECT ?name WHERE { ?p a ng:Person ; rdfs:label ?name } ORDER BY ?name"
WORKS_FOR = PREFIXES + "CONSTRUCT { ?p ng:worksFor ?o } WHERE { ?p ng:worksFor ?o }"


def check(what, condition, detail=""):
    if not condition:
        print(f"FAIL {what}: {detail}", flush=True)
        sys.exit(1)
    print(f"ok   {what}", flush=True)


def wrapper(endpoint, query, fmt, method=GET):
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    sparql.setTimeout(30)
    return sparql.query().convert()


def main():
    endpoint, person = sys.argv[1], sys.argv[2]

    # SELECT, JSON, GET and POST.
    for method in (GET, POST):
        data = wrapper(endpoint, PEOPLE, JSON, method)
        names = [b["name"]["value"] for b in data["results"]["bindings"]]
        check(f"SPARQLWrapper SELECT JSON {method}", person in names and names == sorted(names), names)

    # SELECT, XML: a DOM of the W3C results format.
    doc = wrapper(endpoint, PEOPLE, XML)
    literals = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    check("SPARQLWrapper SELECT XML", person in literals and literals == names, literals)

    # ASK, both answers.
    yes = wrapper(endpoint, PREFIXES + "ASK { ?p a ng:Person }", JSON)
    no = wrapper(endpoint, PREFIXES + "ASK { ?p a ng:NoSuchClass }", XML)
    no_value = no.getElementsByTagName("boolean")[0].firstChild.data
    check("SPARQLWrapper ASK", yes["boolean"] is True and no_value == "false", (yes, no_value))

    # CONSTRUCT: RDF/XML (parsed by SPARQLWrapper into an rdflib Graph) and Turtle.
    graph = wrapper(endpoint, WORKS_FOR, XML)
    check("SPARQLWrapper CONSTRUCT RDF/XML", isinstance(graph, Graph) and len(graph) >= 3, len(graph))
    turtle = wrapper(endpoint, WORKS_FOR, TURTLE)
    parsed = Graph().parse(data=turtle, format="turtle")
    check("SPARQLWrapper CONSTRUCT Turtle", set(parsed) == set(graph), (len(parsed), len(graph)))
    check("CONSTRUCT triples use ng:worksFor", all(p == NG.worksFor for _, p, _ in parsed))

    # rdflib's own SPARQL client, over the same endpoint.
    store = SPARQLStore(endpoint, returnFormat="xml")
    remote = Graph(store=store)
    rows = list(remote.query(PEOPLE))
    check("rdflib SPARQLStore SELECT", Literal(person) in [r[0] for r in rows], rows)
    check("rdflib SPARQLStore ASK", bool(remote.query(PREFIXES + "ASK { ?p a ng:Person }").askAnswer))
    constructed = remote.query(WORKS_FOR).graph
    check("rdflib SPARQLStore CONSTRUCT", constructed is not None and len(constructed) == len(graph),
          None if constructed is None else len(constructed))
    check("rdflib triples pattern", any(isinstance(s, URIRef) for s, _, _ in remote.triples((None, NG.worksFor, None))))

    # Errors reach the client as errors.
    try:
        wrapper(endpoint, "SELECT ?x WHERE { ?x", JSON)
        check("malformed query is an error", False, "no exception")
    except Exception as e:  # SPARQLWrapper raises QueryBadFormed for 400
        check("malformed query is an error", "QueryBadFormed" in type(e).__name__ or "400" in str(e), repr(e))
    print("all client checks passed")


if __name__ == "__main__":
    main()
