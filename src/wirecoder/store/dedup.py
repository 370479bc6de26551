"""Near-duplicate detection: MinHash signatures at ingest, LSH bands in the store.

Entry points: `signature(hashes)` (computed once per document when it is
ingested, from tokens.token_hashes), `band_buckets(sig)` (its LSH keys) and
`similarity(sig_a, sig_b)` (the estimated Jaccard similarity). The
duplicate edges and groups are built by the story pass (stories.py), which
only looks at the documents a run added.

The signature is a one-permutation MinHash (Li, Owen & Zhang 2012) with
rotation densification (Shrivastava & Li 2014): every word 3-shingle is
hashed once, the hash picks one of 128 bins and each bin keeps its smallest
hash; an empty bin borrows from the next non-empty one. Two documents agree
on a bin with probability close to the Jaccard similarity of their shingle
sets, as with 128 independent permutations, at 1/128 of the hashing cost.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from .tokens import mix, token_hashes

# 128 bins: the Jaccard estimate's standard error is ~0.04, enough to tell a
# syndicated copy (J > 0.6) from a rewrite of the same story (J < 0.3).
NUM_PERM = 128
# 32 bands of 4 rows: pairs with J ≈ 0.42 collide in at least one band half of
# the time, and pairs at J = 0.6 with probability > 0.98 — a wide net that the
# exact check on the signatures then tightens.
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
_BIN_SHIFT = np.uint64(64 - 7)  # the top 7 bits pick one of 128 bins
_VALUE_MASK = np.uint64((1 << 57) - 1)
_ROTATION = np.uint64(0x9E3779B97F4A7C15)  # offset per bin borrowed across
_SHINGLE_MULT = (np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))
_BAND_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
                      dtype=np.uint64)


def shingle_hashes(hashes: np.ndarray) -> np.ndarray:
    """One hash per word 3-shingle (order matters inside the shingle)."""
    if len(hashes) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    a, b = _SHINGLE_MULT
    return mix(hashes[:-2] * a + hashes[1:-1] * b + hashes[2:])


def shingles(text: str) -> set[int]:
    """The set of shingle hashes of a text (for exact Jaccard checks)."""
    return set(shingle_hashes(token_hashes(text)[0]).tolist())


def signature(hashes: np.ndarray) -> Optional[np.ndarray]:
    """MinHash signature (128 int64) of a document's word hashes, or None when it is too short."""
    signatures, has = batch_signatures(hashes, np.zeros(len(hashes), dtype=np.int64), 1)
    return signatures[0] if has[0] else None


def batch_signatures(hashes: np.ndarray, owner: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Signatures of n documents at once from their words (`owner[i]` = document of word i, ascending).

    Returns (n × 128 int64 signatures, which documents have one).
    """
    has = np.bincount(owner, minlength=n) >= MIN_WORDS
    values = shingle_hashes(hashes)
    document = owner[:-2] if len(owner) >= SHINGLE else owner[:0]
    keep = (document == owner[2:]) & has[document] if len(owner) >= SHINGLE else document.astype(bool)
    values, document = values[keep], document[keep]
    sig = np.full(n * NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    np.minimum.at(sig, document * NUM_PERM + (values >> _BIN_SHIFT).astype(np.int64), values & _VALUE_MASK)
    sig = sig.reshape(n, NUM_PERM)
    filled = sig != np.iinfo(np.uint64).max
    rows = np.flatnonzero(has & ~filled.all(axis=1))
    if len(rows):
        sig[rows] = _densify(sig[rows], filled[rows])
    sig[~has] = 0
    return sig.view(np.int64), has


def _densify(sig: np.ndarray, filled: np.ndarray) -> np.ndarray:
    """Each row's empty bins take the next filled bin's value (circularly) plus distance × a constant.

    Every row has a filled bin. All rows at once: one row at a time cost
    more than the rest of a batch's signatures (most articles leave some of
    the 128 bins empty).
    """
    columns = np.arange(NUM_PERM)
    # The bins twice over, so "next, circularly" is "next" in the doubled row:
    # the position of the nearest filled bin at or after each position.
    at = np.where(filled, columns, 2 * NUM_PERM)
    doubled = np.concatenate((at, at + NUM_PERM), axis=1)
    nearest = np.minimum.accumulate(doubled[:, ::-1], axis=1)[:, ::-1][:, :NUM_PERM]
    borrowed = np.take_along_axis(sig, nearest % NUM_PERM, axis=1)
    distance = (nearest - columns).astype(np.uint64)
    return np.where(filled, sig, borrowed + distance * _ROTATION)


def band_buckets(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, bucket) keys: a bucket is a 64-bit hash of the band's rows."""
    return list(enumerate(batch_band_buckets(sig.reshape(1, NUM_PERM))[0].tolist()))


def batch_band_buckets(signatures: np.ndarray) -> np.ndarray:
    """n × 32 bucket keys (int64) of n signatures."""
    rows = signatures.view(np.uint64).reshape(len(signatures), BANDS, ROWS)
    sums = (rows * _BAND_MULT).sum(axis=2, dtype=np.uint64) + np.arange(BANDS, dtype=np.uint64)
    return mix(sums).view(np.int64)


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of bins where the signatures agree."""
    return float(np.count_nonzero(sig_a == sig_b)) / NUM_PERM
