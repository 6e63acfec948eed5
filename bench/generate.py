#!/usr/bin/env python3
"""Synthetic but realistic Diligentia data at N times the shipped knowledge base.

Copies the shipped data/ and adds, deterministically (fixed seed):
  - organizations with an assembly that seats all members, a council of limited membership,
    and dated memberships of real States over decades (with some suspensions and withdrawals);
  - instruments adopted by those organs (collective positions from the assemblies by consensus,
    council positions that speak for nobody);
  - national documents of every real State over decades, each with positions on random questions,
    dates at day, month or year precision, some uncoded documents and a few undated positions.
The output is valid against ontology/shapes.ttl and the checks in queries/, so it loads with
`./diligentia load --data DIR`. Scale 1 adds nothing (it is the shipped data).

Usage: bench/generate.py --scale 100 --out /tmp/kb100 [--home .]
"""
import argparse
import os
import random
import re
import shutil

QUESTIONS = ["dd-applies", "dd-binding", "dd-constructive-knowledge", "dd-prevention", "dd-harm-threshold", "dd-capacity"]
STANCES = ["affirms", "affirms", "affirms", "rejects", "undecided"]
CONFIDENCE = ["low", "medium", "medium", "high"]
EVIDENCE = ["own-words-read", "secondary", "toolkit-classification"]
KINDS = ["national-position-paper", "speech", "un-statement", "strategy", "other"]

PREFIXES = """@prefix dil:  <https://w3id.org/diligentia/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix dct:  <http://purl.org/dc/terms/> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix id:   <https://w3id.org/diligentia/id/> .

"""

# Triples the shipped data adds per unit of scale, measured on the shipped knowledge base:
# source triples of data/ (about 15,000 since the research revision of 2026-12-03 added the UN
# regional groups, three organizations' memberships and silent readings; 9,500 before). Synthetic
# blocks below are sized against it.
SHIPPED_SOURCE_TRIPLES = 15000


def date_literal(rng, year):
    precision = rng.random()
    if precision < 0.6:
        return f'"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"^^xsd:date'
    if precision < 0.85:
        return f'"{year:04d}-{rng.randint(1, 12):02d}"^^xsd:gYearMonth'
    return f'"{year:04d}"^^xsd:gYear'


def instant(literal):
    kind = {"date": "time:inXSDDate", "gYearMonth": "time:inXSDgYearMonth", "gYear": "time:inXSDgYear"}
    datatype = literal.rsplit("xsd:", 1)[1]
    return f"[ a time:Instant ; {kind[datatype]} {literal} ]"


def real_states(home):
    text = open(os.path.join(home, "data", "states.ttl"), encoding="utf-8").read()
    return sorted(set(re.findall(r'dil:iso3 "([A-Z]{3})"', text)))


def organizations(rng, states, count, out):
    """count organizations, each with members, an assembly, a council, and collective positions."""
    triples = 0
    for i in range(count):
        oid = f"SYN-{i:05d}"
        founded = rng.randint(1950, 2010)
        members = rng.sample(states, rng.randint(8, 60))
        out.append(f'id:org\\/{oid} a dil:RegionalOrganization ; dil:orgId "{oid}" ; rdfs:label "Synthetic organization {i}"@en ;\n'
                   f'    dil:founded "{founded}"^^xsd:gYear .\n'
                   f'id:org\\/{oid}-ASSEMBLY a dil:Organ ; dil:orgId "{oid}-ASSEMBLY" ; rdfs:label "Assembly of synthetic organization {i}"@en ;\n'
                   f'    org:subOrganizationOf id:org\\/{oid} ; dil:seatsAllMembers true .\n'
                   f'id:org\\/{oid}-COUNCIL a dil:Organ ; dil:orgId "{oid}-COUNCIL" ; rdfs:label "Council of synthetic organization {i}"@en ;\n'
                   f'    org:subOrganizationOf id:org\\/{oid} ; dil:seatsAllMembers false .\n')
        triples += 17
        for n, iso3 in enumerate(members):
            start = rng.randint(founded, 2015)
            status, end = "member", None
            roll = rng.random()
            if roll < 0.05:
                status, end = "withdrawn", rng.randint(start + 1, 2024)
            out.append(membership(f"{oid}-{iso3}-1", iso3, oid, status, f'"{start}-{rng.randint(1, 12):02d}-01"^^xsd:date',
                                  None if end is None else f'"{end}-06-30"^^xsd:date'))
            triples += 11
            if status == "member" and roll > 0.95:
                s_from = rng.randint(max(start + 1, 2000), 2022)
                out.append(membership(f"{oid}-{iso3}-2", iso3, oid, "suspended", f'"{s_from}-03-01"^^xsd:date',
                                      f'"{s_from + 1}-03-01"^^xsd:date'))
                triples += 11
        for k in range(rng.randint(2, 8)):
            year = rng.randint(max(founded, 1990), 2025)
            organ = "ASSEMBLY" if rng.random() < 0.7 else "COUNCIL"
            key = f"{oid}-{organ}-{k}"
            date = date_literal(rng, year)
            out.append(instrument(key, f"id:org\\/{oid}-{organ}", "consensus", date, "declaration", "affirms-voluntary-norm", rng))
            triples += 11
            for q in rng.sample(QUESTIONS[:3], rng.randint(1, 2)):
                out.append(position(f"{key}-{q}", f"id:org\\/{oid}", q, rng.choice(STANCES), date, key, rng,
                                    organ=f"id:org\\/{oid}-{organ}"))
                triples += 12
    return triples


def national_documents(rng, states, target_triples, out):
    """Documents of real States over decades, each with positions on a few questions."""
    triples, n = 0, 0
    while triples < target_triples:
        iso3 = rng.choice(states)
        year = rng.randint(1995, 2025)
        key = f"SYN-{iso3}-{year}-{n}"
        n += 1
        undated = rng.random() < 0.01
        date = None if undated else date_literal(rng, year)
        uncoded = rng.random() < 0.3
        out.append(instrument(key, f"id:state\\/{iso3}", "unilateral", date, rng.choice(KINDS),
                              "uncoded" if uncoded else "binding-obligation", rng))
        triples += 11
        if uncoded:
            continue
        for q in rng.sample(QUESTIONS, rng.randint(1, 3)):
            out.append(position(f"{key}-{q}", f"id:state\\/{iso3}", q, rng.choice(STANCES), date, key, rng))
            triples += 11
    return triples


def membership(key, iso3, oid, status, start, end):
    ends = "" if end is None else f" ; time:hasEnd {instant(end)}"
    return (f"id:membership\\/{key} a dil:Membership ; org:member id:state\\/{iso3} ; org:organization id:org\\/{oid} ;\n"
            f"    dil:membershipStatus id:membership-status\\/{status} ; dct:source <https://example.org/synthetic> ;\n"
            f"    org:memberDuring [ a time:Interval ; time:hasBeginning {instant(start)}{ends} ] .\n")


def instrument(key, adopter, mode, date, kind, coding, rng):
    dated = "dil:dateUnknown true" if date is None else f"dct:date {date}"
    return (f"id:instrument\\/{key} a dil:Instrument ; dct:title \"Synthetic document {key}\" ;\n"
            f"    dil:instrumentKind id:instrument-kind\\/{kind} ; dil:adoptedBy {adopter} ; dil:adoptionMode id:adoption-mode\\/{mode} ;\n"
            f"    {dated} ; dil:legallyBinding false ; dct:source <https://example.org/{key}> ;\n"
            f"    dil:ddCoding id:dd-coding\\/{coding} ; dil:confidence id:confidence\\/{rng.choice(CONFIDENCE)} ;\n"
            f"    dil:evidence id:evidence\\/{rng.choice(EVIDENCE)} .\n")


def position(key, holder, question, stance, date, instrument_key, rng, organ=None):
    dated = "dil:dateUnknown true" if date is None else f"dct:date {date}"
    collective = "" if organ is None else f" ;\n    dil:adoptedIn {organ} ; dil:adoptionMode id:adoption-mode\\/consensus"
    return (f"id:position\\/{key} a dil:Position ; dil:holder {holder} ; dil:question id:question\\/{question} ;\n"
            f"    dil:stance id:stance\\/{stance} ; {dated} ; dil:instrument id:instrument\\/{instrument_key} ;\n"
            f"    dct:source <https://example.org/{instrument_key}> ; dil:evidence id:evidence\\/{rng.choice(EVIDENCE)} ;\n"
            f"    dil:confidence id:confidence\\/{rng.choice(CONFIDENCE)} ; dil:summary \"Synthetic position {key}\"{collective} .\n")


def write(path, chunks):
    with open(path, "w", encoding="utf-8") as f:
        f.write(PREFIXES)
        f.writelines(chunks)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, required=True, help="times the shipped knowledge base (1, 10, 100, 1000)")
    parser.add_argument("--out", required=True, help="data folder to write (replaced)")
    parser.add_argument("--home", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    shutil.copytree(os.path.join(args.home, "data"), args.out)
    extra = SHIPPED_SOURCE_TRIPLES * (args.scale - 1)
    if extra <= 0:
        print(f"scale {args.scale}: the shipped data only")
        return
    states = real_states(args.home)
    orgs = []
    org_triples = organizations(rng, states, max(1, args.scale * 2), orgs)
    os.makedirs(os.path.join(args.out, "synthetic"), exist_ok=True)
    write(os.path.join(args.out, "synthetic", "organizations.ttl"), orgs)
    docs = []
    doc_triples = national_documents(rng, states, max(0, extra - org_triples), docs)
    # Several files, as curators would keep them: one per thousand documents.
    chunk = 5000
    for i in range(0, len(docs), chunk):
        write(os.path.join(args.out, "synthetic", f"documents-{i // chunk:04d}.ttl"), docs[i:i + chunk])
    print(f"scale {args.scale}: about {org_triples + doc_triples} synthetic triples added "
          f"({args.scale * 2} organizations, {len(docs)} document and position blocks) in {args.out}")


if __name__ == "__main__":
    main()
