"""Story vectors: TF-IDF over a fixed English word-frequency table.

Entry points: `story_vector(title, hashes, lengths)` (computed once per
document at ingest), `top_terms(vector)` (the terms that index it for
candidate pairs) and `cosine(a, b)`.

Why a fixed table, not the store's own document frequencies: with IDF taken
from the store, adding one document changes every vector, so stories could
only be recomputed over the whole store, and would depend on what else
happened to be in it. With a fixed table the similarity of two documents
depends on those two documents only, which is what makes the story pass
incremental and independent of the order documents arrive in (stories.py).

IDF is -ln(frequency) from wordfreq's large English list (word frequencies
in subtitles, news, books, Wikipedia, web and social text; wordfreq by Robyn
Speer, data under CC-BY-SA 4.0), with words it does not list taken as rarer
than any it does (frequency 1e-8, the list's floor). On the ECB+ stories
gold this scores as well as the store-IDF clustering did (docs/accuracy.md).

The table is built from wordfreq's list once per machine and kept in a
cache file beside the gazetteer's (`idf-<key>.npz`, 16 MB, read in ~0.05
s; building it took ~1.5-2 s of every ingest process, a tenth of a small
incremental run). Its key covers wordfreq's version and the constants
below; a missing, damaged or stale file is rebuilt, and a cache directory
that cannot be written only costs the build. `make install` builds it
ahead of time (`vectors.main()`).
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Optional

import numpy as np

from ..cache_files import cache_dir, read_or_build, write_atomically
from .tokens import batch_token_hashes, token_hashes

LOGGER = logging.getLogger(__name__)

# Frequency given to words wordfreq does not list: its large list stops at
# about 1e-8, so an unlisted word (a name, a rare place) is at least that rare.
FLOOR_FREQUENCY = 1e-8
# Terms that index a document for candidate pairs: its K heaviest. Two
# documents are compared when they share two of them (stories.py,
# SHARED_TERMS); on ECB+ that gives the stories of comparing every pair.
TOP_TERMS = 12
# Stop words: the words at least this frequent in English, about 1 in 1,000
# words ('the' ... 'said', 'because', 'where': 110 words). They say nothing
# about the topic. On ECB+ this scores as sklearn's 318-word list did (F1
# 0.870), and 3e-4 (321 words) a little lower (0.864).
STOP_FREQUENCY = 1e-3
MIN_LENGTH = 2  # one-letter words carry no topic (sklearn's default token rule)


@dataclass(frozen=True)
class StoryVector:
    """A unit-length sparse vector: term hashes (int64, ascending) and their weights."""

    terms: np.ndarray
    weights: np.ndarray

    @property
    def empty(self) -> bool:
        return len(self.terms) == 0


class IdfTable:
    """The IDF of word hashes: a hash table with linear probing, looked up for many terms at once.

    Why not a binary search over the sorted hashes: with 300,000 listed
    words it cost ~115 ns per term, ~2 s of the word features of 100,000
    documents; this costs about a quarter. The values are the same.
    """

    def __init__(self, hashes: np.ndarray, idf: np.ndarray, unlisted: float) -> None:
        self.unlisted = unlisted
        self.bits = max(int(2 * len(hashes)).bit_length(), 4)  # at most half full
        size = 1 << self.bits
        self.keys = np.zeros(size, dtype=np.uint64)  # 0 marks an empty slot
        self.values = np.full(size, unlisted, dtype=np.float64)
        listed = hashes != 0
        self.zero = float(idf[~listed][0]) if not listed.all() else unlisted  # a word hashing to 0: kept apart
        hashes, idf = hashes[listed], idf[listed]
        slots = self._slots(hashes)
        pending = np.arange(len(hashes))
        while len(pending):  # each round places, per free slot, the first word that wants it
            wanted = slots[pending]
            free = self.keys[wanted] == 0
            _, first = np.unique(wanted[free], return_index=True)
            placed = pending[free][first]
            self.keys[slots[placed]], self.values[slots[placed]] = hashes[placed], idf[placed]
            pending = np.setdiff1d(pending, placed, assume_unique=True)
            slots[pending] = (slots[pending] + 1) & (size - 1)

    @classmethod
    def from_arrays(cls, keys: np.ndarray, values: np.ndarray, zero: float, unlisted: float) -> "IdfTable":
        """The table as `arrays()` gave it (the cache file)."""
        table = cls.__new__(cls)
        table.keys, table.values, table.zero, table.unlisted = keys, values, zero, unlisted
        table.bits = len(keys).bit_length() - 1
        return table

    def arrays(self) -> dict[str, np.ndarray]:
        return {"keys": self.keys, "values": self.values, "zero": np.float64(self.zero),
                "unlisted": np.float64(self.unlisted)}

    def _slots(self, terms: np.ndarray) -> np.ndarray:
        return (terms >> np.uint64(64 - self.bits)).astype(np.int64)  # the top bits: the hashes are mixed

    def idf(self, terms: np.ndarray) -> np.ndarray:
        """IDF of each term (uint64 hashes); `unlisted` for words the table does not hold."""
        out = np.full(len(terms), self.unlisted, dtype=np.float64)
        todo, slots = np.flatnonzero(terms != 0), self._slots(terms)
        slots = slots[todo]
        while len(todo):
            keys = self.keys[slots]
            hit = keys == terms[todo]
            out[todo[hit]] = self.values[slots[hit]]
            going = ~hit & (keys != 0)  # an empty slot ends the search: not listed
            todo, slots = todo[going], (slots[going] + 1) & (len(self.keys) - 1)
        out[terms == 0] = self.zero
        return out


FORMAT = 1  # of the cache file; a change here, or in what the key covers, rebuilds it
_PREFIX = "idf-"


@lru_cache(maxsize=1)
def _tables() -> tuple[IdfTable, np.ndarray]:
    """(the IDF of listed words, sorted stop-word hashes): from the cache file, else built (and cached)."""
    return read_or_build(cache_path(), _read, _build_tables, _write)


def _build_tables() -> tuple[IdfTable, np.ndarray]:
    import wordfreq

    frequencies = wordfreq.get_frequency_dict("en", wordlist="large")
    words, hashes = _hash_words(list(frequencies))
    idf = np.array([-math.log(max(frequencies[w], FLOOR_FREQUENCY)) for w in words], dtype=np.float64)
    stop = [w for w in words if frequencies[w] >= STOP_FREQUENCY]
    return IdfTable(hashes, idf, -math.log(FLOOR_FREQUENCY)), np.unique(_hash_words(stop)[1])


def cache_path() -> Optional[Path]:
    """The cache file for this wordfreq and these constants (None: caching is off)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        source = f"format {FORMAT} wordfreq {version('wordfreq')} floor {FLOOR_FREQUENCY} stop {STOP_FREQUENCY}"
        return cache_dir() / f"{_PREFIX}{hashlib.sha256(source.encode()).hexdigest()[:20]}.npz"
    except (PackageNotFoundError, OSError, ValueError) as exc:
        LOGGER.warning("IDF cache disabled: %s", exc)
        return None


def _write(path: Path, tables: tuple[IdfTable, np.ndarray]) -> None:
    table, stop = tables
    write_atomically(path, lambda handle: np.savez(handle, stop=stop, **table.arrays()), "IDF", _PREFIX)


def _read(path: Path) -> Optional[tuple[IdfTable, np.ndarray]]:
    try:
        with np.load(path, allow_pickle=False) as stored:
            keys, values, stop = stored["keys"], stored["values"], stored["stop"]
            zero, unlisted = float(stored["zero"]), float(stored["unlisted"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, KeyError, TypeError) as exc:
        LOGGER.warning("the IDF cache %s is unreadable (%s); building it again", path, exc)
        return None
    size = len(keys)
    if (keys.dtype != np.uint64 or values.dtype != np.float64 or stop.dtype != np.uint64 or values.shape != (size,)
            or keys.ndim != 1 or size < 16 or size & (size - 1) or np.any(stop[1:] <= stop[:-1])):
        LOGGER.warning("the IDF cache %s is damaged; building it again", path)
        return None
    return IdfTable.from_arrays(keys, values, zero, unlisted), stop


# Words that tokens.token_hashes keeps whole: word characters only.
_ONE_WORD = re.compile("[0-9a-z_\u00c0-\u1fff\u2080-\U0010ffff]+")


def _hash_words(words: list[str]) -> tuple[list[str], np.ndarray]:
    """(the words that are one token each, their hashes), tokenized in one pass."""
    kept = [w for w in words if _ONE_WORD.fullmatch(w) and w.lower() == w]
    hashes, _ = token_hashes(" ".join(kept))
    if len(hashes) != len(kept):  # a word the pattern let through was split: hash one by one
        pairs = [(w, token_hashes(w)[0]) for w in kept]
        kept = [w for w, h in pairs if len(h) == 1]
        hashes = np.array([h[0] for _, h in pairs if len(h) == 1], dtype=np.uint64)
    return kept, hashes


def story_vector(title: str | None, hashes: np.ndarray, lengths: np.ndarray) -> StoryVector:
    """The TF-IDF vector of one document from its body's word hashes and its title."""
    title_hashes, title_lengths, _ = batch_token_hashes([title or ""])
    owner = np.zeros(len(hashes) + len(title_hashes), dtype=np.int64)
    terms, weights, offsets = batch_vectors(np.concatenate((title_hashes, hashes)),
                                            np.concatenate((title_lengths, lengths)), owner, 1)
    return StoryVector(terms, weights)


def batch_vectors(hashes: np.ndarray, lengths: np.ndarray, owner: np.ndarray,
                  n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vectors of n documents at once: (terms, weights, offsets); document i is [offsets[i]:offsets[i+1]].

    Sublinear tf (1 + ln tf): a name said ten times is not ten times the
    evidence. English stop words and one-letter words are left out. Within a
    document terms are ascending (as int64, the store's BIGINT) and every sum
    runs in that order, so a vector is the same whatever batch it came in.
    """
    known, stop = _tables()
    keep = lengths >= MIN_LENGTH
    terms, document = hashes[keep].view(np.int64), owner[keep]
    if np.any(document[1:] < document[:-1]):  # titles first, then bodies: two ascending runs, merged
        order = np.argsort(document, kind="stable")
        terms, document = terms[order], document[order]
    terms = sort_runs(terms, document, n)
    first = np.flatnonzero(np.concatenate(([len(terms) > 0], (terms[1:] != terms[:-1]) |
                                           (document[1:] != document[:-1]))))
    counts = np.diff(np.append(first, len(terms)))
    terms, document = terms[first], document[first]
    # Stop words are dropped once per document, not once per occurrence.
    keep = ~_contains(stop, terms.view(np.uint64))
    terms, document, counts = terms[keep], document[keep], counts[keep]
    if len(terms) == 0:  # no document of the batch has a word to weigh
        return terms, np.zeros(0, dtype=np.float64), np.zeros(n + 1, dtype=np.int64)
    weights = (1.0 + np.log(counts)) * known.idf(terms.view(np.uint64))
    norms = np.sqrt(np.bincount(document, weights=weights * weights, minlength=n))
    weights = weights / norms[document]
    return terms, weights, np.searchsorted(document, np.arange(n + 1))


def sort_runs(values: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """`values` sorted within each run of equal `owner` (ascending, 0..n-1): a copy.

    One small sort per document: a lexsort on (owner, value) over the whole
    batch, which only had to sort inside the runs too, cost 5-10 x as much.
    """
    result = values.copy()
    bounds = np.searchsorted(owner, np.arange(n + 1)).tolist()
    for start, end in pairwise(bounds):
        result[start:end].sort()
    return result


def _contains(sorted_values: np.ndarray, values: np.ndarray) -> np.ndarray:
    position = np.minimum(np.searchsorted(sorted_values, values), len(sorted_values) - 1)
    return sorted_values[position] == values


def top_terms(vector: StoryVector, k: int = TOP_TERMS) -> np.ndarray:
    """The k heaviest terms; equal weights are broken by the term (ascending)."""
    order = np.argsort(-vector.weights, kind="stable")[:k]
    return vector.terms[order]


def cosine(a: StoryVector, b: StoryVector) -> float:
    """Dot product of two unit vectors, summed in term order (the same in every run)."""
    _, ia, ib = np.intersect1d(a.terms, b.terms, assume_unique=True, return_indices=True)
    return float(np.dot(a.weights[ia], b.weights[ib]))


def main() -> None:
    """Build the IDF cache file (`make install` runs this)."""
    table, stop = _tables()
    print(f"IDF table: {len(table.keys)} slots, {len(stop)} stop words, cache {cache_path()}")
