"""What the store keeps about each document's words, computed once at ingest.

Entry point: `FeatureRows` (`add` each document of a batch, then `write`).
It tokenizes the batch's texts once (tokens.py) and writes the rows of `minhash`, `minhash_bands`,
`story_vectors` and `story_terms` for each document: the near-duplicate
signature and its LSH keys (dedup.py), and the story vector with the terms
that index it (vectors.py). Each row is a function of its document alone,
whatever else is in the batch.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

import duckdb
import numpy as np
import pyarrow as pa

from . import dedup
from .tokens import batch_token_hashes
from .vectors import TOP_TERMS, batch_vectors


class FeatureRows:
    """The feature rows of a batch of documents, computed together when written."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.titles: list[str] = []
        self.texts: list[str] = []
        self.days: list[Optional[int]] = []

    def add(self, key: str, title: Optional[str], text: Optional[str], printed: Optional[str]) -> None:
        self.keys.append(key)
        self.titles.append(title or "")
        self.texts.append(text or "")
        self.days.append(day_number(printed))

    def write(self, con: duckdb.DuckDBPyConnection) -> None:
        if not self.keys:
            return
        n = len(self.keys)
        keys = pa.array(self.keys, type=pa.string())
        hashes, lengths, owner = batch_token_hashes(self.texts)
        signatures, has = dedup.batch_signatures(hashes, owner, n)
        signed = np.flatnonzero(has)
        _insert(con, "minhash", {"doc_key": keys.take(signed),
                                 "signature": _lists(signatures[signed].ravel(), np.arange(len(signed) + 1) *
                                                     dedup.NUM_PERM)})
        buckets = dedup.batch_band_buckets(signatures[signed])
        _insert(con, "minhash_bands", {
            "band": pa.array(np.tile(np.arange(dedup.BANDS, dtype=np.int16), len(signed))),
            "bucket": pa.array(buckets.ravel()),
            "doc_key": keys.take(np.repeat(signed, dedup.BANDS))})
        title_hashes, title_lengths, title_owner = batch_token_hashes(self.titles)
        terms, weights, offsets = batch_vectors(np.concatenate((title_hashes, hashes)),
                                                np.concatenate((title_lengths, lengths)),
                                                np.concatenate((title_owner, owner)), n)
        _insert(con, "story_vectors", {"doc_key": keys, "terms": _lists(terms, offsets),
                                       "weights": _lists(weights.astype(np.float32), offsets)})
        document = np.repeat(np.arange(n), np.diff(offsets))
        order = np.lexsort((terms, -weights, document))
        top = order[(np.arange(len(order)) - offsets[document[order]]) < TOP_TERMS]
        _insert(con, "story_terms", {"term": pa.array(terms[top]), "doc_key": keys.take(document[top]),
                                     "day": pa.array([self.days[i] for i in document[top].tolist()],
                                                     type=pa.int32())})


def _lists(values: np.ndarray, offsets: np.ndarray) -> pa.ListArray:
    return pa.ListArray.from_arrays(pa.array(offsets.astype(np.int32)), pa.array(values))


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, pa.Array]) -> None:
    if len(next(iter(columns.values()))) == 0:
        return
    con.register("_wirecoder_features", pa.table(columns))
    try:
        names = ", ".join(columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _wirecoder_features")
    finally:
        con.unregister("_wirecoder_features")


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
