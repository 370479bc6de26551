"""What the store keeps about each document's words, computed once at ingest.

Entry point: `features(key, title, text, date)`. It tokenizes the text once
(tokens.py) and returns the rows of `minhash`, `minhash_bands`,
`story_vectors` and `story_terms` for the document: the near-duplicate
signature and its LSH keys (dedup.py), and the story vector with the terms
that index it (vectors.py). All of it is a function of the document alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

import duckdb

from . import dedup
from .rows import insert
from .tokens import token_hashes
from .vectors import story_vector, top_terms


@dataclass
class FeatureRows:
    minhash: list[tuple] = field(default_factory=list)
    bands: list[tuple] = field(default_factory=list)
    vectors: list[tuple] = field(default_factory=list)
    terms: list[tuple] = field(default_factory=list)

    def add(self, key: str, title: Optional[str], text: Optional[str], printed: Optional[str]) -> None:
        hashes, lengths = token_hashes(text or "")
        sig = dedup.signature(hashes)
        if sig is not None:
            self.minhash.append((key, sig.tolist()))
            self.bands.extend((band, bucket, key) for band, bucket in dedup.band_buckets(sig))
        vector = story_vector(title, hashes, lengths)
        self.vectors.append((key, vector.terms.tolist(), vector.weights.astype("float32").tolist()))
        day = day_number(printed)
        self.terms.extend((term, key, day) for term in top_terms(vector).tolist())

    def write(self, con: duckdb.DuckDBPyConnection) -> None:
        insert(con, "minhash", ("doc_key", "signature"), self.minhash)
        insert(con, "minhash_bands", ("band", "bucket", "doc_key"), self.bands)
        insert(con, "story_vectors", ("doc_key", "terms", "weights"), self.vectors)
        insert(con, "story_terms", ("term", "doc_key", "day"), self.terms)


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
