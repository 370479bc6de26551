"""What the store keeps about each document's words, computed once at ingest.

Entry point: `FeatureRows` (`add` each document of a batch, then `write`, or
`tables` to get the rows without writing them).
It tokenizes the batch's texts once (tokens.py) and writes, for each
document: its MinHash signature (`minhash`) and LSH band keys
(`minhash_bands`) for near-duplicates (dedup.py); its story vector
(`story_vectors`) and the pairs of its heaviest terms that index it for
candidate pairs (`story_keys`, vectors.py); and its words for the `text`
filter (`word_postings`, words.py). Each row is a function of its document
alone, whatever else is in the batch. Rows name documents by `seq` (an
integer: joins over millions of rows stay cheap) except `minhash` and
`story_vectors`, one row per document, keyed by `doc_key`.

`backfill_keys_and_words(con)` computes the story keys and word postings
of documents stored before migration 6 (schema.py runs it once).
"""

from __future__ import annotations

from datetime import date
from typing import Optional

import duckdb
import numpy as np
import pyarrow as pa

from . import dedup
from .rows import insert_arrow
from .tokens import batch_token_hashes, mix
from .vectors import TOP_TERMS, batch_vectors, sort_runs

# Term pairs: two documents share two of their heaviest terms exactly when
# they share one pair, so candidate pairs are one equi-join on the pair
# (stories.py) instead of a join on single terms counted afterwards, whose
# size grows with the square of how many documents have a common term.
_PAIR_MULT = np.uint64(0xD6E8FEB86659FD93)
_FIRST, _SECOND = np.triu_indices(TOP_TERMS, k=1)
_CHUNK = 2000  # documents per round trip when back-filling


class FeatureRows:
    """The feature rows of a batch of documents, computed together when written."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.seqs: list[int] = []
        self.titles: list[str] = []
        self.texts: list[str] = []
        self.days: list[Optional[int]] = []

    def add(self, key: str, seq: int, title: Optional[str], text: Optional[str], printed: Optional[str]) -> None:
        self.keys.append(key)
        self.seqs.append(seq)
        self.titles.append(title or "")
        self.texts.append(text or "")
        self.days.append(day_number(printed))

    def write(self, con: duckdb.DuckDBPyConnection, words: bool = True) -> None:
        """Insert the batch's rows; `words=False` leaves the word postings out (they are there already)."""
        for table, arrow in self.tables(words):
            insert_arrow(con, table, arrow)

    def tables(self, words: bool = True) -> list[tuple[str, pa.Table]]:
        """(table name, Arrow rows) of the batch, computed without touching the store."""
        if not self.keys:
            return []
        n = len(self.keys)
        keys = pa.array(self.keys, type=pa.string())
        seqs = np.asarray(self.seqs, dtype=np.int64)
        days = np.array([-1 if d is None else d for d in self.days], dtype=np.int32)
        hashes, lengths, owner = batch_token_hashes(self.texts)
        signatures, has = dedup.batch_signatures(hashes, owner, n)
        signed = np.flatnonzero(has)
        tables = [("minhash", pa.table({
            "doc_key": keys.take(signed),
            "signature": _lists(signatures[signed].ravel(), np.arange(len(signed) + 1) * dedup.NUM_PERM)}))]
        buckets = dedup.batch_band_buckets(signatures[signed])
        tables.append(("minhash_bands", pa.table({
            "band": pa.array(np.tile(np.arange(dedup.BANDS, dtype=np.int16), len(signed))),
            "bucket": pa.array(buckets.ravel()),
            "seq": pa.array(np.repeat(seqs[signed], dedup.BANDS))})))
        title_hashes, title_lengths, title_owner = batch_token_hashes(self.titles)
        terms, weights, offsets = batch_vectors(np.concatenate((title_hashes, hashes)),
                                                np.concatenate((title_lengths, lengths)),
                                                np.concatenate((title_owner, owner)), n)
        weights = weights.astype(np.float32)
        tables.append(("story_vectors", pa.table({"doc_key": keys, "terms": _lists(terms, offsets),
                                                  "weights": _lists(weights, offsets)})))
        tables.append(("story_keys", _key_table(terms, weights, offsets, seqs, days)))
        if words:
            tables.append(("word_postings", _word_table(hashes, owner, seqs)))
        return tables


def story_keys(terms: np.ndarray, weights: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(key, document) rows: one per pair of a document's TOP_TERMS heaviest terms.

    Heaviest by the stored float32 weight, equal weights broken by the term,
    so the keys computed at ingest and those recomputed from a stored vector
    are the same. A key is a hash of the two terms, smaller first.
    """
    n = len(offsets) - 1
    top = _heaviest(terms, weights, offsets)
    kept = np.minimum(np.diff(offsets), TOP_TERMS)
    rows = np.repeat(np.arange(n), kept)
    columns = np.arange(len(top)) - np.repeat(np.cumsum(kept) - kept, kept)
    table = np.zeros((n, TOP_TERMS), dtype=np.int64)
    filled = np.zeros((n, TOP_TERMS), dtype=bool)
    table[rows, columns] = terms[top]
    filled[rows, columns] = True
    first, second = table[:, _FIRST], table[:, _SECOND]
    valid = filled[:, _FIRST] & filled[:, _SECOND]
    low, high = np.minimum(first, second)[valid], np.maximum(first, second)[valid]
    keys = mix(low.view(np.uint64) * _PAIR_MULT + high.view(np.uint64)).view(np.int64)
    return keys, np.broadcast_to(np.arange(n)[:, None], valid.shape)[valid]


def _heaviest(terms: np.ndarray, weights: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Positions of each document's TOP_TERMS heaviest terms, heaviest first, documents in order.

    One stable sort of the whole batch on (document, weight descending)
    (a sort per document cost more than the rest of the keys). It relies on
    what every vector is (vectors.batch_vectors): terms ascending within a
    document, so equal weights keep the smaller term first, and positive
    weights, whose float32 bits order as their values do.
    """
    lengths = np.diff(offsets)
    document = np.repeat(np.arange(len(lengths)), lengths)
    descending = ~np.asarray(weights, dtype=np.float32).view(np.uint32)
    order = np.argsort((document.astype(np.uint64) << np.uint64(32)) | descending, kind="stable")
    rank = np.arange(len(order)) - np.repeat(offsets[:-1], lengths)
    return order[rank < TOP_TERMS]


def _key_table(terms: np.ndarray, weights: np.ndarray, offsets: np.ndarray, seqs: np.ndarray,
               days: np.ndarray) -> pa.Table:
    keys, document = story_keys(terms, weights, offsets)
    day = days[document]
    return pa.table({"key": pa.array(keys), "seq": pa.array(seqs[document]), "day": pa.array(day, mask=day < 0)})


def _word_table(hashes: np.ndarray, owner: np.ndarray, seqs: np.ndarray) -> pa.Table:
    """One posting list per distinct word of the batch: its documents' seqs, ascending (words.py reads them).

    Sorted and deduplicated with numpy: a GROUP BY in DuckDB cost about as
    much as the rest of the batch's features.
    """
    if len(hashes) == 0:
        return pa.table({"word": pa.array([], type=pa.int64())})  # no rows: nothing is inserted
    # Each document's distinct words first (owner is ascending: one run per
    # document), then by word: with seqs ascending too (they are, at ingest
    # and in the back-fill) a stable sort keeps each word's documents in order.
    words, documents = sort_runs(hashes.view(np.int64), owner, len(seqs)), seqs[owner]
    distinct = np.ones(len(words), dtype=bool)
    distinct[1:] = (words[1:] != words[:-1]) | (documents[1:] != documents[:-1])
    words, documents = words[distinct], documents[distinct]
    ascending = bool(np.all(seqs[1:] > seqs[:-1]))
    order = np.argsort(words, kind="stable") if ascending else np.lexsort((documents, words))
    words, documents = words[order], documents[order]
    starts = np.flatnonzero(np.concatenate(([True], words[1:] != words[:-1])))
    return pa.table({"word": pa.array(words[starts]), "seqs": _lists(documents, np.append(starts, len(words)))})


def backfill_keys_and_words(con: duckdb.DuckDBPyConnection) -> None:
    """Story keys (from the stored vectors) and word postings (from the text) of every stored document."""
    last = -1
    while True:
        chunk = con.execute("""SELECT d.seq, d.text, d.date, v.terms, v.weights FROM documents d
                               LEFT JOIN story_vectors v USING (doc_key) WHERE d.seq > ? ORDER BY d.seq LIMIT ?""",
                            [last, _CHUNK]).fetchall()
        if not chunk:
            return
        last = chunk[-1][0]
        hashes, _, owner = batch_token_hashes([row[1] or "" for row in chunk])
        insert_arrow(con, "word_postings", _word_table(hashes, owner, np.array([row[0] for row in chunk], dtype=np.int64)))
        with_vectors = [row for row in chunk if row[3] is not None]
        offsets = np.concatenate(([0], np.cumsum([len(row[3]) for row in with_vectors]))).astype(np.int64)
        terms = np.array([t for row in with_vectors for t in row[3]], dtype=np.int64)
        weights = np.array([w for row in with_vectors for w in row[4]], dtype=np.float32)
        days = np.array([day_number(row[2]) or -1 for row in with_vectors], dtype=np.int32)
        insert_arrow(con, "story_keys", _key_table(terms, weights, offsets,
                                                   np.array([row[0] for row in with_vectors], dtype=np.int64), days))


def _lists(values: np.ndarray, offsets: np.ndarray) -> pa.ListArray:
    return pa.ListArray.from_arrays(pa.array(offsets.astype(np.int32)), pa.array(values))


def day_number(value: Optional[str]) -> Optional[int]:
    """Days since 0001-01-01 of a printed date, or None when it is missing or not a date."""
    parsed = parse_date(value)
    return parsed.toordinal() if parsed else None


def parse_date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
