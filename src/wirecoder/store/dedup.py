"""Near-duplicate detection: MinHash signatures at ingest, LSH bands in the store.

Entry points: `signature(text)` (computed once per document when it is
ingested) and `find_duplicates(con)` (candidate pairs from a self-join on the
band table, verified on the signatures, grouped with union-find).
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterable

import duckdb
import numpy as np
from datasketch import MinHash

# 128 permutations: the Jaccard estimate's standard error is ~0.04, enough to
# tell a syndicated copy (J > 0.6) from a rewrite of the same story (J < 0.3).
NUM_PERM = 128
# 32 bands of 4 rows: pairs with J ≈ 0.42 collide in at least one band half of
# the time, and pairs at J = 0.6 with probability > 0.98 — a wide net that the
# exact check below then tightens.
BANDS, ROWS = 32, 4
# Word 3-shingles: long enough that two different articles on one topic share
# few, short enough that an edited sentence only breaks three.
SHINGLE = 3
# Estimated Jaccard at or above this is a near-duplicate. Tested on our own
# syndicated copies (tests/test_store_dedup.py): headline changed, a
# boilerplate paragraph added and the last paragraph cut still score ≥ 0.6;
# different articles about one happening score < 0.2.
THRESHOLD = 0.5
# Documents shorter than this many words carry too few shingles to compare.
MIN_WORDS = 20
_SEED = 1
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(max(0, len(words) - SHINGLE + 1))}


def signature(text: str) -> list[int] | None:
    """MinHash signature of the text, or None when it is too short to compare."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED)
    minhash.update_batch(list(shingles(text)))
    return [int(v) for v in minhash.hashvalues]


def band_buckets(sig: list[int]) -> list[tuple[int, int]]:
    """(band, bucket) keys: a bucket is a 64-bit hash of the band's rows."""
    values = np.asarray(sig, dtype=np.int64).reshape(BANDS, ROWS)
    out = []
    for band, rows in enumerate(values):
        # blake2b, not hash(): Python's hash is salted per process.
        digest = hashlib.blake2b(rows.tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def find_duplicates(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, float]]:
    """Map each duplicate document's key to (its group's original key, similarity).

    The original of a group is the earliest document: printed date first
    (undated last), then ingestion order. Originals are not in the map.
    """
    pairs = con.execute(
        """SELECT DISTINCT a.doc_key, b.doc_key FROM minhash_bands a
           JOIN minhash_bands b ON a.band = b.band AND a.bucket = b.bucket AND a.doc_key < b.doc_key""").fetchall()
    if not pairs:
        return {}
    keys = sorted({k for pair in pairs for k in pair})
    sigs = _signatures(con, keys)
    parent = {k: k for k in keys}
    best: dict[str, float] = {}
    for a, b in pairs:
        similarity = float(np.mean(sigs[a] == sigs[b]))
        if similarity >= THRESHOLD:
            _union(parent, a, b)
            best[a] = max(best.get(a, 0.0), similarity)
            best[b] = max(best.get(b, 0.0), similarity)
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(_find(parent, key), []).append(key)
    order = _age_order(con, keys)
    result: dict[str, tuple[str, float]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        original = min(members, key=order.__getitem__)
        for member in members:
            if member != original:
                result[member] = (original, best.get(member, THRESHOLD))
    return result


def _signatures(con: duckdb.DuckDBPyConnection, keys: Iterable[str]) -> dict[str, np.ndarray]:
    rows = con.execute("SELECT doc_key, signature FROM minhash WHERE list_contains(?, doc_key)",
                       [list(keys)]).fetchall()
    return {k: np.asarray(sig, dtype=np.int64) for k, sig in rows}


def _age_order(con: duckdb.DuckDBPyConnection, keys: list[str]) -> dict[str, tuple]:
    rows = con.execute("SELECT doc_key, date, seq FROM documents WHERE list_contains(?, doc_key)",
                       [keys]).fetchall()
    return {k: (date is None, (date or "")[:10], seq) for k, date, seq in rows}


def _find(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _union(parent: dict[str, str], a: str, b: str) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
