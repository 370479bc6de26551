"""Places: toponyms found and geocoded offline.

Entry point: `find_places(document, settings)` sets `document.places`.
`place_for_token(document, token)` gives the place attached to a token's
clause (used by the events stage for `event_loc`); `setting_country(document)`
the country where the article is set (used by the actors stage for unnamed
officials and people), and `dateline_place(document)` the dateline's place
(which the actors stage never takes for an actor; `dateline_and_end` also
gives where the dateline, agency credit and dash included, ends).

Toponyms are spaCy's GPE/LOC/FAC entities plus capitalised gazetteer names
spaCy missed (countries, states, large cities). Demonyms ("Russian",
"Ohioans") are not toponyms and are left out of `places`, as the issue and
schema say; `Settings(extra={"geo_demonyms": True})` adds them as places
flagged `demonym`, resolved to their country or state (the evaluation uses
this to score gold sets that count demonyms). They never give an event
location.
Each is resolved against the offline gazetteer (see gazetteer.py) by a score:
a population/feature prior plus the document's context — countries and
states named or implied by demonyms, "Paris, Texas" qualifiers, and the
distance to the places already resolved without ambiguity.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from typing import Any, Optional, Sequence

from ..document import Document, Place
from .gazetteer import (
    ADM1,
    ADM2,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    REGION,
    Entry,
    Gazetteer,
    distance_km,
    load_gazetteer,
    normalise,
)

__all__ = ["find_places", "place_for_token", "PLACE_KIND_WORDS", "setting_country", "dateline_place", "dateline_and_end",
           "unknown_dateline_town", "only_near", "load_gazetteer", "is_demonym", "head_token", "only_an_origin",
           "names_an_origin", "PARTY_HOME_RE", "origin_prepositions"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entities that are never toponyms even when their words match a place name.
NOT_PLACE_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}
# Gazetteer-only matches (no spaCy place entity) must be a country, a region
# or admin1, or a city this large: small-town names ("Mobile", "Reading")
# collide with ordinary capitalised words.
UNTAGGED_CITY_MIN_POPULATION = 100_000

# Score weights (log10 population is ~3..7 for cities). Tuned on the dev
# halves of LGL/TR-News/GeoVirus by hand, one factor at a time.
FEATURE_PRIOR = {COUNTRY: 9.0, CONTINENT: 9.0, ADM1: 6.5, REGION: 6.0, CAPITAL: 2.0, CITY: 0.0}
# Weight of log10(population): 1.2 lets Toronto (2.6M) beat a 5,000-person
# Toronto in a country the article names, while a named state still tips
# Alexandria towards the US one over Egypt's.
POPULATION_WEIGHT = 1.2
# States and provinces carry no population in our data; score them as a
# ~3-million-person place so a named state beats its same-named towns.
# Regions ("the Middle East", "Sumatra") carry none either and are scored
# the same way: the Middle East is not the village in Maryland.
ADMIN1_POPULATION = 3_000_000
SAME_COUNTRY_BONUS = 3.0  # the candidate's country is named/implied in the article
NEIGHBOUR_BONUS = 1.0  # a neighbouring country is named (Georgia next to Russia)
# The candidate lies in a state the article names; an article that names
# many states (national politics) gives each less: "a Washington lawyer" in
# a story naming six states was Washington, Indiana (bonus × 2 / states
# named, when more than two).
SAME_ADMIN1_BONUS = 3.0
NEAR_KM, NEAR_BONUS = 300.0, 2.0  # within 300 km of an unambiguous place of the article
# A name that is the entry's own name, not an alias of it: "England" is
# England before it is an alias of the United Kingdom (countries, states
# and regions; see _score for towns).
OWN_NAME_BONUS = 4.0
QUALIFIER_BONUS = 20.0
# Cities this large have names in other languages (exonyms): see _score.
EXONYM_CITY_MIN_POPULATION = 250_000
# Spatial coherence: each other name of the article with a reading in the
# same ~1.5° cell neighbourhood adds 1.5, up to 3 names (so a cluster of
# small towns outweighs one far-away big city, ~2 orders of population).
CELL_DEG, SUPPORT_BONUS, MAX_SUPPORT = 1.5, 1.5, 3  # "Paris, Texas": the qualifier decides

# Prepositions that attach a place to an event's clause.
LOCATIVE_PREPS = {"in", "near", "at", "outside", "inside", "across", "around", "throughout", "into", "from"}
# Verbs whose subject is a speaking/acting government when a capital is
# the subject ("Moscow said", "Washington warned"): metonymy, not a location.
GOVERNMENT_VERBS = {"say", "tell", "warn", "announce", "accuse", "deny", "claim", "insist", "urge", "demand",
                    "reject", "condemn", "agree", "respond", "threaten", "call", "want", "refuse", "criticize",
                    "criticise", "blame", "vow", "pledge", "offer", "propose", "impose", "sanction", "expel",
                    "recognize", "recognise", "support", "back", "oppose", "protest", "argue", "believe"}
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "downtown", "northeast", "northwest", "southeast", "southwest", "greater", "metro", "suburban"}
INSTITUTION_WORDS = {"police", "city", "county", "council", "department", "school", "schools", "fire", "sheriff",
                     "public", "municipal", "area", "regional", "township", "board", "chamber", "library",
                     "hospital", "mayor", "commission", "district", "village", "town", "metro",
                     # local institutions named for their town ("Salem Arts Council",
                     # "Springfield High School", "Exeter Crown Court")
                     "high", "middle", "elementary", "community", "arts", "superior", "circuit", "court",
                     "jail", "detention", "memorial", "civic", "convention", "zoo", "recreation", "senior",
                     "historical", "crown", "utilities", "water", "housing", "parks", "airport", "transit",
                     "planning", "museum", "symphony", "rotary", "kiwanis", "times", "herald", "journal"}
# A name right after one of these is a place even when spaCy tags it a
# person or organisation ("shot in Jackson", "a Jackson, Miss., man").
PLACE_PREPS = {"in", "near", "outside", "around", "throughout"}
# "Sen. Jane Roe, D-Mingo": the legislator's home town or county.
PARTY_HOME_RE = re.compile(r"\b(?:D|R|I|DFL)-([A-Z][\w.']*(?: [A-Z][\w.']*){0,2})")
# Dateline: an all-capitals town opening the text or a line ("BEMIDJI -- ..."),
# or following a title on the same line ("Union Leaders Detained. TBILISI, Georgia -- ...").
DATELINE_RE = re.compile(r"(?:^|\n|(?<=[.!?] ))\s*([A-Z][A-Z.' ]{2,30}[A-Z.])(?:,[^\n]{1,25}?)?\s*(?:\([^)]{1,20}\)\s*)?(?:--|[—–-])")
DISEASE_WORDS = {"virus", "fever", "flu", "influenza", "disease", "strain"}
COUNTY_RE = re.compile(r"^[A-Z][\w.' -]+ (County|Parish)$")
# "Jackson and Barrow counties", "Preble or Warren counties", "Swift, Big
# Stone and Wilkin counties": every name of the list is a county, though
# alone each reads as a town (or a surname) and most go untagged.
_LIST_NAME = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
COUNTY_LIST_RE = re.compile(rf"\b{_LIST_NAME}(?:\s*,\s+{_LIST_NAME})*\s*,?\s+(?:and|or|&)\s+{_LIST_NAME}\s+"
                            r"(counties|parishes)\b")
DATELINE_CHARS = 60  # a dateline place starts the text: "KYIV, Ukraine (Reuters) —"


def find_places(document: Document, settings=None) -> Document:
    """Find and resolve the toponyms of `document` into `document.places`."""
    if settings is not None and not getattr(settings, "geoparse", True):
        return document
    doc = document.spacy_doc
    if doc is None:
        return document
    gazetteer = load_gazetteer()
    counties = _county_list_names(gazetteer, document.text)
    spans = _toponym_spans(doc, gazetteer, document.text, counties)
    extra = getattr(settings, "extra", {}) if settings is not None else {}
    keep = bool(extra.get("geo_keep_unresolved"))
    places = _resolve(document.text, spans, gazetteer, _context_countries(doc, gazetteer), keep, counties,
                      _short_names_of_bodies(doc))
    if extra.get("geo_demonyms", False):
        places = _with_demonyms(places, _demonym_places(doc, gazetteer, document.text))
    document.places = places
    return document


# ---------------------------------------------------------------- demonyms

# "Ohioans" → Ohio, "South Ossetian" → South Ossetia, "New Yorkers" → New
# York, "Dagestani" → Dagestan: suffix → ending tried on the stem, in order.
DEMONYM_ENDINGS = (("ians", ""), ("ians", "a"), ("ians", "y"), ("ian", ""), ("ian", "a"), ("ans", ""),
                   ("ns", ""), ("n", ""), ("ns", "s"), ("n", "s"), ("ers", ""), ("er", ""), ("i", ""))


def _demonym_places(doc, gazetteer: Gazetteer, text: str) -> list[Place]:
    """Demonyms as flagged places resolved to their country or state:
    NORP entities ("Russian", "Ohioans"), place-tagged demonyms, and a
    demonym opening an organisation's name ("the Russian Foreign Ministry")."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("NORP", "GPE", "LOC", "ORG", "PERSON"):
            continue
        start, end, surface = _trim(ent, text)
        if not surface:
            continue
        if ent.label_ in ("ORG", "PERSON"):
            found = _demonym_head(ent, gazetteer)
            if found is not None:
                out.append(_place(found[2], found[0], found[1], found[3], demonym=True))
            continue
        entry = _demonym_entry(surface, gazetteer, morphology=ent.label_ == "NORP")
        if entry is not None:
            out.append(_place(surface, start, end, entry, demonym=True))
    return out


def is_demonym(text: str) -> bool:
    """A known demonym ("Russian") or a demonym form of a country, state or
    region name ("Ohioans", "South Ossetian")."""
    return _demonym_entry(text.strip(), load_gazetteer(), morphology=True) is not None


def _demonym_head(ent, gazetteer: Gazetteer):
    """"the Russian Foreign Ministry": (start, end, text, country) of its demonym."""
    tokens = [t for t in ent if t.lower_ != "the"][:2]
    for width in (2, 1):
        if len(tokens) > width:  # a demonym alone is a NORP, not an organisation
            head = ent.doc[tokens[0].i:tokens[0].i + width]
            entry = _demonym_entry(head.text, gazetteer, morphology=False)
            if entry is not None:
                return head.start_char, head.end_char, head.text, entry
    return None


def _demonym_entry(surface: str, gazetteer: Gazetteer, morphology: bool) -> Optional[Entry]:
    from ..actors.knowledge import load_knowledge

    if not surface[:1].isupper() or _known(gazetteer, surface):
        return None  # a name that is itself a place ("U.S.", "Vatican") is a toponym
    known = load_knowledge().demonym(surface)
    if known is not None and known.code in gazetteer.countries:
        return gazetteer.countries[known.code]
    if not morphology:
        return None
    for suffix, ending in DEMONYM_ENDINGS:
        if surface.endswith(suffix) and len(surface) - len(suffix) >= 3:
            stem = surface[:len(surface) - len(suffix)] + ending
            # Countries, states, regions and continents only: town demonyms
            # ("Romans", "Christians") collide with other words.
            entries = [e for e in gazetteer.lookup(stem) if e.feature in (COUNTRY, ADM1, REGION, CONTINENT)]
            if entries:
                return entries[0]
    return None


def _with_demonyms(places: list[Place], demonyms: list[Place]) -> list[Place]:
    """Add demonym places that overlap no toponym, in text order."""
    taken = [(p.start, p.end) for p in places]
    extra = [d for d in demonyms if not any(d.start < e and s < d.end for s, e in taken)]
    return sorted(places + extra, key=lambda p: p.start) if extra else places


# ---------------------------------------------------------------- toponyms

def _toponym_spans(doc, gazetteer: Gazetteer, doc_text: str,
                   counties: Sequence[tuple[int, int, str, list[Entry]]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, text) character spans of place mentions, in text order
    (`counties`: the names of lists of counties, `_county_list_names`)."""
    spans: dict[int, tuple[int, int, str]] = {}
    taken = [False] * len(doc)
    surfaces: set[str] = set()
    surnames = _surnames(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            taken[i] = True
        if ent.label_ not in PLACE_LABELS:
            continue
        start, end, text = _trim(ent, doc_text)
        if not text or not text[:1].isupper() or _is_demonym(text) or _names_a_disease(doc, ent.end) \
                or _a_persons_surname(ent, surnames) or _names_a_party(text) or _names_kin(ent) \
                or _said_to_die(ent):
            continue  # (news capitalises place names: "a metro station" is not Metro, Indonesia)
        if ent.label_ == "FAC" and not gazetteer.lookup(text):
            continue  # buildings and roads: a place only when the gazetteer knows it
        if not _candidates(gazetteer, text):
            inner = _place_opening_a_building(ent, gazetteer)
            if inner is not None:
                start, end, text = inner
        spans[start] = (start, end, text)
        surfaces.add(normalise(text))
    for ent in doc.ents:
        if ent.label_ == "NORP":
            # "Aleppo", "U.S." tagged as a nationality: the name of a place.
            start, end, text = _trim(ent, doc_text)
            if _known(gazetteer, text):
                spans.setdefault(start, (start, end, text))
            continue
        if ent.label_ not in ("ORG", "PERSON", "FAC") or _a_persons_surname(ent, surnames) or _said_to_die(ent):
            continue
        start, end, text = _trim(ent, doc_text)
        key = normalise(text)
        # One sense per discourse: a name tagged as a place elsewhere in the
        # article is a place here too; an ORG that is exactly a gazetteer
        # name is usually a mis-tagged town ("Fargo", "Athens").
        if _names_a_party(text):
            continue
        if key in surfaces or (ent.label_ == "ORG" and len(ent) <= 3 and _known(gazetteer, text)) \
                or (ent.label_ == "ORG" and _a_country(gazetteer, text)) \
                or (ent.label_ != "PERSON" and _county(text)):
            spans.setdefault(start, (start, end, text))
            continue
        inner = _place_inside(ent, gazetteer)
        if inner:
            spans.setdefault(inner[0], inner)
    for span in _untagged(doc, gazetteer, taken):
        spans.setdefault(span[0], span)
    for span in _cued_names(doc, gazetteer, doc_text, surnames):
        overlapping = [k for k, (s, e, _) in spans.items() if s < span[1] and span[0] < e]
        # (A cued name holding the tagger's pieces of it whole is the name:
        # "LA PAZ —", tagged as two places, "LA" and "PAZ".)
        if all(span[0] <= spans[k][0] and spans[k][1] <= span[1] and spans[k][1] - spans[k][0] < span[1] - span[0]
               for k in overlapping):
            for k in overlapping:
                del spans[k]
            spans[span[0]] = span
    for start, end, name, _ in counties:
        for other in [k for k, (s, e, _) in spans.items() if s < end and start < e]:
            del spans[other]  # the list's own reading wins ("Jackson" the town, "Barrow" in England)
        spans[start] = (start, end, name)
    spans = _hyphenated_wholes(spans, doc_text, gazetteer)
    spans = _names_cut_in_two(spans, doc_text, gazetteer)
    spans = _with_their_state_word(spans, doc_text, gazetteer)
    spans = _with_a_possessive_in_the_name(spans, doc_text, gazetteer)
    return sorted(span for span in spans.values() if normalise(span[2]) not in _NOT_TOWNS
                  and not _a_car_model(doc_text, span[0]) and not _a_street_at_a_crossing(doc_text, *span[:2])
                  and not _OUTLET_AFTER.match(doc_text, span[1]))


# A name right before "news agency" or "newspaper" is the outlet's ("the
# Houthi-run Saba news agency" is no town in Honduras).
_OUTLET_AFTER = re.compile(r"\s+(?:news\s+agency|newspaper)\b", re.IGNORECASE)


_HYPHENATED_TAIL = re.compile(r"-([A-Z][\w']+)")


def _hyphenated_wholes(spans: dict[int, tuple[int, int, str]], doc_text: str,
                       gazetteer: Gazetteer) -> dict[int, tuple[int, int, str]]:
    """A name the parser cut at a hyphen ("Guinea" of "Guinea-Bissau") is
    the whole hyphenated name when the gazetteer knows it; the tail's own
    span goes ("Bissau" there is no city of its own)."""
    out = dict(spans)
    for start, (_, end, text) in sorted(spans.items()):
        if start not in out:
            continue
        tail = _HYPHENATED_TAIL.match(doc_text, end)
        if tail is None or not gazetteer.lookup(f"{text}-{tail.group(1)}"):
            continue
        whole_end = tail.end()
        for other in [k for k, (s, e, _) in out.items() if k != start and s < whole_end and start < e]:
            del out[other]
        out[start] = (start, whole_end, doc_text[start:whole_end])
    return out


def _names_cut_in_two(spans: dict[int, tuple[int, int, str]], doc_text: str,
                      gazetteer: Gazetteer) -> dict[int, tuple[int, int, str]]:
    """A name the tagger cut at a space into two places ("Burkina" and
    "Faso") is the whole name when the gazetteer knows it and a half
    alone names nothing."""
    out = dict(spans)
    ordered = sorted(spans.values())
    for (start, end, text), (next_start, next_end, next_text) in zip(ordered, ordered[1:], strict=False):
        if start not in out or next_start not in out or doc_text[end:next_start] != " ":
            continue
        whole = f"{text} {next_text}"
        if not gazetteer.lookup(whole) or (gazetteer.lookup(text) and gazetteer.lookup(next_text)):
            continue
        del out[next_start]
        out[start] = (start, next_end, whole)
    return out


_POSSESSIVE_IN_A_NAME = re.compile(r"(?:'|’)s\s+[A-Z][a-z]+")


def _with_a_possessive_in_the_name(spans: dict[int, tuple[int, int, str]], doc_text: str,
                                   gazetteer: Gazetteer) -> dict[int, tuple[int, int, str]]:
    """A name with a possessive inside ("Cox's Bazar", "St John's Wood")
    that the tagger cut at the "'s": the whole, when the gazetteer knows it."""
    out = dict(spans)
    for start, (_, end, text) in spans.items():
        rest = _POSSESSIVE_IN_A_NAME.match(doc_text, end)
        if rest is None:
            continue
        whole = text + rest.group(0)
        if gazetteer.lookup(whole):
            out[start] = (start, rest.end(), whole)
    return out


_STATE_WORD = re.compile(r"\s+[Ss]tates?\b")


def _with_their_state_word(spans: dict[int, tuple[int, int, str]], doc_text: str,
                           gazetteer: Gazetteer) -> dict[int, tuple[int, int, str]]:
    """A name followed by "state" that the gazetteer knows as "X State" is
    that state ("kidnapped 20 people in Niger state", "Taraba and Plateau
    states"), not the country or the town the bare name would be."""
    out = dict(spans)
    for start, (_, end, text) in spans.items():
        word = _STATE_WORD.match(doc_text, end)
        if word is None or not any(e.feature == ADM1 for e in gazetteer.lookup(f"{text} State")):
            continue
        if any(e.feature == ADM1 for e in gazetteer.lookup(text)):
            continue  # ("Borno state", "Ohio state": the bare name is the state already)
        if word.group(0).rstrip().endswith("s"):
            del out[start]  # ("Taraba and Plateau states": not Plateau, Texas; the plural is no name)
            continue
        out[start] = (start, end + len(word.group(0)), doc_text[start:end + len(word.group(0))])
    return out


# Car makes: the name after one is a model ("a red Dodge Durango", "a white
# Chevrolet Malibu", "a Hyundai Tucson"), not a place.
_CAR_MAKE_BEFORE = re.compile(r"\b(?:Dodge|Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Jeep|Hyundai|Kia|Buick|GMC|"
                              r"Pontiac|Chrysler|Mercury|Volkswagen|VW|Subaru|Mazda|Mitsubishi|Cadillac|"
                              r"Oldsmobile|Plymouth|Saturn|BMW|Audi|Volvo|Lexus|Acura|Infiniti|Isuzu|Suzuki)\s+$")


def _a_car_model(text: str, start: int) -> bool:
    return bool(_CAR_MAKE_BEFORE.search(text, max(0, start - 20), start))


# A crossing named by its two streets, the kind of street said once after
# the second: "marchers met at Church and Baker Ave.", "the corner of Fifth
# and Main streets". The first name is a street, not a town called Church.
# A singular kind needs a word of place before the pair ("flew from Paris
# and London Road was closed" names Paris).
_CROSSING_AFTER = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w'.-]*\s+){1,2}(?:(?P<one>Ave|Avenue|St|Street|Rd|Road|"
                             r"Blvd|Boulevard|Lane|Ln|Drive|Dr|Pkwy|Parkway|Hwy|Highway)|"
                             r"avenues|streets|roads|boulevards)\b")
_CROSSING_BEFORE = re.compile(r"\b(?:at|around|near|corner of|intersection of|junction of)\s+$", re.IGNORECASE)


def _a_street_at_a_crossing(text: str, start: int, end: int) -> bool:
    match = _CROSSING_AFTER.match(text, end, end + 60)
    return bool(match) and (not match.group("one") or bool(_CROSSING_BEFORE.search(text, max(0, start - 20), start)))


def _county_list_names(gazetteer: Gazetteer, text: str) -> list[tuple[int, int, str, list[Entry]]]:
    """(start, end, name, its county readings) of each name in a list of
    counties ("Jackson and Barrow counties"); a two-word name the counties
    do not know is tried by its last word ("Small Hitchcock and Hayes
    counties": a sentence's first word)."""
    found = []
    for match in COUNTY_LIST_RE.finditer(text):
        kind = "Parish" if match.group(1) == "parishes" else "County"
        for name in re.finditer(_LIST_NAME, text[match.start():match.start(1)]):
            start, words = match.start() + name.start(), name.group(0).split()
            for first in range(len(words)):
                surface = " ".join(words[first:])
                counties = [e for e in gazetteer.lookup(f"{surface} {kind}") if e.feature == ADM2]
                if counties:
                    offset = start + len(" ".join(words[:first])) + (1 if first else 0)
                    found.append((offset, offset + len(surface), surface, counties))
                    break
    return found


# Names the gazetteer holds as small towns that news means otherwise: the
# planet ("as the Earth continues its climb", a town in Texas) and the
# Pacific's weather patterns ("the El Niño weather pattern", a town in Mexico),
# the US presidency's seat ("a White House spokesman", a town in Tennessee)
# and its legislature ("Republicans in Congress", a town in Arizona), and the
# firebomb ("Molotov cocktails", once the name of Perm in Russia); nor a
# district every city has, nor "Federal" ("the Federal Police": small towns
# in Canada and Argentina).
_NOT_TOWNS = {normalise(name) for name in ("Earth", "El Niño", "El Nino", "La Niña", "La Nina", "White House",
                                           "Congress", "Molotov", "Central Business District", "Federal")}
# Words that open the names of buildings everywhere, whatever towns bear
# them: "Central Police Station" in Nairobi is no station of Central,
# Saskatchewan (bare, "Central" may still be a town).
_GENERIC_OPENINGS = {"central", "national", "federal", "general", "main", "city"}


# Who someone is kin to is another person: "the wife of Senator X" is not X
# (actors), and "his wife, Amelia" names no town.
KIN_NOUNS = {"wife", "husband", "ex-wife", "ex-husband", "widow", "widower", "son", "daughter", "mother", "father",
             "brother", "sister", "child", "children", "parent", "parents", "family", "relative", "relatives",
             "girlfriend", "boyfriend", "fiancee", "fiance", "friend", "friends", "neighbor", "neighbour",
             "neighbors", "neighbours", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter",
             "grandmother", "grandfather", "stepfather", "stepmother", "stepson", "stepdaughter"}


def _names_kin(ent) -> bool:
    """"Reyes's wife, Amelia", "Amelia, his wife": a name beside a kin noun
    is a person's, not the town it may also be."""
    root = ent.root
    return (root.dep_ == "appos" and root.head.lower_ in KIN_NOUNS) \
        or any(c.dep_ == "appos" and c.lower_ in KIN_NOUNS for c in root.children)


# What only people undergo: a name said to die, or to be killed, wounded or
# arrested, is a person's, whatever town shares it.
_DYING = {"die"}
_HARMED_OR_HELD = {"kill", "wound", "injure", "arrest", "stab", "shoot"}


def _said_to_die(ent) -> bool:
    """"Officers Ruiz, Sakai and a third officer died in the shootout", "two
    deputies, Fuller and Sakai, were wounded": a one-word name (tagged as an
    organisation, and a city in Japan) listed with others who died or were
    hurt is an officer, not a town. (Not a name opening a line: a dateline the
    parse made the subject, "OAKLAND — Three men died".)"""
    if len(ent) != 1 or ent.start == 0 or "\n" in ent.doc[ent.start - 1].text_with_ws:
        return False
    token = ent.root
    if not token.conjuncts:
        return False  # (only a name listed with others: "Uganda was killed" is a parse gone wrong)
    while token.head.i != token.i and (token.dep_ == "conj" or (token.dep_ == "appos" and token.head.pos_ == "NOUN")):
        token = token.head
    verb = token.head
    return (token.dep_ == "nsubj" and verb.lemma_.lower() in _DYING) \
        or (token.dep_ == "nsubjpass" and verb.lemma_.lower() in _HARMED_OR_HELD)


def _surnames(doc) -> set[str]:
    """The last names of the people the article names in full."""
    return {normalise(ent[-1].text) for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2}


def _a_persons_surname(ent, surnames: set[str]) -> bool:
    """"Anthony LaSalle was charged … LaSalle is expected in court": the
    model tags the bare surname as a place, but in an article that names
    the person in full it is the person, unless it stands where places do
    ("in LaSalle", "a man from LaSalle"; not "took over from Smith", "spoke
    to Smith": after a verb, "from", "to" and "of" take people too)."""
    if len(ent) != 1 or normalise(ent.text) not in surnames:
        return False
    head = ent.root
    if head.dep_ != "pobj":
        return True
    preposition = head.head
    if preposition.lower_ in ("in", "at", "near"):
        return False
    if any(c.ent_type_ == "PERSON" or normalise(c.text) in surnames for c in head.conjuncts):
        return True  # "questions from Moreno, Hale and reporters": one of the people listed
    return not (preposition.lower_ in ("from", "to", "of") and preposition.head.pos_ in ("NOUN", "PROPN"))


def _cued_names(doc, gazetteer: Gazetteer, text: str, surnames: set[str]) -> list[tuple[int, int, str]]:
    """Town names spaCy tagged as people/organisations (or not at all) whose
    surroundings say place: "in Jackson", "Jackson, Miss.", "D-Mingo",
    and an all-capitals dateline."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or not gazetteer.lookup(ent.text) \
                or (_owns_a_name(ent) and not _owns_a_district(ent)):
            continue
        before = doc[ent.start - 1].lower_ if ent.start else ""
        if _a_persons_surname(ent, surnames):
            continue
        after = text[ent.end_char:ent.end_char + 30]
        state = re.match(r"\s*,\s*([A-Z][\w.]*(?: [A-Z][\w.]*)?)", after)
        if before in PLACE_PREPS or _home_town(doc, ent) or _owns_a_district(ent) or _after_a_settlement_word(ent) \
                or (state and any(e.feature == ADM1 for e in gazetteer.lookup(state.group(1)))) \
                or _before_its_region_word(doc, ent, gazetteer):
            found.append((ent.start_char, ent.end_char, ent.text))
    for match in PARTY_HOME_RE.finditer(text):
        name = match.group(1).rstrip(".,")
        if gazetteer.lookup(name) or gazetteer.lookup(f"{name} County"):
            found.append((match.start(1), match.start(1) + len(name), name))
    for match in DATELINE_RE.finditer(text[:2000]):
        name = match.group(1).strip()
        at_a_line_start = match.start() == 0 or text[match.start()] == "\n"
        if not at_a_line_start and not _after_a_title(text, match.start(1)):
            continue  # (after a sentence's end, only the title's)
        if gazetteer.lookup(name):
            found.append((match.start(1), match.start(1) + len(name), name))
    titled = _TITLE_CASE_DATELINE_RE.match(text)
    if titled and any(e.feature in (CITY, CAPITAL) and e.population >= _TITLE_CASE_DATELINE_MIN_POPULATION
                     for e in gazetteer.lookup(titled.group(1))):
        found.append((titled.start(1), titled.end(1), titled.group(1)))
    return found


# Words after a region's name that say it is one: "the central Sagaing region".
_REGION_WORDS = {"region", "province", "state", "governorate", "prefecture", "oblast", "district"}


def _before_its_region_word(doc, ent, gazetteer: Gazetteer) -> bool:
    """"air strikes on a village in the central Sagaing region", the name
    tagged as a person: a name the gazetteer holds as a region, followed by
    the word for its kind, is that region."""
    return ent.end < len(doc) and doc[ent.end].lower_ in _REGION_WORDS \
        and any(e.feature in (ADM1, REGION) for e in gazetteer.lookup(ent.text))


# South Asian papers' dateline, a city and a colon opening the text: "Lahore:
# Police on Tuesday arrested ...". Only a large city, so a word that names a
# small town ("Police:", a town in Poland) is not read as one.
# So too a city in title case before a dash, as some African and Latin
# American sites set it: "Abuja — The Peoples Democratic Party on Monday …".
_TITLE_CASE_DATELINE_RE = re.compile(r"\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?::|[ \t]+(?:—|–|--?))[ \t]+(?=[A-Z])")
_TITLE_CASE_DATELINE_MIN_POPULATION = 500_000


# Words for a settlement or region that name one after "of": "the port town of Izmir".
_SETTLEMENT_WORDS = {"town", "city", "village", "port", "province", "region", "county", "capital", "island",
                     "hamlet", "suburb", "municipality", "township", "borough", "settlement"}


def _after_a_settlement_word(ent) -> bool:
    """"held in the port town of Izmir", "the village of Mayfield":
    a name after a settlement's word and "of" is that place, though the
    model reads a person."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
        and doc[ent.start - 2].lemma_.lower() in _SETTLEMENT_WORDS


# Parts of a town its name can own: "Eugene's West University neighborhood".
_DISTRICTS = {"neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "district", "districts", "suburb",
              "suburbs", "downtown", "outskirts", "streets", "waterfront", "mayor"}


def _owns_a_district(ent) -> bool:
    """A one-word name in the possessive before a part of a town ("Eugene's
    West University neighborhood", "Jackson's mayor"): the town, though the
    model reads a first name."""
    if len(ent) != 1:
        return False
    token = ent[0]
    return token.dep_ == "poss" and token.head.lemma_.lower() in _DISTRICTS


# People a "from" phrase gives the home town of ("a man from Jackson").
_RESIDENTS = {"man", "woman", "resident", "teen", "teenager", "boy", "girl", "couple", "family", "student",
              "driver", "suspect", "victim"}


def _home_town(doc, ent) -> bool:
    """"Tom Reed, 31, and Sam Hale, 29, both from Croydon": "from"
    on a person (named or not) gives where they live; "a letter from
    Jackson" is not a place."""
    if not ent.start or doc[ent.start - 1].lower_ != "from":
        return False
    holder = doc[ent.start - 1].head
    return holder.ent_type_ == "PERSON" or holder.lemma_.lower() in _RESIDENTS


def _short_names_of_bodies(doc) -> set[str]:
    """The opening words of the organisations the text names in two or
    more words ("Boca Juniors"): said alone, a short name for the body.
    Not a place's own institutions ("Enfield Council", "Bruton High
    School"), which are named after the place."""
    return {normalise(ent[0].text) for ent in doc.ents
            if ent.label_ == "ORG" and len(ent) >= 2 and ent[0].text[:1].isupper() and ent[0].is_alpha
            and not any(t.lower_ in _A_PLACES_INSTITUTIONS for t in ent[1:])}


# What a place names after itself: "Enfield Council", "the Ozark Police Department".
_A_PLACES_INSTITUTIONS = {"council", "county", "city", "borough", "police", "department", "school", "high",
                          "college", "university", "hospital", "court", "board", "district", "township", "town",
                          "municipality", "assembly", "chamber", "library", "airport", "port", "station",
                          "observatory", "museum", "zoo", "church", "cathedral", "mosque", "temple", "prison",
                          "jail", "fire", "sheriff", "mayor", "state", "province", "region", "regional"}


def _without_bodies_short_names(spans, chosen: list[Optional[Entry]], short_names: set[str]) -> list[Optional[Entry]]:
    """"Boca had dominated the first half", in a Buenos Aires story that
    names Boca Juniors: the club, not Boca, a small town in Italy. A name
    of one word that opens an organisation's longer name in the text, read
    as a small town of a country none of the text's other places lies in,
    where a country, state or large city says where the story is, is the
    body's short name (a local story's "Ozark" beside the "Ozark Police
    Department" stays the town, as does one that names no such place)."""
    suspects = {i for i, ((_, _, surface), entry) in enumerate(zip(spans, chosen, strict=True))
                if entry is not None and " " not in surface.strip() and normalise(surface) in short_names
                and entry.feature in (CITY, ADM2) and entry.population < _STRAY_TOWN_MAX_POPULATION}
    if not suspects:
        return chosen
    # (Only a country, a state or a large city says where else the story
    # is: one more stray hamlet abroad does not, "Hampton Park" beside the
    # "Charleston police".)
    others = {entry.country for i, entry in enumerate(chosen) if entry is not None and i not in suspects}
    elsewhere = {entry.country for i, entry in enumerate(chosen)
                 if entry is not None and i not in suspects and _strong(entry)}
    if not elsewhere:
        return chosen  # (a local story that names only its town: "Shiloh", "the Shiloh School Board")
    return [None if i in suspects and entry.country not in others else entry for i, entry in enumerate(chosen)]


def _owns_a_name(ent) -> bool:
    """"outside Sam's Club": the person's name opens a business's name, and
    the preposition's object is the business, not a town called Sam."""
    follower = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    after = ent.doc[ent.end + 1] if ent.end + 1 < len(ent.doc) else None
    return follower is not None and follower.lower_ in ("'s", "’s") and after is not None \
        and after.text[:1].isupper()


def _names_a_disease(doc, end: int) -> bool:
    """"West Nile virus", "Ebola fever": a place name used to name a disease."""
    return end < len(doc) and doc[end].lower_ in DISEASE_WORDS


def _a_country(gazetteer: Gazetteer, text: str) -> bool:
    """The name is a whole country's ("the Central African Republic", which
    the tagger may read as a body)."""
    return bool(text[:1].isupper()) and any(e.feature == COUNTRY for e in gazetteer.lookup(text))


def _known(gazetteer: Gazetteer, text: str) -> bool:
    return bool(text[:1].isupper() and any(_strong(e) for e in gazetteer.lookup(text)))


def _county(text: str) -> bool:
    return bool(COUNTY_RE.match(text))


# Words after a place's name in a building or body of it that spaCy may tag
# as a place itself: "Seoul City Hall", "the Boone County Jail".
_ITS_OWN_BUILDINGS = {"city", "hall", "police", "council", "department", "school", "schools", "fire", "sheriff",
                      "board", "hospital", "mayor", "commission", "jail", "court", "courthouse", "library",
                      "detention", "civic", "convention", "zoo", "high", "middle", "elementary", "public", "municipal"}


def _opening_names(ent):
    """(words, the word after them): the capitalised first three, two or one
    words of an entity that more words follow, longest first ("the Nebraska
    Department of Roads": "Nebraska Department of", …, "Nebraska")."""
    skip = 1 if ent[0].lower_ == "the" else 0
    for width in (3, 2, 1):
        if len(ent) > width + skip:
            head = ent[skip:skip + width]
            if head[-1].text[:1].isupper():
                yield head, ent[skip + width]


def _place_opening_a_building(ent, gazetteer: Gazetteer) -> Optional[tuple[int, int, str]]:
    """The known place whose name opens a name the gazetteer does not know
    ("Seoul City Hall": Seoul), when a word of its own buildings or bodies
    follows. The longest known name decides: "Kansas City International" is
    no airport of Kansas, "Guernsey County" no county of Guernsey."""
    for head, following in _opening_names(ent):
        if not gazetteer.lookup(head.text):
            continue
        # (Not "North Hall": "North" is an alias of North Salt Lake.)
        if following.lower_ in _ITS_OWN_BUILDINGS and head.text.lower() not in DIRECTION_WORDS \
                and head.text.lower() not in _GENERIC_OPENINGS:
            return head.start_char, head.end_char, head.text
        return None
    return None


def _place_inside(ent, gazetteer: Gazetteer) -> Optional[tuple[int, int, str]]:
    """"University of Texas", "Bank of Georgia": the name after "of" in an ORG;
    "Texas Department of ...", "Minnesota Vikings": a country/state opening one."""
    for head, following in _opening_names(ent):
        if _a_first_name(ent, following):
            continue
        entries = gazetteer.lookup(head.text)
        # A country, state or county opens many names; a town only an
        # institution of its own ("Athens Police Department", "Fargo City
        # Commission", "Boyle County Sheriff's Office").
        if any(e.feature in (COUNTRY, ADM1, ADM2) for e in entries) or \
                (entries and following.lower_ in INSTITUTION_WORDS
                 and head.text.lower() not in _PORTFOLIOS
                 and not _a_courts_rank(head.text, following.lower_)):
            return head.start_char, head.end_char, head.text
    for token in ent:
        if token.lower_ == "of" and token.i + 1 < ent.end:
            rest = ent.doc[token.i + 1:ent.end]
            if rest[0].lower_ == "the":
                rest = rest[1:] if len(rest) > 1 else rest
            entries = gazetteer.lookup(rest.text)
            if entries and any(e.feature in (COUNTRY, ADM1, CONTINENT, REGION) or e.population >= 50_000
                               for e in entries):
                return rest.start_char, rest.end_char, rest.text
    return None


# What a government department is named for ("the Justice Department",
# "Commerce Department officials"): towns of these names (Justice and
# Energy, Illinois; Commerce, Georgia) do not open institutions in news.
_PORTFOLIOS = {"justice", "commerce", "energy", "state", "defense", "defence", "labor", "labour", "treasury",
               "interior", "education", "agriculture", "transportation", "health", "homeland", "veterans",
               "housing", "finance", "war", "navy", "army", "police", "fire"}


# What a court is called for its rank ("the Supreme Court", "Superior
# Court", "a federal court"): Supreme, Louisiana and Superior, Wisconsin
# hold no courts that news names this way.
_COURT_RANKS = {"supreme", "superior", "federal", "circuit", "district", "high", "appeals", "appellate"}


def _a_courts_rank(name: str, institution: str) -> bool:
    return name.lower() in _COURT_RANKS and institution in ("court", "courts")


def _a_first_name(ent, following) -> bool:
    """"Chad Boyer", "Jordan Henderson", "Georgia Smith": in a person's name the
    words before `following` are a first name, not a place, unless a title is
    what follows them ("Texas Gov. Rick Perry")."""
    return ent.label_ == "PERSON" and following.lower_.rstrip(".") not in _TITLES


# Titles that may follow a place at the start of a person-tagged name.
_TITLES = {"gov", "governor", "sen", "senator", "rep", "representative", "president", "prime", "minister", "mayor",
           "attorney", "judge", "sheriff", "police", "chief", "state", "foreign", "defense", "defence", "general",
           "gen", "lt", "col", "capt", "sgt", "officer", "king", "queen", "prince", "ambassador", "envoy"}


_DASHES = {"-", "--", "—", "–"}


def _trim(ent, text: str) -> tuple[int, int, str]:
    """Drop a leading "the" and a trailing possessive from an entity span,
    and what follows a dash ("LOS ANGELES - Police", tagged as one place,
    is a dateline and the sentence's first word)."""
    tokens = [t for t in ent]
    dash = next((n for n, t in enumerate(tokens) if n and t.text in _DASHES and t.whitespace_), None)
    if dash is not None:
        tokens = tokens[:dash]
    while tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    while tokens and tokens[-1].text in ("'s", "’s", "'", "’"):
        tokens = tokens[:-1]
    if not tokens:
        return 0, 0, ""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return start, end, text[start:end]


def _untagged(doc, gazetteer: Gazetteer, taken: list[bool]) -> list[tuple[int, int, str]]:
    """Capitalised gazetteer names spaCy did not tag (longest match first)."""
    found = []
    i, n = 0, len(doc)
    while i < n:
        if taken[i] or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper() or _title_case(doc[i].sent):
            i += 1
            continue
        for width in range(min(gazetteer.max_words, n - i), 0, -1):
            window = doc[i:i + width]
            if any(taken[j] for j in range(i, i + width)) or not window[-1].text[:1].isupper():
                continue
            if width == 1 and (doc[i].is_sent_start or (i > 0 and doc[i - 1].text in _CLAUSE_DASHES)):
                # A sentence's first word is capitalised for grammar, not as a
                # name: "Man accused of threatening …" is not Man, Ivory Coast;
                # nor after a dateline's dash ("DAYTON, Ohio — Man found …").
                continue
            entries = gazetteer.lookup(window.text)
            if (entries and any(_strong(e) for e in entries)) or \
                    (width > 1 and COUNTY_RE.match(window.text) and gazetteer.county_states(window.text)):
                found.append((window.start_char, window.end_char, window.text))
                i += width - 1
                break
        i += 1
    return found


# Dashes after which a dateline's sentence begins.
_CLAUSE_DASHES = {"—", "–", "--"}  # (not a hyphen: "Guinea-Bissau", "LONDON, Ky. - London police")


def _title_case(sent) -> bool:
    """A headline in title case ("Iraqi Officials: Car Bomb Kills 31 in Mosul"):
    its capitals say nothing about names ("Car" is not the Central African Republic)."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _strong(entry: Entry) -> bool:
    return entry.feature != CITY and entry.feature != CAPITAL or entry.population >= UNTAGGED_CITY_MIN_POPULATION


def _names_a_party(text: str) -> bool:
    """An organisation the actor knowledge lists ("Hamas", whose name is
    also one of Hamm's, Germany): a party, not a place, unless the name is
    a place's own ("Brussels" also names the EU, "the Alliance" a town in
    Ohio: their tags and cues decide)."""
    from ..actors.knowledge import load_knowledge

    entry = load_knowledge().lookup(text)
    if entry is None or entry.kind != "organisation":
        return False
    key = normalise(text)
    return not any(normalise(place.name) == key for place in load_gazetteer().lookup(text))


def _is_demonym(text: str) -> bool:
    from ..actors.knowledge import load_knowledge

    return load_knowledge().demonym(text) is not None and not load_gazetteer().lookup(text)


# Words of the US justice system alone ("Alexandria parents charged with a
# misdemeanor" are in Louisiana or Virginia, not Egypt).
_US_COURTS = re.compile(r"\b(?:felony|felonies|misdemeanou?rs?|grand jury|district attorney|sheriff[’']s "
                        r"(?:office|department|deputy|deputies)|county jail|state trooper)\b", re.IGNORECASE)


# (In capitals only: "swat" is also a verb.)
_US_POLICE = re.compile(r"\bSWAT (?:team|teams|officers?|unit)\b")

# Words of the British courts and police, and sums in pounds: "York Crown
# Court heard" makes a lone "Scarborough" and "York" the English towns, not
# their namesakes in the US (a street called Westborough had anchored
# Massachusetts).
_UK_JUSTICE = re.compile(r"\b(?:Crown Court|Magistrates[’']? Court|magistrates[’'] court|Crown Prosecution Service|"
                         r"Old Bailey|Scotland Yard|Metropolitan Police|Police Scotland|Constabulary|"
                         r"Chief Constable|Detective Constable|Procurator Fiscal)\b|£\s?\d")


def _context_countries(doc, gazetteer: Gazetteer) -> set[str]:
    """Countries implied by demonyms and nationality entities ("Russian",
    "Georgian"), and by the people and bodies the knowledge base places in
    one ("Sheriff Joe Arpaio", "the FBI": a lone "Alexandria" is then the
    one in Virginia)."""
    from ..actors.knowledge import load_knowledge, named_parties

    knowledge = load_knowledge()
    codes = {"USA"} if _US_COURTS.search(doc.text) or _US_POLICE.search(doc.text) else set()
    if _UK_JUSTICE.search(doc.text):
        codes.add("GBR")
    for ent in doc.ents:
        if ent.label_ == "NORP":
            entry = knowledge.demonym(ent.text)
            if entry and entry.code and len(entry.code) == 3:
                codes.add(entry.code)
    # (A lone surname is no evidence: "Blair" is a local Chuck Blair as often as Tony Blair.)
    codes.update(entry.code for ent, entry in named_parties(doc, knowledge)
                 if (ent.label_ == "ORG" or len(ent) > 1) and entry.kind in ("person", "organisation", "seat")
                 and len(entry.code) == 3)
    return codes


# ---------------------------------------------------------------- resolution

def _resolve(text: str, spans: list[tuple[int, int, str]], gazetteer: Gazetteer,
             implied: set[str], keep_unresolved: bool = False,
             counties: Sequence[tuple[int, int, str, list[Entry]]] = (),
             short_names: frozenset[str] | set[str] = frozenset()) -> list[Place]:
    listed = {start: readings for start, _, _, readings in counties}
    candidates = _residences_are_towns(text, spans, [
        listed[start] if start in listed else [] if _a_compass_region(text, start, t) else _candidates(gazetteer, t)
        for start, _, t in spans])
    candidates = _wire_dateline_is_the_known_city(text, spans, candidates)
    candidates = _dateline_is_a_city(text, spans, candidates)
    candidates = _landforms_are_no_towns(text, spans, candidates)
    qualifiers = _qualifiers(text, spans, candidates)
    # Pass 1: names with one reading (or a country/continent) anchor the context.
    anchors: list[Entry] = []
    countries = set(implied)
    admin1s: set[tuple[Optional[str], Optional[str]]] = set()
    for options in candidates:
        entry = _unambiguous(options)
        if entry is not None:
            anchors.append(entry)
            if entry.country:
                countries.add(entry.country)
            if entry.feature == ADM1:
                admin1s.add((entry.country2, entry.admin1_code))
    for _, _, surface in spans:
        states = gazetteer.county_states(surface)
        if states:  # a US county's name ("Franklin County": 24 states, all American)
            countries.add("USA")
        if 0 < len(states) <= 2:  # "Rapides Parish" is only in Louisiana
            admin1s.update(("US", state) for state in states)
    neighbours = set().union(*(gazetteer.neighbours.get(c, frozenset()) for c in countries)) if countries else set()
    support = _support(spans, candidates)
    chosen = _choose(spans, candidates, countries, neighbours, admin1s, anchors, qualifiers, support)
    # Pass 2: the first pass's choices become context (a US city implies the
    # US, a state its towns) and everything is scored again once.
    chosen_countries: dict[str, set[str]] = {}
    for (_, _, surface), entry in zip(spans, chosen, strict=False):
        if entry is not None and entry.country:
            chosen_countries.setdefault(entry.country, set()).add(normalise(surface))
            if entry.feature == ADM1:
                admin1s.add((entry.country2, entry.admin1_code))
    # Distinct local anchors only: countries and continents are near nothing
    # in particular, and repeats would cost distance computations.
    anchors = list({id(e): e for e in anchors + [e for e in chosen if e is not None]
                    if e.feature not in (COUNTRY, CONTINENT)}.values())
    chosen = _choose(spans, candidates, countries, neighbours, admin1s, anchors, qualifiers, support,
                     chosen_countries, gazetteer)
    chosen = _as_where_it_was_qualified(spans, candidates, chosen, qualifiers)
    chosen = _countries_named_like_local_towns(spans, candidates, chosen, implied)
    chosen = _the_congo_of_the_text(spans, chosen, gazetteer)
    chosen = _capitals_of_named_countries(spans, candidates, chosen, qualifiers)
    chosen = _without_stray_hamlets(chosen, implied)
    chosen = _without_strays_of_a_local_story(chosen, implied)
    chosen = _without_bodies_short_names(spans, chosen, short_names)
    chosen = _without_strays_of_a_datelined_story(text, spans, chosen, implied, gazetteer)
    chosen = _without_unknown_regions(text, spans, candidates, chosen, qualifiers)
    return [_place(surface, start, end, best) for (start, end, surface), best in zip(spans, chosen, strict=False)
            if best is not None or keep_unresolved]


def _as_where_it_was_qualified(spans, candidates: list[list[Entry]], chosen: list[Optional[Entry]],
                               qualifiers: dict[int, tuple[set, set]]) -> list[Optional[Entry]]:
    """"DURANGO, Colo. — … a home in Durango": a name the text once placed
    with its state ("Paris, Texas") is that place each time it is named
    alone, not a namesake elsewhere (the Mexican state). Not with a country:
    "China, Japan and South Korea" is a list, not a Japanese town."""
    qualified: dict[str, Entry] = {}
    for i, entry in enumerate(chosen):
        states_only = i in qualifiers and not qualifiers[i][0] and qualifiers[i][1]
        if states_only and entry is not None and _fits(entry, qualifiers[i]):
            qualified.setdefault(normalise(spans[i][2]), entry)
    if not qualified:
        return chosen
    out = list(chosen)
    for i, (_, _, surface) in enumerate(spans):
        entry = qualified.get(normalise(surface))
        if entry is not None and i not in qualifiers and any(e is entry for e in candidates[i]):
            out[i] = entry
    return out


# How many other names of a state a local story must place there before a
# country's name in it reads as the state's namesake town.
_LOCAL_NAMES_NEEDED = 2
# ... or how near one other place of the story the town must lie.
_NEXT_TOWN_KM = 40.0


def _countries_named_like_local_towns(spans, candidates: list[list[Entry]], chosen: list[Optional[Entry]],
                                      implied: set[str]) -> list[Optional[Entry]]:
    """"The Lebanon school board … parents from Zionsville … the Boone County
    commissioners": in a story whose every other place lies in one country,
    and two of them in one state, a country's name that is also a town of
    that state is the town (Lebanon, Indiana), wherever the story repeats
    it. Not where the country has any other sign in the text (a place in it,
    its demonym, a person or body of it): then it is the country."""
    local_choices = [(normalise(surface), entry) for (_, _, surface), entry in zip(spans, chosen, strict=True)
                     if entry is not None and entry.feature not in (CONTINENT, REGION)]
    towns: dict[str, Entry] = {}
    for (_, _, surface), options, entry in zip(spans, candidates, chosen, strict=True):
        key = normalise(surface)
        if entry is None or entry.feature != COUNTRY or key in towns or entry.country in implied:
            continue
        others = [e for k, e in local_choices if k != key]
        if not others or any(e.country == entry.country for e in others):
            continue
        town = _the_town_among(options, key, others)
        if town is not None:
            towns[key] = town
    if not towns:
        return chosen
    return [towns.get(normalise(surface), entry) for (_, _, surface), entry in zip(spans, chosen, strict=True)]


def _the_town_among(options: list[Entry], key: str, others: list[Entry]) -> Optional[Entry]:
    """The town of `options` whose state holds enough of the other places,
    all of which lie in its country, or one of them lies next to it ("Jordan"
    beside Shakopee: Jordan, Minnesota, is the next town); None when there
    is none."""
    best, best_count = None, 0
    for option in options:
        if option.feature not in (CITY, CAPITAL, ADM2) or any(e.country != option.country for e in others):
            continue
        state = (option.country2, option.admin1_code)
        count = len({_key(e.name) for e in others
                     if (e.country2, e.admin1_code) == state and _key(e.name) != key})
        if count < _LOCAL_NAMES_NEEDED and any(
                e.feature in (CITY, ADM2) and _key(e.name) != key
                and distance_km(e.lat, e.lon, option.lat, option.lon) < _NEXT_TOWN_KM for e in others):
            count = _LOCAL_NAMES_NEEDED
        if count >= _LOCAL_NAMES_NEEDED and count > best_count:
            best, best_count = option, count
    return best


def _the_congo_of_the_text(spans, chosen: list[Optional[Entry]], gazetteer: Gazetteer) -> list[Optional[Entry]]:
    """"GOMA, Congo — M23 rebels …": the bare name is the Republic of the
    Congo in geonames, but news (AP's style among them) calls the
    Democratic Republic "Congo" as often. The bare name is the Democratic
    Republic where the text places something there (Goma, Kinshasa, the
    long name) and nothing but the bare name in the Republic."""
    bare = {i for i, (_, _, surface) in enumerate(spans) if normalise(surface) == "congo"
            and chosen[i] is not None and chosen[i].country == "COG"}
    if not bare:
        return chosen
    others = {entry.country for i, entry in enumerate(chosen) if entry is not None and i not in bare}
    drc = gazetteer.countries.get("COD")
    if drc is None or "COD" not in others or "COG" in others:
        return chosen
    return [drc if i in bare else entry for i, entry in enumerate(chosen)]


def _capitals_of_named_countries(spans, candidates: list[list[Entry]], chosen: list[Optional[Entry]],
                                 qualifiers: dict) -> list[Optional[Entry]]:
    """A Kentucky paper's story of a local nurse on a trip to France, who saw
    shots fired in Paris: a capital whose country the text names is that
    capital, not its namesake town near the paper's other places (unless a
    qualifier says otherwise: "Paris, Ky.")."""
    named = {entry.country for entry in chosen if entry is not None and entry.feature == COUNTRY}
    # (A name qualified anywhere in the text is the qualified town throughout:
    # "PARIS, Ky. — … will play in Paris on Saturday".)
    qualified = {normalise(spans[i][2]) for i in qualifiers}
    out = list(chosen)
    for i, (options, entry) in enumerate(zip(candidates, chosen, strict=True)):
        if entry is None or entry.feature != CITY or entry.country in named or normalise(spans[i][2]) in qualified:
            continue
        capital = next((e for e in options if e.feature == CAPITAL and e.country in named), None)
        if capital is not None:
            out[i] = capital
    return out


# A hamlet's population: geonames gives none (0) or a few hundred.
_HAMLET_POPULATION = 1000


def _without_stray_hamlets(chosen: list[Optional[Entry]], implied: set[str]) -> list[Optional[Entry]]:
    """A hamlet in a country nothing else in the text points to is a
    misread name ("Titan's request" in a US story is not Tītān,
    Afghanistan): dropped."""
    counts = Counter(entry.country for entry in chosen if entry is not None and entry.country)
    # (Regions carry no population in our data: "the Middle East" is no
    # hamlet; nor do counties: "Franklin County".)
    return [None if entry is not None and entry.feature not in (COUNTRY, CONTINENT, ADM1, REGION)
            and not _a_county(entry)
            and entry.population < _HAMLET_POPULATION and entry.country not in implied
            and counts.get(entry.country, 0) == 1 else entry for entry in chosen]


def _a_county(entry: Entry) -> bool:
    return entry.feature == ADM2 and entry.name.endswith((" County", " Parish"))


# How many places a story must hold, and what share of them must lie in
# one country, for a town abroad nothing else points to to be a misreading.
_LOCAL_STORY_PLACES = 5
_LOCAL_STORY_SHARE = 0.8
_STRAY_PLACES = 2


def _without_strays_of_a_local_story(chosen: list[Optional[Entry]], implied: set[str]) -> list[Optional[Entry]]:
    """"sent to Santa Rita jail" in a story of Fremont, San Jose and
    Alameda County is no town in the Philippines: in a story whose places
    lie nearly all in one country, a town or county of another country
    that holds no more than two of its places, and which no country name,
    capital, state, demonym or person points to, is a local name we do not
    know: dropped."""
    located = [entry for entry in chosen if entry is not None and entry.country]
    counts = Counter(entry.country for entry in located)
    if not counts:
        return chosen
    [(home, at_home)] = counts.most_common(1)
    if at_home < _LOCAL_STORY_PLACES or at_home < _LOCAL_STORY_SHARE * len(located):
        return chosen
    pointed = set(implied) | {e.country for e in located if e.feature in (COUNTRY, CAPITAL, ADM1)}
    distinct = Counter(e.country for e in {id(e): e for e in located}.values())
    return [None if entry is not None and entry.country != home and entry.country not in pointed
            and entry.feature in (CITY, ADM2) and distinct[entry.country] <= _STRAY_PLACES else entry
            for entry in chosen]


# The largest town abroad a datelined story may name alone, its country
# never named, and still be a local name we do not know.
_STRAY_TOWN_MAX_POPULATION = 200_000


def _without_strays_of_a_datelined_story(text: str, spans, chosen: list[Optional[Entry]],
                                         implied: set[str], gazetteer: Gazetteer) -> list[Optional[Entry]]:
    """"CAPE TOWN — … a house in the Overberg" is no Dutch village, "DAKAR
    — … in Médina" no town in Ohio: in a story whose dateline's country
    holds at least half of its places, a town of a country that is not
    its neighbour, that is one of at most two of its country's places in the text, that no
    country name, capital, state, demonym or person points to, and that
    is no large city, is a local name we do not know: dropped. (A story
    with fewer places than _without_strays_of_a_local_story needs. A
    neighbour's town stays: "JERUSALEM — A clinic in Rafah was shelled";
    so "ISLAMABAD — … near the Faizabad interchange" stays India's.)"""
    if not spans or chosen[0] is None or not chosen[0].country or spans[0][0] > DATELINE_CHARS \
            or not _DATELINE_TAIL.match(text, spans[0][1], spans[0][1] + 40):
        return chosen
    home = chosen[0].country
    located = [entry for entry in chosen if entry is not None and entry.country]
    if 2 * sum(entry.country == home for entry in located) < len(located):
        return chosen
    pointed = set(implied) | {home} | {e.country for e in located if e.feature in (COUNTRY, CAPITAL, ADM1, REGION)} \
        | set(gazetteer.neighbours.get(home, frozenset()))
    distinct = Counter(e.country for e in {id(e): e for e in located}.values())
    return [None if entry is not None and entry.country not in pointed and entry.feature in (CITY, ADM2)
            and distinct[entry.country] <= _STRAY_TOWNS and entry.population < _STRAY_TOWN_MAX_POPULATION else entry
            for entry in chosen]


# How many small towns of one far country a datelined story may name before
# they are taken for its places: two such names hold each other up ("La
# Ribera" and "Madrid" in a Buenos Aires story both have namesakes in Mexico).
_STRAY_TOWNS = 2


# The largest town a name after "Town, " may read as and still be a region
# of the town's country we do not know.
_UNKNOWN_REGION_MAX_POPULATION = 100_000


def _without_unknown_regions(text: str, spans, candidates: list[list[Entry]], chosen: list[Optional[Entry]],
                             qualifiers: dict) -> list[Optional[Entry]]:
    """"A man from Clacton, Essex": a name after a town and a comma says
    which region of the town's country it lies in. Where our gazetteer
    knows that name only as small towns of other countries (Essex,
    Maryland), it is a region we do not know (the English county), not a
    town abroad: dropped. (A state or country after the comma is a
    qualifier, weighed when the town is chosen; a large city is a list:
    "London, Paris and Berlin".)"""
    out = list(chosen)
    for i in range(len(spans) - 1):
        town, after = chosen[i], chosen[i + 1]
        if town is None or after is None or i in qualifiers or text[spans[i][1]:spans[i + 1][0]].strip() != ",":
            continue
        if town.feature not in (CITY, CAPITAL) or not town.country:
            continue
        options = candidates[i + 1]
        if all(e.feature == CITY and e.country != town.country and e.population < _UNKNOWN_REGION_MAX_POPULATION
               for e in options):
            out[i + 1] = None
    return out


# "Terry Jolly, 60, Lebanon, was arrested": local news gives where a
# person lives after their age; that is a town, not a country.
_AGE_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s*\d{1,3},\s*$")
# A house number, a street and its abbreviated kind, then the town: "of 2517
# Elm St., Alexandria". The Associated Press's style (abbreviations only with a
# numbered address), that of North American papers.
_AP_ADDRESS_BEFORE = re.compile(r"\b\d{1,6}\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:St|Ave|Blvd|Rd|Dr|Ln|Ct|Pl|Pkwy|Hwy)\.,\s*$")
_AP_STYLE_COUNTRIES = ("USA", "CAN")


_COMPASS = {"west", "east", "north", "south", "northeast", "northwest", "southeast", "southwest"}


def _a_compass_region(text: str, start: int, surface: str) -> bool:
    """"The West", "the Middle East" aside, "the West" or "the South" is a
    part of the world or of a country, not West, Texas."""
    return surface.lower() in _COMPASS and text[max(0, start - 4):start].lower() == "the "


# "A 54-year-old Palestine man", "a Lebanon woman": a country's name
# before a word for a resident. English says where someone is from with the
# country's demonym ("a Lebanese woman"); the bare name is the idiom of US
# local news for a US town or state named like the country ("a Georgia
# man"). Elsewhere it is the country ("a Bangladesh man" is not the town in
# Armenia), so only US readings are taken.
_RESIDENT_AFTER = re.compile(r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|teens|youth|resident|residents|"
                             r"native|couple|family|mother|father|husband|wife)\b")


def _residences_are_towns(text: str, spans, candidates: list[list[Entry]]) -> list[list[Entry]]:
    """A country's name where local news puts a person's town reads as the
    town, there and wherever the article repeats the name ("… by Lebanon
    Police"); a town after a numbered street address in the agencies' style
    is a North American one."""
    after_age = {normalise(surface) for start, end, surface in spans
                 if _AGE_BEFORE.search(text[max(0, start - 60):start]) and text[end:end + 1] in (",", ".", ";")}
    residents = {normalise(surface) for _, end, surface in spans if _RESIDENT_AFTER.match(text, end)}
    addressed = {normalise(surface) for start, _, surface in spans
                 if _AP_ADDRESS_BEFORE.search(text[max(0, start - 80):start])}
    out = []
    for (_, _, surface), options in zip(spans, candidates, strict=True):
        key = normalise(surface)
        if key in addressed and not any(e.feature == COUNTRY for e in options):
            # (a town after a numbered street address: its North American
            # namesake; a country's name is read below and by its neighbours)
            towns = [e for e in options if e.feature in (CITY, ADM2) and e.country in _AP_STYLE_COUNTRIES]
            if towns:
                options = towns
        if key in after_age:
            local = [e for e in options if e.feature in (CITY, ADM2)]
        elif key in residents:
            local = [e for e in options if e.feature in (CITY, ADM2, ADM1) and e.country == "USA"]
        else:
            local = []
        if local and any(e.feature == COUNTRY for e in options):
            options = local
        out.append(options)
    return out


# A name before a landform noun names the landform ("the Nuba mountains",
# "the Swat valley"): a region or district may be called so too, a town not.
# (Not "mountain" or "range": "a Perth mountain climber", "salaries in
# Indianapolis range from …".)
_LANDFORM_AFTER = re.compile(r"\s+(?:mountains|hills|valley|desert|plateau|highlands)\b")


def _landforms_are_no_towns(text: str, spans, candidates: list[list[Entry]]) -> list[list[Entry]]:
    """"fled the Nuba mountains" (Sudan) is not Nūbā, a town in the West
    Bank: a name before a landform noun keeps only its readings as a
    region, a district or a country."""
    out = []
    for (_, end, _), options in zip(spans, candidates, strict=True):
        if _LANDFORM_AFTER.match(text, end):
            options = [e for e in options if e.feature not in (CITY, CAPITAL)]
        out.append(options)
    return out


# A wire agency's credit right after an unqualified dateline: "GENEVA (Reuters) -".
_WIRE_CREDIT = re.compile(r"\s*\((?:AP|Reuters|AFP|UPI|Xinhua|dpa|DPA|Bloomberg|Kyodo|Yonhap|EFE|ANSA|TASS|"
                          r"Anadolu|PTI|IANS|ANI)\)\s*(?:[—–]|-{1,2})")


# A wire dateline's city is known by its name alone when this large and
# this many times larger than its largest namesake.
_KNOWN_CITY_POPULATION, _KNOWN_CITY_LEAD = 100_000, 5


def _wire_dateline_is_the_known_city(text: str, spans, candidates: list[list[Entry]]) -> list[list[Entry]]:
    """"GENEVA (Reuters) -": wire style gives a dateline alone, with no state
    or country after it, only to a city its readers know by that name (AP
    style: "GENEVA, Ill. (AP) -" for the town in Illinois), so the name is
    its largest city, wherever the article repeats it. A small namesake
    near the story's other places had won (Geneva, Illinois, beside
    "pressure from Washington"). Only a city far larger than any namesake:
    AP's state wires leave their own state's towns unqualified ("LEBANON
    (AP) -" in an Ohio trial story)."""
    found = _dateline_readings(text, spans, candidates, _WIRE_CREDIT)
    if found is None:
        return candidates
    key, own = found
    cities = [e for e in own if e.feature in (CITY, CAPITAL)]
    if not cities or any(e.feature in (COUNTRY, ADM1) for e in own):
        return candidates
    capital = next((e for e in cities if e.feature == CAPITAL and normalise(e.name) == key
                    and e.population >= _KNOWN_CITY_POPULATION), None)
    if capital is not None:
        # A capital known by this very name is the city the wire means, not a
        # larger city that has the name only as an old alias ("ISLAMABAD
        # (Reuters)" is not Chattogram, nor "NEW DELHI (Reuters)" Delhi).
        # Only a large one: "PLYMOUTH (AP)" is not Montserrat's, nor
        # "HAMILTON (Reuters)" Bermuda's.
        return _read_as(spans, candidates, key, [capital])
    largest = max(cities, key=lambda e: e.population)
    if largest.population < _KNOWN_CITY_POPULATION or any(
            e is not largest and e.population * _KNOWN_CITY_LEAD > largest.population for e in cities):
        return candidates
    return _read_as(spans, candidates, key, [largest])


def _dateline_is_a_city(text: str, spans, candidates: list[list[Entry]]) -> list[list[Entry]]:
    """"JORDAN (AP) — A county coroner giving evidence at the trial of a
    Utah woman …": a dateline names a city, so a country's name there is its
    namesake city in a country the rest of the article points to, where
    there is one, there and wherever the article repeats the name."""
    found = _dateline_readings(text, spans, candidates, _DASH_DATELINE_TAIL)
    if found is None:
        return candidates
    key, own = found
    if not any(e.feature == COUNTRY for e in own):
        return candidates
    # Countries the other names point to: those whose every reading lies in one.
    elsewhere = {options[0].country for (_, _, surface), options in zip(spans, candidates, strict=True)
                 if normalise(surface) != key and options and len({e.country for e in options}) == 1}
    cities = [e for e in own if e.feature in (CITY, CAPITAL) and e.country in elsewhere]
    if not cities or any(e.feature == COUNTRY and e.country in elsewhere for e in own):
        return candidates
    return _read_as(spans, candidates, key, cities)


def _dateline_readings(text: str, spans, candidates: list[list[Entry]],
                       tail: re.Pattern) -> Optional[tuple[str, list[Entry]]]:
    """The dateline's name (normalised) and its readings: the first name that
    opens the body and is followed by `tail` (a dash, or an agency's credit
    and a dash); None when there is none."""
    for (start, end, surface), options in zip(spans, candidates, strict=True):
        if start > _AFTER_TITLE_CHARS:
            break
        if _opens_the_body(text, start, end) and tail.match(text, end, end + 40):
            return normalise(surface), options
    return None


def _read_as(spans, candidates: list[list[Entry]], key: str, readings: list[Entry]) -> list[list[Entry]]:
    """`readings` for every mention of the name `key`, the other names' as they were."""
    return [readings if normalise(surface) == key else options
            for (_, _, surface), options in zip(spans, candidates, strict=True)]


def _choose(spans, candidates, countries, neighbours, admin1s, anchors, qualifiers, support,
            chosen_countries: Optional[dict[str, set[str]]] = None, gazetteer: Optional[Gazetteer] = None
            ) -> list[Optional[Entry]]:
    """`_best` for every span. A name's options and support depend on its
    surface only, so a name repeated without a qualifier is scored once: a
    long article names the same places hundreds of times, and scoring each
    mention against every anchor made a 90 KB text take 16 s here.

    `chosen_countries` (second pass): the countries of the first pass's
    choices, each with the names that chose it. A name's own first choice is
    no evidence for itself: "Georgia" read as the country made the country
    named, which then outweighed the state in a story set in Atlanta."""
    memo: dict[tuple, Optional[Entry]] = {}
    context: dict[str, tuple[set, set]] = {}
    chosen = []
    for i, options in enumerate(candidates):
        qualifier = qualifiers.get(i)
        surface = spans[i][2]
        key = (surface, None if qualifier is None else (frozenset(qualifier[0]), frozenset(qualifier[1])))
        if key not in memo:
            named, near = countries, neighbours
            if chosen_countries is not None and gazetteer is not None:
                if surface not in context:
                    own = _bare_name(normalise(surface))
                    named = countries | {c for c, names in chosen_countries.items()
                                         if {_bare_name(n) for n in names} - {own}}
                    near = set().union(*(gazetteer.neighbours.get(c, frozenset()) for c in named)) if named else set()
                    context[surface] = (named, near)
                named, near = context[surface]
            memo[key] = _best(surface, options, named, near, admin1s, anchors, qualifier, support[i])
        chosen.append(memo[key])
    return chosen


# Words that make a compass word a city's district, not a town: "the
# city's South Side" is no Side, Turkey ("West Valley", "East Village").
_DISTRICT_TAILS = {"side", "end", "shore", "coast", "village", "hills", "hill", "park", "valley", "beach",
                   "central", "point", "heights", "harbor", "harbour", "bay", "ridge", "loop", "bank"}


def _candidates(gazetteer: Gazetteer, text: str) -> list[Entry]:
    """Gazetteer readings of a name; "Yavapai" falls back to its county,
    "south Fargo", "Oakport Township" to the bare name."""
    found = gazetteer.lookup(text)
    if found:
        return found
    words = text.split()
    if words and words[-1].lower() not in ("county", "parish"):
        # "Yavapai", "D-Mingo": no town of that name, but a county is.
        counties = gazetteer.lookup(f"{text} County") or gazetteer.lookup(f"{text} Parish")
        if counties:
            return counties
    if len(words) > 1 and words[0].lower() in DIRECTION_WORDS and words[-1].lower() not in _DISTRICT_TAILS:
        return gazetteer.lookup(" ".join(words[1:]))
    if len(words) > 1 and words[-1].lower() in ("township", "city", "town", "village", "borough"):
        return [e for e in gazetteer.lookup(" ".join(words[:-1])) if e.feature in (CITY, CAPITAL)]
    if len(words) > 1 and words[-1].lower() in ("archipelago", "islands"):
        # "the Comoros archipelago": the island state or region of that name
        return [e for e in gazetteer.lookup(" ".join(words[:-1])) if e.feature in (COUNTRY, ADM1, REGION)]
    return []


def _unambiguous(options: list[Entry]) -> Optional[Entry]:
    """The one reading of a name, or a country/continent no admin1 competes with."""
    if len(options) == 1:
        return options[0]
    if options and options[0].feature in (COUNTRY, CONTINENT) and \
            not any(e.feature in (ADM1, COUNTRY) for e in options[1:]):
        return options[0]
    return None


def _cell(entry: Entry) -> tuple[int, int]:
    return int(math.floor(entry.lat / CELL_DEG)), int(math.floor(entry.lon / CELL_DEG))


def _bare_name(key: str) -> str:
    """A normalised name without a compass word before it: "north georgia"
    is no evidence for how to read "georgia" (a weather story of north
    Georgia and metro Atlanta had made both the country)."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in DIRECTION_WORDS else key


def _support(spans, candidates: list[list[Entry]]) -> list[dict[int, int]]:
    """Spatial coherence among ambiguous names: for each candidate town, how
    many *other* names of the article have some reading within about one
    grid cell of it (Alexandria next to Pineville picks Louisiana).
    Countries, states and continents are left out: they are near everything."""
    cells_by_name: dict[str, set[tuple[int, int]]] = {}
    for (_, _, surface), options in zip(spans, candidates, strict=False):
        if any(e.feature == COUNTRY for e in options):
            continue  # (a country's name lends its namesake towns no support: "Peru" is not Peru, Illinois)
        local = [e for e in options if e.feature in (CITY, CAPITAL, ADM2)]
        if local:
            cells = cells_by_name.setdefault(normalise(surface), set())
            for entry in local:
                la, lo = _cell(entry)
                cells.update((la + i, lo + j) for i in (-1, 0, 1) for j in (-1, 0, 1))
    out = []
    by_surface: dict[str, dict[int, int]] = {}  # a repeated name has the same counts
    for (_, _, surface), options in zip(spans, candidates, strict=False):
        counts = by_surface.get(surface)
        if counts is None:
            counts = by_surface[surface] = _support_counts(normalise(surface), options, cells_by_name)
        out.append(counts)
    return out


def _support_counts(key: str, options: list[Entry], cells_by_name: dict[str, set[tuple[int, int]]]) -> dict[int, int]:
    counts: dict[int, int] = {}
    if len(options) > 1:
        others = [cells for name, cells in cells_by_name.items() if name != key]
        for entry in options:
            if entry.feature in (CITY, CAPITAL, ADM2):
                cell = _cell(entry)
                counts[id(entry)] = sum(cell in cells for cells in others)
    return counts


def _qualifiers(text: str, spans, candidates) -> dict[int, tuple[set, set]]:
    """"Paris, Texas": span i followed by ", " and span i+1 → (countries, admin1s) of i+1."""
    out = {}
    for i in range(len(spans) - 1):
        gap = text[spans[i][1]:spans[i + 1][0]]
        if gap.strip() == "," and candidates[i + 1]:
            higher = [e for e in candidates[i + 1] if e.feature in (COUNTRY, ADM1)]
            if higher:
                # (The countries it names as a country: "Georgia" is a state
                # of the US, and a country where Tbilisi lies.)
                countries = {e.country for e in higher if e.feature == COUNTRY}
                if countries and any(e.feature == COUNTRY for e in candidates[i]):
                    continue  # "China, Japan and South Korea": a list of countries, not a town in Japan
                countries |= _ALSO_CALLED.get(normalise(spans[i + 1][2]), set()) if countries else set()
                out[i] = (countries, {(e.country2, e.admin1_code) for e in higher if e.feature == ADM1})
    return out


# Countries news calls by another's name: "KINSHASA, Congo —" (AP's style
# for the Democratic Republic; geonames' "Congo" is the Republic).
_ALSO_CALLED = {"congo": {"COD"}}


def _best(surface: str, options: list[Entry], countries: set[str], neighbours: set[str], admin1s: set,
          anchors: list[Entry], qualifier, support: dict[int, int]) -> Optional[Entry]:
    if not options:
        return None
    if qualifier and not any(e.feature in (COUNTRY, ADM1) for e in options):
        # "LaSalle, Illinois", "London, Ontario": the qualifier decides. A
        # town we do not know there is not the namesake elsewhere (LaSalle,
        # Quebec); the qualifier, a place of its own, still gives the
        # country. (A name that is itself a country or state is a list:
        # "Germany, France and Italy".)
        options = [e for e in options if _fits(e, qualifier)]
        if not options:
            return None
    if len(options) == 1:
        return options[0]
    key = normalise(surface)
    return max(options, key=lambda e: _score(e, key, countries, neighbours, admin1s, anchors, qualifier)
               + SUPPORT_BONUS * min(support.get(id(e), 0), MAX_SUPPORT))


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return normalise(name)


def _score(entry: Entry, key: str, countries, neighbours, admin1s, anchors, qualifier) -> float:
    population = entry.population or ADMIN1_POPULATION if entry.feature in (ADM1, REGION) else entry.population
    score = FEATURE_PRIOR.get(entry.feature, 0.0) + math.log10(population + 1) * POPULATION_WEIGHT
    if _key(entry.name) == key or _exonym_of_a_named_country(entry, countries):
        score += OWN_NAME_BONUS
    if entry.country in countries:
        score += SAME_COUNTRY_BONUS
    elif entry.country in neighbours:
        score += NEIGHBOUR_BONUS
    if entry.feature in (CITY, CAPITAL, ADM2) and (entry.country2, entry.admin1_code) in admin1s:
        score += SAME_ADMIN1_BONUS * min(1.0, 2 / len(admin1s))
    # Near a place of the article: not a state or region (its towns gain
    # above, and its centre is near half of them), nor a namesake (the
    # first pass's Columbus, Ohio, made Columbus, Indiana, win).
    if any(a is not entry and a.feature not in (COUNTRY, CONTINENT, ADM1, REGION) and _key(a.name) != key
           and distance_km(a.lat, a.lon, entry.lat, entry.lon) < NEAR_KM for a in anchors):
        score += NEAR_BONUS
    if qualifier and _fits(entry, qualifier):
        score += QUALIFIER_BONUS
    return score


def _exonym_of_a_named_country(entry: Entry, countries) -> bool:
    """A large city of a country the article names, outside the English-
    speaking ones, counts its aliases as its own name: its own name is its
    local one ("Köln", "Hannover") and English text uses the alias (the
    bonus had gone to the 1,600-person Cologne, Minnesota, in a German
    story). Elsewhere an alias stays one: "White House" is not Casablanca,
    and "New York" is still the state before the city called "New York City"."""
    return entry.feature in (CITY, CAPITAL) and entry.country in countries \
        and entry.country not in _ENGLISH_NAMED and entry.population >= EXONYM_CITY_MIN_POPULATION


_ENGLISH_NAMED = {"USA", "GBR", "CAN", "AUS", "NZL", "IRL"}


def _fits(entry: Entry, qualifier) -> bool:
    """The entry lies in the qualifier's state (or country, when it names one)."""
    q_countries, q_admin1s = qualifier
    if (entry.country2, entry.admin1_code) in q_admin1s or entry.country in q_countries:
        return True
    if not q_admin1s:
        return False
    # Two code schemes cannot be compared (geonames numbers a Canadian
    # city's province "08", our table names Ontario "ON"): the country must do.
    return any(country2 == entry.country2 and _numeric(code) != _numeric(entry.admin1_code)
               for country2, code in q_admin1s)


def _numeric(code: Optional[str]) -> bool:
    return bool(code) and code.isdigit()


def _place(surface: str, start: int, end: int, entry: Optional[Entry], demonym: bool = False) -> Place:
    if entry is None:
        return Place(text=surface, start=start, end=end)
    return Place(text=surface, start=start, end=end, name=entry.name, country=entry.country,
                 lat=round(entry.lat, 5), lon=round(entry.lon, 5), geonameid=entry.geonameid,
                 feature=entry.feature, admin1=entry.admin1, demonym=demonym)


# ---------------------------------------------------------------- event location

def place_for_token(document: Document, token, done_within: Optional[str] = None) -> Optional[dict[str, Any]]:
    """The `event_loc` for an event triggered at `token`, or None.

    1. a resolved place governed by a locative preposition in the trigger's
       clause ("clashes in Kharkiv", "a blast near the border town of X");
    2. else a resolved place of the sentence that is not a capital standing
       for its government ("Moscow said");
    3. else the dateline's place, unless the act was done within another
       country (`done_within`, the one country of all its parties, given
       by the events stage for acts done to people where they are): then
       that country ("DUBAI — Iran executed a man": the story is filed
       from Dubai, the execution was in Iran). Never a guess: None when
       nothing fits.
    """
    places, starts, ordered = _locatable(document.places)
    if not places or token is None:
        return None
    doc = token.doc
    try:
        sent_start, sent_end = token.sent.start_char, token.sent.end_char
    except ValueError:  # a Doc without sentence boundaries: the whole text is one
        sent_start, sent_end = 0, len(doc.text)
    if ordered:
        in_sentence = places[bisect_left(starts, sent_start):bisect_left(starts, sent_end)]
    else:
        in_sentence = [p for p in places if sent_start <= p.start < sent_end]
    # (Not where someone comes from: "a tourist from Canada was arrested in Dubai".)
    # (Nor a country only named as a neighbour: "a shootout near the border with Afghanistan".)
    in_sentence = [p for p in in_sentence if not only_an_origin(document, p) and not only_near(document, p)]
    # A country's name that only says whose someone is ("a US journalist",
    # "the US embassy in Oslo") comes after every other place, the
    # dateline's included; with none, it is the best there is.
    whose = [p for p in in_sentence if _a_countrys_name_as_a_modifier(doc, p)]
    in_sentence = [p for p in in_sentence if p not in whose]
    dateline = _dateline_place(document.text, places)
    for candidates in (in_sentence, whose):
        clause = _clause_place(doc, token, candidates)
        if clause is not None:
            return _loc(clause)
        for place in candidates:
            if not _metonymic(doc, place):
                if place is dateline:
                    break  # (the first sentence holds the dateline: as below)
                return _loc(place)
        if dateline is not None:
            break
    if dateline is None:
        return None
    if done_within is not None and dateline.country != done_within:
        country = load_gazetteer().countries.get(done_within)
        return _loc(country) if country is not None else None
    return _loc(dateline)


# The last list of places filtered, with the list it came from: events ask
# for the same document's places once per event (thousands in a long
# article). Holding the list keeps its id from being reused; a changed
# length filters again.
_LAST_LOCATABLE: tuple = (None, -1, ([], [], True))


def _locatable(all_places: list[Place]) -> tuple[list[Place], list[int], bool]:
    """Places that can be an event's location (resolved; demonyms name a
    nationality, not where something happened), their starts, and whether
    they are in text order (then searched by bisection)."""
    global _LAST_LOCATABLE
    built_from, length, result = _LAST_LOCATABLE
    if built_from is not all_places or length != len(all_places):
        places = [p for p in all_places if p.lat is not None and not p.demonym]
        starts = [p.start for p in places]
        result = (places, starts, all(a <= b for a, b in zip(starts, starts[1:], strict=False)))
        _LAST_LOCATABLE = (all_places, len(all_places), result)
    return result


def head_token(doc, place: Place):
    """The spaCy token that heads a place's words, or a party's (anything
    with `start` and `end`); None when they are no tokens."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _clause_place(doc, trigger, places: list[Place]) -> Optional[Place]:
    best, best_distance = None, None
    for place in places:
        head = head_token(doc, place)
        if head is None:
            continue
        prep = _governing_prep(head)
        if prep is None or prep.lower_ not in LOCATIVE_PREPS:
            continue
        if not _same_clause(prep.head, trigger):
            continue
        distance = abs(head.i - trigger.i)
        if best_distance is None or distance < best_distance:
            best, best_distance = place, distance
    return best


def located_at(doc, start: int) -> bool:
    """The place starting at this character is where something is or happens ("in Nairobi", "near the border")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    prep = _governing_prep(span.root) if span is not None and len(span) else None
    return prep is not None and prep.lower_ in LOCATIVE_PREPS


# Words for the kind of place a name is, which it follows with "of" ("the
# city of Kyiv", "the northern state of Sinaloa": the word's preposition is
# the place's) or without ("the Libyan capital Tripoli").
PLACE_KIND_WORDS = _SETTLEMENT_WORDS | {"state", "district"}


def _governing_prep(head):
    """The preposition a place hangs from: "in Kyiv", "in the city of Kyiv", "in Paris, France"."""
    token = head
    for _ in range(4):  # pobj → (appos/compound/conj/nmod) → prep
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj" \
                and token.head.head.lemma_.lower() in PLACE_KIND_WORDS:
            token = token.head.head  # ("in the northern state of Sinaloa": the state's preposition)
            continue
        if token.dep_ == "pobj" and token.head.pos_ == "ADP":
            return token.head
        if token.dep_ in ("appos", "compound", "conj", "pobj", "nmod", "npadvmod") and token.head is not token:
            token = token.head
            continue
        return None
    return None


def _same_clause(attach, trigger) -> bool:
    """`attach` is the trigger or reaches it going up without crossing another verb."""
    token = attach
    for _ in range(8):
        if token == trigger:
            return True
        if token.pos_ in ("VERB", "AUX") and token != trigger and token.dep_ not in ("xcomp", "aux", "auxpass"):
            # a nominal trigger's place may hang on its verb ("held talks in Geneva")
            return trigger.head == token and trigger.pos_ in ("NOUN", "PROPN")
        if token.head == token:
            return False
        token = token.head
    return False


# Parts of a country or city its possessive names ("Pakistan's northwest", "Ukraine's Kharkiv region").
_PARTS_OF_A_PLACE = {"state", "region", "province", "county", "district", "city", "capital", "town", "village",
                     "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                     "border", "coast", "area", "territory", "department", "governorate", "oblast"}
# Bodies a country's name before them says whose they are.
_BODIES_NAMED_BY_COUNTRY = {"military", "army", "navy", "force", "troop", "soldier", "official", "government",
                            "embassy", "administration", "president", "ambassador", "envoy", "minister", "ministry",
                            "diplomat", "delegation", "intelligence", "authority", "leader", "officer", "spokesman",
                            "spokeswoman", "warship", "jet", "drone", "aircraft",
                            # (and its means: "backed by US air strikes" did not happen in the US)
                            "strike", "airstrike", "missile", "warplane", "bomber", "raid"}


def _metonymic(doc, place: Place) -> bool:
    """A capital or country acting: subject of a speech/policy verb, or possessor."""
    head = head_token(doc, place)
    if head is None:
        return False
    if head.dep_ == "poss":
        # (but not a place's own part: "a market in Nigeria's northeast")
        # (whose own name, when given, says where more closely: "Kenya's
        # capital, Nairobi")
        part = head.head
        return part.lemma_.lower() not in _PARTS_OF_A_PLACE or any(c.dep_ == "appos" for c in part.children)
    if place.feature == COUNTRY and head.dep_ in ("compound", "nmod", "amod") \
            and head.head.lemma_.lower() in _BODIES_NAMED_BY_COUNTRY:
        return True  # "the U.S. military said its forces ...": whose forces, not where
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in GOVERNMENT_VERBS:
        return True
    return place.feature in (CAPITAL, COUNTRY) and head.dep_ in ("nsubj",) and head.head.pos_ == "VERB"


# The opening sentences set the scene: their places weigh this much more.
_LEDE_CHARS, _LEDE_WEIGHT = 400, 2.0
# The leading country must hold at least this share of the place weight to
# be the setting; below it the article is about several countries at once.
_SETTING_SHARE = 0.5


def setting_country(document: Document, others: Sequence[tuple[int, str]] = ()) -> Optional[str]:
    """The country where the article is set: its dateline's (unless the
    story was only filed from there, `_reported_from_abroad`), else the one
    that most of its places (weighted towards the lede) lie in, when one
    clearly leads. Demonyms do not count: "Russian troops" in a Ukrainian
    town are in Ukraine. `others` are more (offset, country) mentions that
    weigh like places (the actors stage adds the named people and bodies it
    knows)."""
    places = [p for p in document.places if p.country and not p.demonym]
    located = [p for p in places if not _only_a_topic(document, p) and not only_an_origin(document, p)]
    found = _dateline(document.text, places)
    if found is not None and _a_round_up(document.text, places, found[0]):
        return None
    if found is not None:
        # (The body starts after the whole dateline: "DAKAR, Senegal (AP) —"
        # names Senegal only to say where the story was filed.)
        dateline, body_start = found
        named = _country_named_in_body(document, dateline, body_start) + _its_people_named_in_body(
            document, dateline, body_start)
        there = [p for p in located if not _names_whose_forces(document, p)]
        abroad = [(start, country) for start, country in others if start >= body_start and country != dateline.country]
        return _reported_from_abroad(dateline, there, body_start, named, abroad) or dateline.country
    weights: dict[str, float] = {}
    for start, country in [(p.start, p.country) for p in located] + list(others):
        weights[country] = weights.get(country, 0.0) + (_LEDE_WEIGHT if start < _LEDE_CHARS else 1.0)
    if not weights:
        return None
    country = max(weights, key=weights.get)
    return country if weights[country] >= _SETTING_SHARE * sum(weights.values()) else None


# Nouns for a state's forces, officials and acts, which a country's name
# before them ("U.S. warplanes", "U.S. Central Command said") says are that
# state's, not that anything happened there.
_FORCES_AND_OFFICIALS = {"force", "troop", "military", "army", "navy", "warplane", "aircraft", "jet", "drone",
                         "warship", "command", "official", "government", "administration", "president",
                         "diplomat", "envoy", "soldier", "strike", "airstrike", "officer"}


def _names_whose_forces(document: Document, place: Place) -> bool:
    """"SANAA, Yemen — U.S. warplanes struck targets around Hodeidah": a
    country's name on a state's forces or officials says whose they are, as
    a demonym would ("American warplanes"), not where the story is set."""
    root = head_token(document.spacy_doc, place) if document.spacy_doc is not None else None
    return root is not None and root.dep_ == "compound" and root.head.lemma_.lower() in _FORCES_AND_OFFICIALS


def _a_round_up(text: str, places: list[Place], dateline: Place) -> bool:
    """"Ankara — Turkey's central bank raised … \n\nAbuja — Gunmen abducted
    …": a round-up of items each with a dateline of its own. When a later
    paragraph opens with a dateline of another country, no one country is
    the setting of the whole text (each item's places still say where it is)."""
    for place in places:
        if place.start <= dateline.start or not place.country or place.country == dateline.country:
            continue
        opens_a_paragraph = text[:place.start].rstrip(" \t").endswith("\n")
        if opens_a_paragraph and _DATELINE_TAIL.match(text, place.end, place.end + 40):
            return True
    return False


# How many places of the body, and what share of them, must lie in one
# other country for a dateline to be only where the story was filed from.
_ABROAD_PLACES, _ABROAD_SHARE = 3, 0.6


def _country_named_in_body(document: Document, dateline: Place, body_start: int) -> list[int]:
    """Where the body names the dateline's country, in words the places
    stage may not keep as a place ("OUAGADOUGOU — Burkina Faso's military
    government expelled France's ambassador": a possessive is an actor).
    (Where the dateline is a city of talks, a country named only as where
    they met, "after talks in Switzerland", says nothing more.)"""
    entry = load_gazetteer().countries.get(dateline.country or "")
    if entry is None or not entry.name:
        return []
    pattern = r"\b" + re.escape(entry.name) + r"\b"
    if _a_city_of_talks(dateline):
        pattern = r"(?<!\bin )(?<!\bto )(?<!\bat )" + pattern
    return [body_start + m.start() for m in re.finditer(pattern, document.text[body_start:])]


def _its_people_named_in_body(document: Document, dateline: Place, body_start: int) -> list[int]:
    """Where the body names the dateline's country by its demonym ("BUENOS
    AIRES — … the Argentine league", a story whose other places are a club
    the gazetteer takes for an Italian town). Not from a city of talks,
    where the host's people are as often only its mediators."""
    if _a_city_of_talks(dateline) or document.spacy_doc is None:
        return []
    return [p.start for p in _demonym_places(document.spacy_doc, load_gazetteer(), document.text)
            if p.country == dateline.country and p.start >= body_start]


# Cities where states meet and international bodies sit: a story
# datelined there is as often about the states that met as about the
# city's own country ("GENEVA — Yemen's warring parties agreed …").
_CITIES_OF_TALKS = {"geneva", "brussels", "the hague", "strasbourg", "vienna", "luxembourg", "doha", "davos"}


def _a_city_of_talks(dateline: Place) -> bool:
    return (dateline.name or "").lower() in _CITIES_OF_TALKS


def _reported_from_abroad(dateline: Place, located: list[Place], body_start: int,
                          named: list[int], abroad: Sequence[tuple[int, str]] = ()) -> Optional[str]:
    """"BEIRUT — A cease-fire to evacuate rebels from Aleppo …": a
    correspondent files from a capital next door. When the body never names
    the dateline's country again and most of its places lie in one other
    country, the story is set there; so too when the body opens in that
    country and names it far more often than its own (`_mostly_abroad`);
    else the dateline says where. From a city of talks, the body's places
    in the dateline's country are where the parties met, and count for
    neither ("Diplomats in Brussels said"), nor does its name."""
    body = [p for p in located if p.start >= body_start]
    if _a_city_of_talks(dateline):
        if named:
            # ("DOHA — The government of Congo and the M23 signed a protocol
            # … Qatar's minister of state said": the host named as the
            # mediator; the story is set where it opens, if it leads by far.)
            return _mostly_abroad(dateline, body, named, abroad)
        body = [p for p in body if p.country != dateline.country]
    elif named or any(p.country == dateline.country for p in body):
        return _mostly_abroad(dateline, body, named, abroad)
    counts = Counter(p.country for p in body)
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    # (From a city of talks, the leading country of the other places is
    # enough: the city's own country is no likelier a setting.)
    places, share = (_TALKS_PLACES, _TALKS_SHARE) if _a_city_of_talks(dateline) else (_ABROAD_PLACES, _ABROAD_SHARE)
    if count >= places and count >= share * len(body):
        return country
    # (Nor need most of them lie there when one country leads by far: "DAKAR —
    # … in central Mali", with Mali named five times and Russia twice.)
    return None if _a_city_of_talks(dateline) else _mostly_abroad(dateline, body, named, abroad)


# A story filed from next door that names its own country too ("NAIROBI —
# Al-Shabaab fighters attacked an army base in Somalia's Middle Shabelle
# region …", Kenya named once among the troop senders) is set abroad when
# the other country is named this many times, and this many times as often
# as the dateline's country, and half as often again as any third (a party
# to the story named beside it: "BEIRUT — Turkish drone strikes in
# northeastern Syria …", Syria named five times, Turkey three; round-ups,
# whose thirds are as many, have a rule of their own). Where no third
# country is named, twice is enough (seventy-seventh session: "Bangkok,
# Thailand: Police in Cambodia detained … in Battambang", "Abidjan — … in
# northern Burkina Faso … Burkina Faso's army" had been set in the hub);
# a home story that names two visitors' countries ("OTTAWA — the prime
# minister held talks with the envoys from Brazil and Chile") keeps home.
_MOSTLY_ABROAD_PLACES, _MOSTLY_ABROAD_RATIO, _MOSTLY_ABROAD_OVER_A_THIRD = 4, 2, 1.5
_PLACES_BEFORE_PEOPLE = 2
_MOSTLY_ABROAD_ALONE = 2


def _mostly_abroad(dateline: Place, body: list[Place], named: list[int],
                   abroad: Sequence[tuple[int, str]] = ()) -> Optional[str]:
    """The body opens in one other country and names it far more often
    than its own: the dateline only says where the correspondent sits.
    `abroad`: (offset, country) of the people and bodies of other countries
    the body names, which count as that country's places ("BOGOTA — …
    Maduro … Chavez … Guaido" tell of Venezuela)."""
    home = [p.start for p in body if p.country == dateline.country]
    home_count = max(len(home), len(named))
    placed = Counter(p.country for p in body if p.country != dateline.country)
    # (people count only for a country the body's places name twice or more:
    # "SEOUL — … Park criticized North Korea. … Kim Jong-un answered" stays home)
    marks = [(p.start, p.country) for p in body if p.country != dateline.country] \
        + [(start, country) for start, country in abroad if placed[country] >= _PLACES_BEFORE_PEOPLE]
    counts = Counter(country for _, country in marks)
    if not counts:
        return None
    (country, count), *others = counts.most_common(2)
    first_abroad = min(start for start, c in marks if c == country)
    if home + named and min(home + named) < first_abroad:
        return None  # the body opens at home: the correspondent's own country
    runner_up = others[0][1] if others else 0
    enough = _MOSTLY_ABROAD_ALONE if not runner_up else _MOSTLY_ABROAD_PLACES
    if count >= enough and count >= _MOSTLY_ABROAD_RATIO * home_count \
            and count >= _MOSTLY_ABROAD_OVER_A_THIRD * runner_up:
        return country
    return None


# How many of the body's other places, and what share, must lie in one
# country for a story from a city of talks to be set there.
_TALKS_PLACES, _TALKS_SHARE = 2, 0.5


# Nouns a place names the topic of, not where anything is: "his Benghazi
# committee", "the Iran deal", "the House Select Committee on Benghazi";
# a state's posts abroad, which lie elsewhere ("the U.S. Embassy in
# Warsaw"); and goods traded, which come from elsewhere ("a ban on U.S.
# beef imports" in a story set in Seoul).
_TOPIC_HEADS = {"committee", "panel", "commission", "hearing", "probe", "inquiry", "investigation", "report",
                "policy", "deal", "agreement", "accord", "strategy", "plan", "debate", "issue", "question",
                "bill", "resolution", "vote", "talks", "aid", "sanctions", "envoy", "ambassador", "desk",
                "embassy", "consulate", "import", "export"}
# Trade whose "from" place is where goods come from ("imports from Brazil").
_TRADE_NOUNS = {"import", "export", "shipment"}


def _only_a_topic(document: Document, place: Place) -> bool:
    """The place is what a body, a policy or a debate is about: it says
    nothing of where the article is set."""
    root = head_token(document.spacy_doc, place) if document.spacy_doc is not None else None
    if root is None:
        return False
    if root.dep_ == "compound":
        return root.head.lemma_.lower() in _TOPIC_HEADS
    if root.dep_ != "pobj":
        return False
    preposition, noun = root.head, root.head.head
    return (preposition.lower_ in ("on", "about") and noun.lemma_.lower() in _TOPIC_HEADS) \
        or (preposition.lower_ == "from" and noun.lemma_.lower() in _TRADE_NOUNS)


# Verbs whose "in"/"from" place is where someone comes from ("a judge whose
# parents came from Mexico", "she grew up in Ohio"): a life's story, not
# where the article's events are.
_ORIGIN_VERBS = {"bear", "raise", "grow", "emigrate", "immigrate", "hail"}
# People a "from" phrase says where they came from: "a tourist from Canada".
_TRAVELLERS = {"tourist", "visitor", "traveller", "traveler", "holidaymaker", "pilgrim", "backpacker", "hiker",
               "student", "migrant", "immigrant", "refugee", "native", "national", "citizen", "missionary",
               "volunteer", "woman", "man", "girl", "boy", "couple", "family", "teacher", "doctor", "nurse",
               "engineer", "worker", "journalist", "reporter", "priest", "nun", "businessman", "businesswoman",
               "soldier", "sergeant", "corporal", "marine", "sailor", "airman", "serviceman", "servicewoman",
               "crew", "crewman", "crewmember", "passenger", "seafarer", "fisherman", "labourer", "laborer",
               # and armed men from elsewhere ("gunmen from Afghanistan attacked a Tajik border post")
               "gunman", "militant", "fighter", "attacker", "assailant", "rebel", "insurgent", "jihadist"}
# "most of them from India": a share of people said to come from somewhere.
_SHARES = {"most", "many", "some", "all", "several", "both", "half", "majority", "one", "two", "three", "few"}


# Acts that move no one: a "from" phrase on them is where their object comes from.
_ACTS_ON_PEOPLE_WHERE_THEY_ARE = {"arrest", "detain", "kill", "injure", "wound", "kidnap", "abduct", "hold",
                                  "charge", "sentence", "execute", "shoot", "stab"}


def _misattached_origin(verb, preposition) -> bool:
    """"arrested three sailors from India": a "from" phrase the parser hung
    on an act that moves no one, right after its object, a word for people."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ACTS_ON_PEOPLE_WHERE_THEY_ARE:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _TRAVELLERS and o.right_edge.i + 1 == preposition.i for o in objects)


def origin_prepositions(token) -> list:
    """The "from" phrases that say where the people a noun names come
    from: its own ("a tourist from Canada"), a share's in apposition ("the
    crew, most of them from India") and one the parser hung on the verb
    right after it ("arrested three sailors from India")."""
    out = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"]
    out += [c for share in token.children if share.dep_ == "appos" and share.lower_ in _SHARES
            for c in share.children if c.dep_ == "prep" and c.lower_ == "from"]
    if token.dep_ in ("dobj", "nsubjpass"):
        out += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "from"
                and _misattached_origin(token.head, c)]
    return out


def only_an_origin(document: Document, place: Place) -> bool:
    """The place is where someone was born, raised or came from."""
    root = head_token(document.spacy_doc, place) if document.spacy_doc is not None else None
    return root is not None and names_an_origin(root)


def _a_countrys_name_as_a_modifier(doc, place: Place) -> bool:
    """"A Russian court sentenced US journalist Evan Gershkovich": a
    country's name modifying a noun says whose the thing or person is, as a
    demonym does, not where anything happened."""
    if place.feature != COUNTRY:
        return False
    head = head_token(doc, place)
    # (Not a name for a place of it: "Gaza city's Zeitoun district"; nor
    # of a body that acts only at home: "Kosovo police raided offices".)
    return head is not None and head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN") \
        and head.head.lemma_.lower() not in PLACE_KIND_WORDS | _BODIES_AT_HOME


# Bodies that act in their own country: where one named by its country acts.
_BODIES_AT_HOME = {"police", "court", "judge", "prosecutor", "parliament", "congress", "senate", "legislature",
                   "tribunal", "jury", "coast", "guard"}


def only_near(document: Document, place: Place) -> bool:
    """A country named only as what something is near ("areas near South
    Sudan", "close to Syria"): a neighbour, not where it is. (A town near a
    city is in its country: "a village near Paris".)"""
    if place.feature != COUNTRY or document.spacy_doc is None:
        return False
    head = head_token(document.spacy_doc, place)
    if head is None or head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ == "near" or (prep.lower_ == "to" and prep.head.lower_ == "close") or _a_border_partner(prep)


_BORDERS = {"border", "frontier", "boundary"}


def _a_border_partner(preposition) -> bool:
    """"near the border with Afghanistan": the country a border is shared
    with (spaCy may hang "with Afghanistan" on the verb: the word before it
    says whose)."""
    if preposition.lower_ != "with":
        return False
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    border = preposition.head if preposition.head.lemma_.lower() in _BORDERS else before
    if border is None or border.lemma_.lower() not in _BORDERS:
        return False
    # (Not a border crossed: "aircraft from Sudan crossed the border with
    # South Sudan and bombed a camp" went into South Sudan.)
    return not (border.dep_ == "dobj" and border.head.lemma_.lower() == "cross")


# Military formations, which are where their base is.
_FORMATIONS = {"brigade", "unit", "battalion", "division", "regiment", "troop", "force", "fleet", "squadron",
               "corps", "army", "garrison", "contingent", "base"}


def names_an_origin(root) -> bool:
    """The token (a place's head) is where someone was born, raised or came from."""
    if root.dep_ == "npadvmod" and root.head.lower_ in ("born", "bred", "raised"):
        return True  # "the Indiana-born Gonzalo Curiel"
    if root.dep_ == "npadvmod" and root.head.lower_ == "based":
        # "a Britain-based monitor", "a Poland-based channel": where a body is
        # based, not where the story is; but a unit's base is where it is
        # ("will tour the Kutaisi-based infantry brigade")
        return root.head.head.lemma_.lower() not in _FORMATIONS
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "from"):
        return False
    verb = root.head.head
    if root.head.lower_ == "from" and ((verb.pos_ == "NOUN" and verb.lemma_.lower() in _TRAVELLERS)
                                       or verb.lemma_.lower() == "visit"):
        return True  # "a female tourist from Canada", "a woman visiting from Norway": hers, not where it happened
    if root.head.lower_ == "from" and _misattached_origin(verb, root.head):
        return True  # "police arrested three sailors from India": the parser hung it on the verb
    if root.head.lower_ == "from" and verb.lower_ in _SHARES and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return True  # "the crew, most of them from India, were detained": where they come from
    lemma = "bear" if verb.lower_ == "born" else verb.lemma_.lower()
    return lemma in _ORIGIN_VERBS and (lemma != "grow" or any(c.lower_ == "up" for c in verb.children))


def dateline_place(document: Document) -> Optional[Place]:
    """The place of the article's dateline ("KYIV, Ukraine (Reuters) —"), if any."""
    return _dateline_place(document.text, document.places)


def dateline_and_end(document: Document) -> Optional[tuple[Place, int]]:
    """The dateline's place and where the dateline ends, its agency credit
    and dash included ("New York (AFP) –"), if any."""
    return _dateline(document.text, document.places)


# (A state or country after one comma, an agency in brackets, then a dash:
# not a hyphen inside a word, "Sen. Ron Johnson, R-Wis.", nor a second comma.
# Or a colon before a capital, as South Asian sites set it: "New Delhi: The
# police ...". Only a dash makes a country's name a namesake city, see
# _dateline_is_a_city: "Syria: ..." opening a page is a topic, as often as not.)
_DATELINE_LEAD = r"\s*(,[^—–\-\n(,]{1,30})?\s*(\([^)]{1,30}\)\s*)?"
_DASH = r"[—–]{1,2}|(?<=\s)-{1,2}|-{1,2}(?![^\W\d_])"
_DASH_DATELINE_TAIL = re.compile(f"{_DATELINE_LEAD}(?:{_DASH})")
_DATELINE_TAIL = re.compile(rf"{_DATELINE_LEAD}(?:{_DASH}|:(?=[ \t]+[A-Z]))")


def _dateline_place(text: str, places: list[Place]) -> Optional[Place]:
    found = _dateline(text, places)
    return found[0] if found else None


def _dateline(text: str, places: list[Place]) -> Optional[tuple[Place, int]]:
    for place in places:
        if place.start > _AFTER_TITLE_CHARS:
            break
        if not _opens_the_body(text, place.start, place.end):
            town = unknown_dateline_town(text, place.start)
            if town is None or not _opens_the_body(text, *town):
                continue
        match = _DATELINE_TAIL.match(text, place.end, place.end + 40)
        if match:
            return place, match.end()
    return None


# A town in capitals and a comma, on a line of its own before a place.
# (Capitals with accents too: "CULIACÁN, Mexico", "SÃO PAULO, Brazil".)
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_CAPITALS_AND_A_COMMA = re.compile(rf"(?:^|\n)[ \t]*([{_CAPITAL}][{_CAPITAL}'’.\- ]{{1,30}}[{_CAPITAL}.]),[ \t]*$")


def unknown_dateline_town(text: str, start: int) -> Optional[tuple[int, int]]:
    """"KIPOI, Greece —": where a dateline's town, in capitals, is not
    in the gazetteer, the place after its comma still makes the dateline;
    the town's span (start, end), else None."""
    match = _CAPITALS_AND_A_COMMA.search(text, max(0, start - 40), start)
    return (match.start(1), match.end(1)) if match else None


# How far a title can push the dateline: "Twelve Union Leaders Detained
# After Strike. TBILISI, Georgia -- …".
_AFTER_TITLE_CHARS = 300
_TITLE_END = re.compile(r"(?:\n|[.!?:][\"'’”]?)$")


def _opens_the_body(text: str, start: int, end: int) -> bool:
    """The name at start:end starts the text, or, in capitals, the line or
    sentence right after a one-line title (scraped pages put the title first)."""
    if start <= DATELINE_CHARS:
        return True
    return text[start:end].isupper() and _after_a_title(text, start)


_SENTENCE_BREAK = re.compile(r"[.!?][\"'’”]?\s+[A-Z]")


def _after_a_title(text: str, start: int) -> bool:
    """Only a title comes before `start`, within the first few hundred
    characters: one line, one sentence (not the body's first sentences)."""
    if start > _AFTER_TITLE_CHARS:
        return False
    before = text[:start].rstrip(" \t\xa0")
    lines = [line for line in before.split("\n") if line.strip()]
    return bool(_TITLE_END.search(before)) and len(lines) <= 1 \
        and not (lines and _SENTENCE_BREAK.search(lines[0].strip()))


def _loc(place: Place) -> dict[str, Any]:
    out = {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon,
           "geonameid": place.geonameid}
    if place.feature:
        out["feature"] = place.feature
    if place.admin1:
        out["admin1"] = place.admin1
    return out
