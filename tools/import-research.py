#!/usr/bin/env python3
"""One-time import of the sourced research CSVs into the curated Turtle files under data/.

Usage:  tools/import-research.py RESEARCH_DIR [DATA_DIR]

RESEARCH_DIR holds states.csv, organizations.csv, memberships.csv, instruments.csv and
national-positions.csv (see its README.md); DATA_DIR defaults to data/ next to this script's
parent. The files it writes are, from then on, the hand-edited product: curators edit data/,
not the CSVs, and nothing at build, run or test time reads the research files or runs this
script. Rerunning it overwrites data/ (use git diff to review).

Everything a CSV cannot express (organs, adoption modes, the CAP's position date, the EU
declaration's conservative coding, unknown-date handling) lives in the small tables below, each
entry with the note or research file it rests on. Standard library only.
"""

import csv
import os
import re
import sys
import textwrap

# ---------------------------------------------------------------------------------------------
# Namespaces
# ---------------------------------------------------------------------------------------------

ID = "https://w3id.org/diligentia/id/"
PREFIXES = [
    ("dil", "https://w3id.org/diligentia/ontology#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("time", "http://www.w3.org/2006/time#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("state", ID + "state/"),
    ("orgid", ID + "org/"),
    ("membership", ID + "membership/"),
    ("instrument", ID + "instrument/"),
    ("position", ID + "position/"),
    ("q", ID + "question/"),
    ("st", ID + "stance/"),
    ("conf", ID + "confidence/"),
    ("ev", ID + "evidence/"),
    ("ms", ID + "membership-status/"),
    ("am", ID + "adoption-mode/"),
    ("ik", ID + "instrument-kind/"),
    ("ddc", ID + "dd-coding/"),
    ("un", ID + "un-status/"),
]

GENERATED_NOTE = """# Generated once by tools/import-research.py from the research files (RESEARCH_DIR,
# see data/README.md). From now on this file is hand-edited: change it here, not in the CSVs,
# then run ./diligentia validate."""

# Research source used for membership rows without a start date: the CIA-derived snapshot
# (RESEARCH_DIR/organizations-notes.md, sections 2 and 4: "derived from CIA World Factbook Appendix B, ~Jan 2020").
CIA_SNAPSHOT = ("https://github.com/dieghernan/Country-Codes-and-International-Organizations/blob/"
                "3a7203aa5fa6085ef0f472691c41feb309446272/outputs/CountrycodesOrgs.csv")
CIA_SNAPSHOT_DATE = "2020-01"

# ---------------------------------------------------------------------------------------------
# Curator decisions: organizations and organs
# ---------------------------------------------------------------------------------------------

ORG_CLASS = {
    "regional-organization": "dil:RegionalOrganization",
    "global-organization": "dil:GlobalOrganization",
    "un-body": "dil:UNBody",
    "intergovernmental-process": "dil:IntergovernmentalProcess",
}

# organizations.csv rows whose url is the organization's own site (foaf:homepage); for the others
# the url is a page about the body and becomes dct:source only.
HOMEPAGE_ORGS = {"UN", "UNGA", "EU", "OAS", "AU", "ASEAN", "OSCE", "COE", "COMMONWEALTH", "PIF"}

# UN bodies of organizations.csv: whether every UN member sits in them (organizations.csv notes).
UN_BODY_SEATS = {
    "UNGA": (True, "Plenary organ: all UN members sit in it (organizations.csv notes)."),
    "UNGGE": (False, "Limited-membership groups of 15 to 25 experts (organizations.csv notes, UNIDIR fact sheet); its reports speak for the group only."),
    "OEWG_2019": (True, "Open-ended: open to all UN members (organizations.csv notes)."),
    "OEWG_2021": (True, "An open-ended working group (its name), the successor of OEWG_2019, which the research records as open to all UN members; its reports were agreed by consensus of the participating States (organizations-notes.md section 3)."),
    "UN_GLOBAL_MECHANISM": (None, "Participation not described in the research files; dil:seatsAllMembers left unstated (no instrument of it is recorded)."),
}

# Organs and other actors the instruments need, which organizations.csv does not list.
ORGANS = [
    dict(id="EU-COUNCIL", label="Council of the European Union", acronym="Council",
         classes=["dil:Organ"], parent="EU", seats=True, qid="Q8896",
         note="The member governments meeting in the Council (organizations-notes.md section 3: the 2017 conclusions are the Council's, 'i.e. all member governments'); it approved the 2024 declaration of the EU and its Member States. Wikidata QID from the EU row of organizations.csv.",
         sources=["https://eucyberdirect.eu/atlas/sources/council-conclusions-on-the-cyber-diplomacy-toolbox",
                  "https://hoganlovells.com/en/publications/eu-council-approves-a-declaration-on-the-application-of-international-law-to-cyberspace"]),
    dict(id="AU-ASSEMBLY", label="Assembly of the African Union", acronym="AU Assembly",
         classes=["dil:Organ"], parent="AU", seats=True,
         note="The AU's plenary organ of all member States; it endorsed the Common African Position at its 37th ordinary session (17-18 February 2024) and adopted the Malabo Convention (research README; organizations-notes.md section 3).",
         sources=["https://akb.au.int/handle/AKB/96717",
                  "https://africanlii.org/akn/aa-au/statement/decision/au-assembly/2014/529/eng@2014-06-27"]),
    dict(id="AU-PSC", label="Peace and Security Council of the African Union", acronym="AU PSC",
         classes=["dil:Organ"], parent="AU", seats=False,
         note="Fifteen members (organizations-notes.md section 3: 'the 15-member PSC'); its communiques are not positions of all AU members (research README).",
         sources=["https://akb.au.int/handle/AKB/96717", "http://ejilt.org/index-957.html"]),
    dict(id="ASEAN-SUMMIT", label="ASEAN Summit (Heads of State or Government)", acronym="ASEAN Summit",
         classes=["dil:Organ"], parent="ASEAN", seats=True,
         note="The leaders of all ten member States (organizations-notes.md section 3: the 2018 Leaders' Statement was issued by 'all ten leaders').",
         sources=["https://database.cyberpolicyportal.org/en/entity/l3ctu66bcxt"]),
    dict(id="ASEAN-AMCC", label="ASEAN Ministerial Conference on Cybersecurity", acronym="AMCC",
         classes=["dil:Organ"], parent="ASEAN", seats=True,
         note="Ministers or officials of all ten member States (organizations-notes.md section 3, 3rd AMCC of September 2018); ASEAN's main cyber platform (organizations.csv notes).",
         sources=["https://dig.watch/updates/result-3rd-asean-ministerial-conference-cybersecurity-amcc"]),
    dict(id="OSCE-PC", label="OSCE Permanent Council", acronym="PC",
         classes=["dil:Organ"], parent="OSCE", seats=True,
         note="All 57 participating States; its cyber confidence-building decisions of 2013 and 2016 were adopted by consensus of the 57 (organizations-notes.md section 3).",
         sources=["https://ccdcoe.org/incyder-articles/osce-confidence-building-measures-for-cyberspace/",
                  "https://netherlandsandyou.nl/web/osce-vienna/about-us"]),
    dict(id="OAS-CJI", label="Inter-American Juridical Committee", acronym="CJI",
         classes=["dil:ExpertBody", "dil:Organ"], parent="OAS", seats=False,
         note="An expert organ of 11 jurists acting independently, so its reports are not statements of the member States (organizations-notes.md section 3).",
         sources=["https://readkong.com/page/first-report-international-law-applicable-to-cyberspace-4839522",
                  "http://www.oas.org/en/sla/dil/newsletter_OAS_Inter-American_Juridical_Committee_concludes_regular_session_August-2022.html"]),
    dict(id="OAS-CICTE", label="Inter-American Committee against Terrorism", acronym="CICTE",
         classes=["dil:Organ"], parent="OAS", seats=None,
         note="OAS committee that created the cyber confidence-building working group (organizations-notes.md section 3). Its composition is not described in the research files, so dil:seatsAllMembers is left unstated; none of its instruments carries a position.",
         sources=["https://www.oascybercbms.org/"]),
    dict(id="OAS-GA", label="General Assembly of the Organization of American States", acronym="OAS GA",
         classes=["dil:Organ"], parent="OAS", seats=None,
         note="Adopted the 2003 and 2004 cybersecurity strategy resolutions (organizations-notes.md section 3). Its composition is not described in the research files, so dil:seatsAllMembers is left unstated; none of its instruments carries a position.",
         sources=["http://oas.org/juridico/portuguese/ag03/agres1939.htm",
                  "https://database.cyberpolicyportal.org/en/entity/33ato5002e5"]),
    dict(id="COMMONWEALTH-CHOGM", label="Commonwealth Heads of Government Meeting", acronym="CHOGM",
         classes=["dil:Organ"], parent="COMMONWEALTH", seats=True,
         note="Heads of Government of the Commonwealth's members; the April 2018 London meeting adopted the Cyber Declaration, reported as unanimous among the 53 (organizations-notes.md section 3).",
         sources=["https://dig.watch/resource/commonwealth-cyber-declaration",
                  "https://cyber-peace.org/2018/05/09/53-staaten-unterzeichnen-die-commonwealth-cyber-declaration/"]),
    dict(id="TALLINN-EXPERTS", label="International Group of Experts of the Tallinn Manual 2.0", acronym="Tallinn 2.0 experts",
         classes=["dil:ExpertBody"], parent=None, seats=None,
         note="Authors of the Tallinn Manual 2.0 (CCDCOE project, Cambridge University Press, 2017), experts in their personal capacity; the manual is a non-official restatement and counts in no scope (instruments.csv; organizations-notes.md section 2).",
         sources=["https://library.korea.ac.kr/detail/?cid=CAT000045898898&ctype=m",
                  "https://cyberlaw.ccdcoe.org/wiki/Due_diligence"]),
]

# ---------------------------------------------------------------------------------------------
# Curator decisions: instruments (adopting actor, adoption mode, and why)
# ---------------------------------------------------------------------------------------------
# adoptedBy is the organ when the title, symbol or notes name it (RESEARCH_DIR/organizations-notes.md
# section 1: "adopted_by uses parent organisation ids ...; the organ is named in the title"),
# else the organization of the CSV. Mode: consensus only where the research says consensus,
# without a vote or unanimously; vote where it says recorded vote; unknown otherwise.

INSTRUMENT_DECISIONS = {
    "UNGGE-2010": ("UNGGE", "consensus", "First consensus report of a GGE (instruments.csv summary; organizations.csv notes)."),
    "UNGGE-2013": ("UNGGE", "consensus", "Consensus report (instruments.csv summary; organizations.csv notes)."),
    "UNGGE-2015": ("UNGGE", "consensus", "Consensus report of twenty experts (instruments.csv summary)."),
    "UNGGE-2021": ("UNGGE", "consensus", "Adopted by consensus on 28 May 2021 (instruments.csv summary)."),
    "UNGGE-2021-COMP": ("UNGGE", "unknown", "A compendium of national views, not agreed text (instruments.csv summary)."),
    "OEWG1-FINAL-2021": ("OEWG_2019", "consensus", "Final report adopted by consensus in March 2021 (organizations.csv notes)."),
    "OEWG2-APR-2022": ("OEWG_2021", "consensus", "Consensus progress report (instruments.csv summary)."),
    "OEWG2-APR-2023": ("OEWG_2021", "consensus", "Second consensus progress report (instruments.csv summary)."),
    "OEWG2-APR-2024": ("OEWG_2021", "consensus", "Agreed by consensus at the eighth session (instruments.csv summary)."),
    "OEWG2-FINAL-2025": ("OEWG_2021", "consensus", "Final report adopted by consensus on 11 July 2025 (organizations.csv notes)."),
    "UNGA-65-41": ("UNGA", "consensus", "Consensus resolution (instruments.csv summary; organizations-notes.md section 2: endorsements by consensus)."),
    "UNGA-68-243": ("UNGA", "consensus", "Consensus resolution (instruments.csv summary; organizations-notes.md section 2)."),
    "UNGA-70-237": ("UNGA", "consensus", "Adopted without a vote in December 2015 (research README); the research file has the year only."),
    "UNGA-73-27": ("UNGA", "vote", "Adopted by recorded vote (First Committee 109-45-16; organizations.csv notes on OEWG_2019)."),
    "UNGA-73-266": ("UNGA", "unknown", "The research files do not say how the General Assembly adopted this US-sponsored text."),
    "UNGA-75-240": ("UNGA", "unknown", "Its creating paragraph was retained in the First Committee by a recorded vote (92-52-24); how the whole resolution was adopted is not in the research files."),
    "UNGA-DEC-75-564": ("UNGA", "consensus", "Consensus endorsement by the whole membership (instruments.csv summary)."),
    "UNGA-76-19": ("UNGA", "consensus", "Joint Russia-United States text adopted by consensus (instruments.csv summary)."),
    "UNGA-DEC-77-512": ("UNGA", "consensus", "Consensus decision (instruments.csv summary); its date is not in the research files."),
    "TALLINN-2.0": ("TALLINN-EXPERTS", "unknown", "An expert restatement, not adopted by States; the CCDCOE toolkit reports the drafters unanimous on the binding view of due diligence (organizations-notes.md section 2)."),
    "EU-CSS-2013": ("EU", "unknown", "Joint communication of the Commission and the High Representative, not a text adopted by the Member States; no organ is modelled for them."),
    "EU-CDT-2017": ("EU-COUNCIL", "consensus", "Council conclusions, 'i.e. all member governments' (organizations-notes.md section 3): treated as adopted by all Member States."),
    "EU-CSS-2020": ("EU", "unknown", "Joint communication (JOIN(2020) 18 final), not a text adopted by the Member States; no organ is modelled for its authors."),
    "EU-OEWG-2024-07-08": ("EU", "unknown", "EU statement in the OEWG; how it was agreed among the Member States is not in the research files."),
    "EU-OEWG-2024-12-03": ("EU", "unknown", "EU statement in the OEWG presenting the 2024 declaration; how it was agreed is not in the research files."),
    "EU-DECL-2024": ("EU-COUNCIL", "consensus", "Approved by the Council as a declaration of the EU and its Member States: a collective position of all 27 (research README)."),
    "COE-BUDAPEST": ("COE", "unknown", "The research files do not name the organ or say how the text was adopted; opened for signature on this date."),
    "OAS-CJI-603-20": ("OAS-CJI", "unknown", "CJI report (symbol CJI/doc.603/20); the CJI is an expert organ."),
    "OAS-CJI-615-20": ("OAS-CJI", "unknown", "CJI report (symbol CJI/doc.615/20); the CJI is an expert organ."),
    "OAS-CJI-648-21": ("OAS-CJI", "unknown", "CJI report (symbol CJI/doc.648/21); the CJI is an expert organ."),
    "OAS-CJI-2022": ("OAS-CJI", "consensus", "Approved by consensus of the Committee's members (organizations-notes.md section 3); the CJI is an expert organ."),
    "OAS-CICTE-RES-1-17": ("OAS-CICTE", "unknown", "CICTE resolution (title and symbol)."),
    "OAS-CICTE-RES-1-18": ("OAS-CICTE", "unknown", "CICTE resolution (title and symbol)."),
    "OAS-CICTE-CBM-2019": ("OAS-CICTE", "unknown", "Agreed at the second meeting of CICTE's cyber confidence-building working group (title; created by CICTE/RES.1/17)."),
    "OAS-AG-RES-1939-2003": ("OAS-GA", "unknown", "OAS General Assembly resolution (symbol AG/RES.)."),
    "OAS-AG-RES-2004-2004": ("OAS-GA", "unknown", "OAS General Assembly resolution (symbol AG/RES.)."),
    "AU-MALABO": ("AU-ASSEMBLY", "unknown", "Adopted by Assembly decision Assembly/AU/Dec.529(XXIII) (symbol column); the mode is not in the research files."),
    "AU-PSC-1120": ("AU-PSC", "unknown", "PSC communique (title)."),
    "AU-PSC-1148": ("AU-PSC", "unknown", "PSC communique (title)."),
    "AU-PSC-1171": ("AU-PSC", "unknown", "PSC communique (title)."),
    "AU-PSC-1196": ("AU-PSC", "consensus", "The PSC adopted the Common African Position unanimously (organizations-notes.md section 3)."),
    "AU-CAP-2024": ("AU-PSC", "consensus", "Adopted unanimously by the 15-member PSC on 29 January 2024 (communique 1196); endorsed by the Assembly on 18 February 2024 (research README)."),
    "ASEAN-LS-2018": ("ASEAN-SUMMIT", "consensus", "Issued at the 32nd Summit by all ten leaders (organizations-notes.md section 3)."),
    "ASEAN-AMCC-2018": ("ASEAN-AMCC", "consensus", "Ministers of all ten members agreed in principle (instruments.csv summary; organizations-notes.md section 3)."),
    "OSCE-PC-1106": ("OSCE-PC", "consensus", "Permanent Council decision adopted by consensus of the 57 (organizations-notes.md section 3)."),
    "OSCE-PC-1202": ("OSCE-PC", "consensus", "Permanent Council decision adopted by consensus of the 57 (organizations-notes.md section 3)."),
    "SCO-COC-2011": ("SCO", "unknown", "Circulated at the UN by a subset of SCO members (China, Russia, Tajikistan, Uzbekistan), not adopted by the SCO as such (organizations-notes.md section 3)."),
    "SCO-COC-2015": ("SCO", "unknown", "Circulated at the UN by six SCO members, not adopted by the SCO as such (organizations-notes.md section 3)."),
    "SCO-AGR-2009": ("SCO", "unknown", "Treaty among SCO members; details and exact date not verified (instruments.csv)."),
    "CW-CYBER-DECL-2018": ("COMMONWEALTH-CHOGM", "consensus", "Adopted by the Heads of Government at CHOGM London, reported as unanimous among 53 (organizations-notes.md section 3)."),
    "LAS-ARAB-CONV-2010": ("LAS", "unknown", "Signed in Cairo at a joint meeting of Arab interior and justice ministers (instruments.csv summary); no organ is modelled for that meeting."),
    "PIF-BOE-2018": ("PIF", "unknown", "Adopted by the Forum leaders (instruments.csv summary); the mode is not in the research files."),
}

# Organs whose consensus texts are collective positions of their parent's members
# (docs/design.md, "Effective stance"); their positions are held by the parent organization.
# Filled from ORGANS and UN_BODY_SEATS below.

# The two collective rows of national-positions.csv: placeholders, not States. Their positions
# hang on the instruments.csv rows; the position's date, organ and coding are curator decisions.
COLLECTIVE_ROWS = {
    "AFU": dict(
        instrument="AU-CAP-2024", holder="AU", adopted_in="AU-ASSEMBLY", date="2024-02-18",
        note="Position of all AU members from the Assembly's endorsement on 2024-02-18, not from the PSC's adoption on 2024-01-29 (research README). Members suspended on that date are not covered."),
    "EUU": dict(
        instrument="EU-DECL-2024", holder="EU", adopted_in="EU-COUNCIL", date=None,
        note="Coded 'ambiguous' (due diligence binds: undecided), the more conservative of the two research codings: national-positions.csv says ambiguous (low), instruments.csv says affirms-binding-obligation (low). The declaration's due-diligence wording was not read (research README)."),
}

# National documents: the key is {ISO3}-{year or 'undated'}-{slug}; slugs by (iso3, date) row.
NATIONAL_SLUGS = {
    ("AUT", "2024-04"): "position-paper",
    ("FIN", "2020-10-15"): "national-positions",
    ("EST", "2019-05-29"): "cycon-speech",
    ("FRA", "2019-09-09"): "international-law-cyber-operations",
    ("NLD", "2019-07-05"): "letter-to-parliament",
    ("CZE", "2020-02-11"): "oewg-statement",
    ("DEU", "2021-03"): "position-paper",
    ("ITA", "2021-11-04"): "position-paper",
    ("JPN", "2021-05-28"): "basic-position",
    ("NOR", "2021-07-13"): "gge-compendium",
    ("CHE", "2021-05"): "position-paper",
    ("SWE", "2022-07-26"): "position-paper",
    ("AUS", "2020"): "international-law-position",
    ("ISR", "2020-12-08"): "schondorf-speech",
    ("NZL", "2020"): "international-law-statement",
    ("GBR", "2021-06-03"): "gge-compendium",
    ("CAN", "2022-04"): "international-law-position",
    ("PER", ""): "atlas-summary",
    ("KOR", ""): "atlas-summary",
    ("FRA", ""): "oewg-draft-comments",
    ("EST", "2017-10-23"): "first-committee-statement",
    ("GBR", "2019-09"): "norms-non-paper",
    ("IRL", "2023-07-06"): "position-paper",
    ("CRI", "2023-07-21"): "position-paper",
    ("DNK", "2023-07-04"): "position-paper",
    ("POL", "2022-12-29"): "position-paper",
    ("CZE", "2024"): "position-paper",
    ("BRA", "2021-07-13"): "gge-compendium",
    ("SGP", "2021-07-13"): "gge-compendium",
    ("KEN", "2021-07-13"): "gge-compendium",
    ("KAZ", "2021-07-13"): "gge-compendium",
    ("EST", "2021-07-13"): "gge-compendium",
    ("ROU", "2021-07-13"): "gge-compendium",
    ("RUS", "2021-07-13"): "gge-compendium",
    ("USA", "2021-07-13"): "gge-compendium",
    ("USA", "2016"): "egan-speech",
    ("USA", "2020-03-02"): "ney-speech",
    ("PAK", "2023-03-03"): "position-paper",
    ("IRN", "2020-07"): "general-staff-declaration",
    ("CHN", "2021-10"): "rules-making-positions",
    ("AUS", "2021"): "gge-submission",
    ("NLD", "2021-07-13"): "gge-compendium",
    ("DEU", "2021-07-13"): "gge-compendium",
    ("AUT", "2020"): "oewg-pre-draft-comments",
    ("BEL", "2025"): "position-paper",
    ("COL", "2025"): "position-paper",
    ("CUB", "2024"): "position-paper",
    ("KOR", "2025"): "position-paper",
    ("THA", "2025"): "position-paper",
    ("NZL", "2025"): "updated-statement",
    ("BOL", "2019"): "oas-questionnaire-answer",
    ("CHL", "2019"): "oas-questionnaire-answer",
    ("CRI", "2019"): "oas-questionnaire-answer",
    ("ECU", "2019"): "oas-questionnaire-answer",
    ("GTM", "2019"): "oas-questionnaire-answer",
    ("GUY", "2019"): "oas-questionnaire-answer",
}

# Membership rows whose start is unknown and whose source is not the CIA-derived snapshot:
# the date by which that row's source shows the State was a member, and why.
UNKNOWN_START_OTHER_SOURCE = {
    ("OAS", "NIC"): ("2021-11-19", "Start of membership not in the sources. Nicaragua was a member when it denounced the OAS Charter on 2021-11-19; the withdrawal took effect on 2023-11-19 (organizations-notes.md section 4)."),
    ("OAS", "VEN"): ("2019", "Start of membership not in the sources, which only record a withdrawal effective in 2019 (organizations-notes.md section 4; OAS practice after 2019 not verified). Under the end-of-period rule this interval is empty until a start date is sourced."),
}

# Membership rows whose start is unknown but whose own source gives a year (a decision, with why).
UNKNOWN_START_FROM_NOTES = {
    ("OAS", "CUB"): ("1962", "Excluded from formal participation since 1962 per the CIA-derived data (organizations.csv notes; organizations-notes.md section 4); the 2009 lifting of the 1962 resolution and Cuba's refusal to return were not verified. No base member row exists for Cuba in the research files and none is invented: the start of its membership is not sourced."),
}

# ---------------------------------------------------------------------------------------------
# Mapping research codes to stances (data/README.md, "Mapping research codes to stances")
# ---------------------------------------------------------------------------------------------

DD_STATUS_STANCES = {  # national-positions.csv dd_status
    "binding-obligation": [("dd-applies", "affirms"), ("dd-binding", "affirms")],
    "binding-general-principle-not-cyber-specific": [("dd-applies", "affirms"), ("dd-binding", "affirms")],
    "voluntary-norm-only": [("dd-applies", "affirms"), ("dd-binding", "rejects")],
    "not-yet-binding": [("dd-applies", "affirms"), ("dd-binding", "rejects")],
    "ambiguous": [("dd-binding", "undecided")],
    "silent": [],
    "uncoded": [],
}
DD_TREATMENT_STANCES = {  # instruments.csv dd_treatment
    "affirms-binding-obligation": [("dd-applies", "affirms"), ("dd-binding", "affirms")],
    "affirms-binding-and-voluntary": [("dd-applies", "affirms"), ("dd-binding", "affirms")],
    "affirms-voluntary-norm": [("dd-applies", "affirms")],
    "mentions": [],
    "silent": [],
}
DETAIL_STANCES = {  # national-positions.csv detail columns: column -> {value: (question, stance)}
    "knowledge_standard": {"actual-or-constructive": ("dd-constructive-knowledge", "affirms"),
                           "constructive": ("dd-constructive-knowledge", "affirms"),
                           "actual": ("dd-constructive-knowledge", "rejects")},
    "prevention_duty": {"yes": ("dd-prevention", "affirms"), "no": ("dd-prevention", "rejects")},
    "harm_threshold": {"serious-adverse-consequences": ("dd-harm-threshold", "affirms"),
                       "significant-harm": ("dd-harm-threshold", "affirms")},
    "capacity_qualified": {"yes": ("dd-capacity", "affirms")},
}
QUESTION_ORDER = ["dd-applies", "dd-binding", "dd-constructive-knowledge", "dd-prevention",
                  "dd-harm-threshold", "dd-capacity"]

# ---------------------------------------------------------------------------------------------
# Turtle writing
# ---------------------------------------------------------------------------------------------

KEY = re.compile(r"^[A-Za-z0-9_.-]+$")
LOCAL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def key(k):
    if not KEY.match(k):
        sys.exit(f"not a URL-safe key: {k!r}")
    return k


def qname(prefix, local):
    if not LOCAL.match(local):
        sys.exit(f"cannot write {prefix}:{local!r} as a prefixed name")
    return f"{prefix}:{local}"


def iri(url):
    if not url.startswith(("http://", "https://")) or IRI_BAD.search(url):
        sys.exit(f"not a usable IRI: {url!r}")
    return f"<{url}>"


# dil:note, dil:summary, dil:pinpoint, dil:shortTitle and dil:acronym have range xsd:string in
# the ontology, so they are plain strings; names, titles and labels are @en.
def lit(text, lang=None, datatype=None):
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
    if lang:
        return f'"{escaped}"@{lang}'
    if datatype:
        return f'"{escaped}"^^{datatype}'
    return f'"{escaped}"'


def date_lit(value):
    """A research date at its real precision, or None when blank."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return lit(value, datatype="xsd:date")
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return lit(value, datatype="xsd:gYearMonth")
    if re.fullmatch(r"\d{4}", value):
        return lit(value, datatype="xsd:gYear")
    if value == "":
        return None
    sys.exit(f"unreadable date: {value!r}")


def instant(value):
    """An OWL-Time instant for a dated membership bound."""
    prop = {"xsd:date": "time:inXSDDate", "xsd:gYearMonth": "time:inXSDgYearMonth",
            "xsd:gYear": "time:inXSDgYear"}
    d = date_lit(value)
    return f"[ a time:Instant ; {prop[d.split('^^')[1]]} {d} ]"


def boolean(flag):
    return "true" if flag else "false"


class Resource:
    """Collects predicate/object lines of one subject and renders them as a Turtle block."""

    def __init__(self, subject, comment=None):
        self.subject = subject
        self.comment = comment
        self.lines = []

    def add(self, predicate, *objects):
        objects = [o for o in objects if o is not None]
        if objects:
            self.lines.append((predicate, objects))
        return self

    def render(self):
        out = []
        if self.comment:
            for line in self.comment.split("\n"):
                out += ["# " + part for part in textwrap.wrap(line, 93, break_on_hyphens=False)]
        out.append(self.subject)
        for i, (p, objs) in enumerate(self.lines):
            end = " ." if i == len(self.lines) - 1 else " ;"
            out.append(f"    {p} {' , '.join(objs)}{end}")
        return "\n".join(out) + "\n"


def write_turtle(path, header, blocks):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    body = "".join("\n" + (b.render() if isinstance(b, Resource) else b) for b in blocks)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header.rstrip() + "\n" + GENERATED_NOTE + "\n\n")
        # Every file declares the same prefixes, so snippets paste into any of them.
        for prefix, ns in PREFIXES:
            f.write(f"@prefix {prefix}: <{ns}> .\n")
        f.write(body)
    print(f"wrote {path}: {sum(isinstance(b, Resource) for b in blocks)} resources")


def read_csv(directory, name):
    with open(os.path.join(directory, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------------------------------------
# States
# ---------------------------------------------------------------------------------------------

def clean_name(name):
    """Drop the UN footnote marker ' *'."""
    return re.sub(r"\s*\*$", "", name.strip())


def short_name(name):
    """UNTERM short names carry a trailing ' (the)'; the label drops it, the altLabel keeps it."""
    return re.sub(r" \(the\)$", "", name)


UN_STATUS = {"yes": "un:member", "observer": "un:observer", "no": "un:non-member"}


def states(rows, membership_rows):
    blocks = []
    names = {}
    for r in rows:
        iso3 = key(r["iso3"])
        untermed = clean_name(r["name_en"])
        label = short_name(untermed)
        names[iso3] = label
        res = Resource(qname("state", iso3))
        res.add("a", "dil:State")
        res.add("rdfs:label", lit(label, "en"))
        res.add("skos:prefLabel", lit(label, "en"))
        if untermed != label:
            res.add("skos:altLabel", lit(untermed, "en"))
        res.add("dil:formalName", lit(clean_name(r["official_name_en"]), "en"))
        res.add("dil:iso3", lit(iso3))
        res.add("dil:iso2", lit(r["iso2"]))
        res.add("dil:m49", lit(r["m49"]))
        res.add("dil:unStatus", UN_STATUS[r["un_member"]])
        res.add("owl:sameAs", qname("wd", r["wikidata_qid"]))
        res.add("dct:source", *[iri(u) for u in r["source_url"].split()])
        blocks.append(res)

    # A member of an organization in memberships.csv that states.csv lacks: the Sahrawi Arab
    # Democratic Republic (AU), coded ESH. Recorded with what the research gives, nothing more.
    known = {r["iso3"] for r in rows}
    for r in membership_rows:
        if r["state_iso3"] in known:
            continue
        known.add(r["state_iso3"])
        iso3 = key(r["state_iso3"])
        label = re.sub(r"\s*\(ISO 3166 entity: .*\)$", "", r["state_name"])
        names[iso3] = label
        res = Resource(qname("state", iso3),
                       "Not in states.csv (neither a UN member nor an observer State); added because\n"
                       "memberships.csv lists it as an AU member (organizations-notes.md section 4).\n"
                       "ISO 3166-1 alpha-2, M49 and Wikidata identifiers are not in the research files.")
        res.add("a", "dil:State")
        res.add("rdfs:label", lit(label, "en"))
        res.add("skos:prefLabel", lit(label, "en"))
        res.add("dil:iso3", lit(iso3))
        res.add("dil:unStatus", "un:non-member")
        res.add("dil:note", lit(f"Coded {iso3}, the ISO 3166-1 code of the entity Western Sahara, as in the research files (memberships.csv: '{r['state_name']}')."))
        res.add("dct:source", iri(r["source_url"]))
        blocks.append(res)
    return blocks, names


# ---------------------------------------------------------------------------------------------
# Organizations and organs
# ---------------------------------------------------------------------------------------------

def organizations(rows):
    blocks, labels, seats, parents = [], {}, {}, {}
    for r in rows:
        oid = key(r["org_id"])
        labels[oid] = r["acronym"] or r["name"]
        res = Resource(qname("orgid", oid))
        res.add("a", ORG_CLASS[r["kind"]])
        res.add("dil:orgId", lit(oid))
        res.add("rdfs:label", lit(r["name"], "en"))
        res.add("skos:prefLabel", lit(r["name"], "en"))
        if r["acronym"]:
            res.add("dil:acronym", lit(r["acronym"]))
        if r["kind"] == "un-body":
            res.add("org:subOrganizationOf", qname("orgid", "UN"))
            parents[oid] = "UN"
            flag, why = UN_BODY_SEATS[oid]
            if flag is not None:
                res.add("dil:seatsAllMembers", boolean(flag))
                seats[oid] = flag
        res.add("dil:founded", date_lit(r["founded"]))
        if r["url"] and oid in HOMEPAGE_ORGS:
            res.add("foaf:homepage", iri(r["url"]))
        if r["wikidata_qid"]:
            res.add("owl:sameAs", qname("wd", r["wikidata_qid"]))
        res.add("dil:note", lit(r["notes"]))
        if r["kind"] == "un-body":
            res.add("dil:note", lit(UN_BODY_SEATS[oid][1]))
        if r["url"]:
            res.add("dct:source", iri(r["url"]))
        blocks.append(res)

    blocks.append("# ---------------------------------------------------------------------------------------------\n"
                  "# Organs and expert bodies that adopt the recorded instruments (curator decisions: see the\n"
                  "# dil:note of each, and data/README.md). Only an organ with dil:seatsAllMembers true can adopt\n"
                  "# a collective position of its parent's members.\n"
                  "# ---------------------------------------------------------------------------------------------\n")
    for o in ORGANS:
        oid = key(o["id"])
        labels[oid] = o["acronym"]
        res = Resource(qname("orgid", oid))
        res.add("a", *o["classes"])
        res.add("dil:orgId", lit(oid))
        res.add("rdfs:label", lit(o["label"], "en"))
        res.add("skos:prefLabel", lit(o["label"], "en"))
        res.add("dil:acronym", lit(o["acronym"]))
        if o["parent"]:
            res.add("org:subOrganizationOf", qname("orgid", o["parent"]))
            parents[oid] = o["parent"]
        if o["seats"] is not None:
            res.add("dil:seatsAllMembers", boolean(o["seats"]))
            seats[oid] = o["seats"]
        if o.get("qid"):
            res.add("owl:sameAs", qname("wd", o["qid"]))
        res.add("dil:note", lit(o["note"]))
        res.add("dct:source", *[iri(u) for u in o["sources"]])
        blocks.append(res)
    return blocks, labels, seats, parents


# ---------------------------------------------------------------------------------------------
# Memberships
# ---------------------------------------------------------------------------------------------

MEMBERSHIP_FILES = {"UN": "un", "EU": "eu", "OAS": "oas", "AU": "au", "ASEAN": "asean",
                    "OSCE": "osce", "COE": "coe"}


def memberships(rows, state_names, org_labels):
    per_org, counter = {}, {}
    for r in rows:
        org, iso3, status = r["org_id"], r["state_iso3"], r["status"]
        n = counter[(org, iso3)] = counter.get((org, iso3), 0) + 1
        res = Resource(qname("membership", key(f"{org}-{iso3}-{n}")))
        res.add("a", "dil:Membership")
        res.add("rdfs:label", lit(f"{state_names[iso3]} in {org_labels[org]}: {status}", "en"))
        res.add("org:member", qname("state", iso3))
        res.add("org:organization", qname("orgid", org))
        res.add("dil:membershipStatus", qname("ms", status))

        note = None
        if r["member_from"]:
            begin = instant(r["member_from"])
        elif (org, iso3) in UNKNOWN_START_FROM_NOTES:
            year, note = UNKNOWN_START_FROM_NOTES[(org, iso3)]
            begin = instant(year)
        elif (org, iso3) in UNKNOWN_START_OTHER_SOURCE:
            bound, note = UNKNOWN_START_OTHER_SOURCE[(org, iso3)]
            begin = f"[ a time:Instant ; dil:knownNoLaterThan {date_lit(bound)} ]"
        elif r["source_url"] == CIA_SNAPSHOT:
            begin = f"[ a time:Instant ; dil:knownNoLaterThan {date_lit(CIA_SNAPSHOT_DATE)} ]"
            note = "Start date not in the sources; the CIA-derived snapshot (about January 2020) lists the State as a member, so the interval is known to have begun no later than 2020-01."
        else:
            sys.exit(f"no rule for the unknown start of {org} {iso3}")
        interval = f"[ a time:Interval ;\n        time:hasBeginning {begin}"
        if r["member_until"]:
            interval += f" ;\n        time:hasEnd {instant(r['member_until'])}"
        interval += " ]"
        res.add("org:memberDuring", interval)
        if note:
            res.add("dil:note", lit(note))
        res.add("dct:source", iri(r["source_url"]))
        per_org.setdefault(org, []).append(res)
    return per_org


MEMBERSHIP_HEADERS = {
    "UN": "# Membership of States in the United Nations (memberships.csv, org_id UN).\n"
          "# Admission dates come from an unattributed data file cross-checked on five States\n"
          "# (organizations-notes.md section 2); the source kept on each row is the member list.",
    "EU": "# Membership of States in the European Union (memberships.csv, org_id EU).\n"
          "# Founders carry 1952-07-23 (ECSC) as in the source; other sources give 1958 (EEC)\n"
          "# (organizations-notes.md section 4). The UK's interval ends on 2020-01-31 (withdrawn).",
    "OAS": "# Membership of States in the Organization of American States (memberships.csv, org_id OAS).\n"
           "# Start dates are unknown: intervals begin with dil:knownNoLaterThan (see data/README.md).\n"
           "# Nicaragua and Venezuela withdrew; Cuba's only row is a suspension from 1962 (see its note).",
    "AU": "# Membership of States in the African Union (memberships.csv, org_id AU).\n"
          "# Suspensions are their own intervals, lying inside the member interval.\n"
          "# Start dates of base rows are unknown except Morocco's readmission (2017-01-30).",
    "ASEAN": "# Membership of States in ASEAN (memberships.csv, org_id ASEAN).\n"
             "# Only accession years were found for Brunei, Viet Nam, Laos, Myanmar and Cambodia.",
    "OSCE": "# Participation of States in the OSCE (memberships.csv, org_id OSCE).\n"
            "# Admission dates were found only for the Baltic States, the former Soviet States (1992-01),\n"
            "# Croatia, Georgia, Slovenia and Serbia; the rest begin with dil:knownNoLaterThan.",
    "COE": "# Membership of States in the Council of Europe (memberships.csv, org_id COE).\n"
           "# Greece has two base rows (withdrew 1969, rejoined 1974); Russia ceased to be a member on\n"
           "# 2022-03-16 (expelled). Iceland 1950-03-07 and Andorra 1994-10-10 follow the sources kept\n"
           "# on the rows where sources disagree (organizations-notes.md section 4).",
}


# ---------------------------------------------------------------------------------------------
# Instruments and positions
# ---------------------------------------------------------------------------------------------

def date_or_unknown(res, value):
    d = date_lit(value)
    if d:
        res.add("dct:date", d)
    else:
        res.add("dil:dateUnknown", "true")


def instruments(rows, national_rows):
    collective = {r["state_iso3"]: r for r in national_rows if r["state_iso3"] in COLLECTIVE_ROWS}
    by_instrument = {COLLECTIVE_ROWS[c]["instrument"]: (c, r) for c, r in collective.items()}
    blocks = []
    for r in rows:
        iid = key(r["instrument_id"])
        adopted_by, mode, why = INSTRUMENT_DECISIONS[iid]
        coding = r["dd_treatment"]
        comment = None
        sources = [r["url"]]
        if iid in by_instrument:
            code, row = by_instrument[iid]
            if row["url"] not in sources:
                sources.append(row["url"])
            if code == "EUU":
                comment = ("Research files disagree: instruments.csv codes this declaration\n"
                           "affirms-binding-obligation (low), national-positions.csv (row EUU) ambiguous (low).\n"
                           "The more conservative coding, ambiguous, is kept (research README).")
                coding = row["dd_status"]
        res = Resource(qname("instrument", iid), comment)
        res.add("a", "dil:Instrument")
        res.add("dct:title", lit(r["title"], "en"))
        res.add("dil:shortTitle", lit(r["short_title"]) if r["short_title"] else None)
        res.add("dil:instrumentKind", qname("ik", r["kind"]))
        res.add("dil:adoptedBy", qname("orgid", adopted_by))
        res.add("dil:adoptionMode", qname("am", mode))
        date_or_unknown(res, r["date"])
        res.add("dil:legallyBinding", boolean(r["legally_binding"] == "yes"))
        if r["symbol"]:
            res.add("dil:symbol", lit(r["symbol"]))
        res.add("dil:ddCoding", qname("ddc", coding))
        res.add("dil:confidence", qname("conf", r["confidence"]))
        res.add("dil:evidence", "ev:secondary")
        if r["pinpoint"]:
            res.add("dil:pinpoint", lit(r["pinpoint"]))
        res.add("dil:summary", lit(r["summary"]))
        res.add("dil:note", lit(why))
        res.add("dct:source", *[iri(u) for u in sources])
        blocks.append(res)
    return blocks


def position(pos_key, holder, holder_label, question, stance, date, instrument, source,
             evidence, confidence, pinpoint, summary, adopted_in=None, mode=None, note=None,
             comment=None):
    res = Resource(qname("position", key(pos_key)), comment)
    res.add("a", "dil:Position")
    res.add("rdfs:label", lit(f"{holder_label} {stance} {question} ({date or 'date unknown'})", "en"))
    res.add("dil:holder", holder)
    res.add("dil:question", qname("q", question))
    res.add("dil:stance", qname("st", stance))
    date_or_unknown(res, date)
    res.add("dil:instrument", instrument)
    res.add("dil:adoptedIn", adopted_in)
    res.add("dil:adoptionMode", mode)
    res.add("dct:source", iri(source))
    res.add("dil:evidence", qname("ev", evidence))
    res.add("dil:confidence", qname("conf", confidence))
    if pinpoint:
        res.add("dil:pinpoint", lit(pinpoint))
    res.add("dil:summary", lit(summary))
    if note:
        res.add("dil:note", lit(note))
    return res


def collective_positions(rows, national_rows, org_labels, seats, parents):
    collective = {r["state_iso3"]: r for r in national_rows if r["state_iso3"] in COLLECTIVE_ROWS}
    blocks = []
    for r in rows:
        iid = r["instrument_id"]
        adopted_by, mode, _ = INSTRUMENT_DECISIONS[iid]
        override = next(((c, d) for c, d in COLLECTIVE_ROWS.items() if d["instrument"] == iid), None)
        if override:
            code, decision = override
            row = collective[code]
            stances = DD_STATUS_STANCES[row["dd_status"]]
            holder, organ = decision["holder"], decision["adopted_in"]
            date = decision["date"] or row["date"]
            source, evidence, confidence = row["url"], row["evidence"], row["confidence"]
            pinpoint, summary, note = row["pinpoint"], row["summary"], decision["note"]
            comment = (f"Collective position from national-positions.csv row {code} (a placeholder, not a State).\n"
                       + note)
        else:
            stances = DD_TREATMENT_STANCES[r["dd_treatment"]]
            if mode == "consensus" and seats.get(adopted_by) is True:
                # Adopted by consensus in an organ that seats all members: the members' position.
                holder, organ = parents[adopted_by], adopted_by
            else:
                # A body that speaks only for itself (GGE, PSC, experts, vote or unknown mode).
                holder, organ = adopted_by, None
            date, source, evidence, confidence = r["date"], r["url"], "secondary", r["confidence"]
            pinpoint, summary, note, comment = r["pinpoint"], r["summary"], None, None
        for question, stance in stances:
            blocks.append(position(
                f"{iid}-{question}", qname("orgid", holder), org_labels[holder], question, stance,
                date, qname("instrument", iid), source, evidence, confidence, pinpoint, summary,
                adopted_in=qname("orgid", organ) if organ else None, mode=qname("am", mode),
                note=note, comment=comment))
            comment = None
    return blocks


def national_documents(rows, state_names):
    blocks = []
    seen = set()
    for r in rows:
        iso3 = r["state_iso3"]
        if iso3 in COLLECTIVE_ROWS:
            continue
        slug = NATIONAL_SLUGS[(iso3, r["date"])]
        doc_key = key(f"{iso3}-{r['date'][:4] or 'undated'}-{slug}")
        if doc_key in seen:
            sys.exit(f"duplicate document key {doc_key}")
        seen.add(doc_key)
        doc = qname("instrument", doc_key)
        res = Resource(doc, f"{state_names[iso3]}: {r['dd_status']}")
        res.add("a", "dil:Instrument")
        res.add("dct:title", lit(r["doc_title"], "en"))
        res.add("dil:instrumentKind", qname("ik", r["doc_kind"]))
        res.add("dil:adoptedBy", qname("state", iso3))
        res.add("dil:adoptionMode", "am:unilateral")
        date_or_unknown(res, r["date"])
        res.add("dil:legallyBinding", "false")
        res.add("dil:ddCoding", qname("ddc", r["dd_status"]))
        res.add("dil:confidence", qname("conf", r["confidence"]))
        res.add("dil:evidence", qname("ev", r["evidence"]))
        if r["pinpoint"]:
            res.add("dil:pinpoint", lit(r["pinpoint"]))
        res.add("dil:summary", lit(r["summary"]))
        res.add("dct:source", iri(r["url"]))
        blocks.append(res)

        stances = list(DD_STATUS_STANCES[r["dd_status"]])
        for column, values in DETAIL_STANCES.items():
            if r[column] in values:
                stances.append(values[r[column]])
            elif r[column] != "silent":
                sys.exit(f"unmapped {column} value {r[column]!r} for {doc_key}")
        stances.sort(key=lambda qs: QUESTION_ORDER.index(qs[0]))
        for question, stance in stances:
            blocks.append(position(
                f"{doc_key}-{question}", qname("state", iso3), state_names[iso3], question, stance,
                r["date"], doc, r["url"], r["evidence"], r["confidence"], r["pinpoint"], r["summary"]))
    return blocks


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    research = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) == 3 else os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")

    state_rows = read_csv(research, "states.csv")
    org_rows = read_csv(research, "organizations.csv")
    membership_rows = read_csv(research, "memberships.csv")
    instrument_rows = read_csv(research, "instruments.csv")
    national_rows = read_csv(research, "national-positions.csv")

    state_blocks, state_names = states(state_rows, membership_rows)
    write_turtle(os.path.join(out, "states.ttl"),
                 "# States: every UN member State, the two observer States and Taiwan (states.csv), plus\n"
                 "# the one AU member states.csv lacks. Names drop the UN footnote marker ' *' and the\n"
                 "# UNTERM ' (the)' suffix (kept as skos:altLabel).", state_blocks)

    org_blocks, org_labels, seats, parents = organizations(org_rows)
    write_turtle(os.path.join(out, "organizations.ttl"),
                 "# Organizations (organizations.csv, every row) and the organs and expert bodies the\n"
                 "# instruments need.", org_blocks)

    for org, blocks in memberships(membership_rows, state_names, org_labels).items():
        write_turtle(os.path.join(out, "memberships", MEMBERSHIP_FILES[org] + ".ttl"),
                     MEMBERSHIP_HEADERS[org], blocks)

    write_turtle(os.path.join(out, "instruments.ttl"),
                 "# Instruments of organizations, UN bodies and experts (instruments.csv, every row).\n"
                 "# dil:evidence is 'secondary' on every row: the research notes never say that an\n"
                 "# instrument's own text was read (data/README.md).",
                 instruments(instrument_rows, national_rows))

    write_turtle(os.path.join(out, "collective-positions.ttl"),
                 "# Positions derived from instruments.csv by the mapping in data/README.md. A position\n"
                 "# adopted by consensus in an organ that seats all members is held by the organization\n"
                 "# (dil:adoptedIn the organ); every other is held by the body that adopted it and counts\n"
                 "# in no scope. The two collective rows of national-positions.csv (AFU, EUU) are here.",
                 collective_positions(instrument_rows, national_rows, org_labels, seats, parents))

    write_turtle(os.path.join(out, "national-positions.ttl"),
                 "# National documents (national-positions.csv, one dil:Instrument per row) and the positions\n"
                 "# derived from them by the mapping in data/README.md. A document coded 'uncoded' has no\n"
                 "# position: its stance was not established, which is not the same as silent. Rows AFU and\n"
                 "# EUU are collective positions, recorded in collective-positions.ttl.",
                 national_documents(national_rows, state_names))


if __name__ == "__main__":
    main()
