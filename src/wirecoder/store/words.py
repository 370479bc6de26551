"""The `text` filter: documents that have the query's words, from the word index.

Entry points: `text_match(text)` (SQL giving the `seq` of every matching
document, and its parameters) and `matching_seqs(con, text)` (those seqs,
computed on a store connection). query.py and index.py filter with them.

The index is `word_postings` (migration 6): one row per ingest batch and
distinct word, the word's 64-bit hash (tokens.py, the tokenizer of the
story features) and the ascending seqs of the batch's documents that have
it (features.py writes them at ingest; the migration fills them for
documents stored before it).

A document matches when it has every word of the query as a whole word
(case-insensitive) and, when the query is more than one bare word
("tear gas", "al-Shabaab", "attacks."), also contains the query as
written (lower-cased) — the substring test only the candidates the
index gave go through. A query with no word at all ("--") falls back to
the substring test over every document.
"""

from __future__ import annotations

from typing import Any, Optional

import duckdb
import numpy as np

from .tokens import token_hashes

_POSTING = "SELECT unnest(seqs) AS seq FROM word_postings WHERE word = ?"


def query_words(text: str) -> tuple[list[int], Optional[str]]:
    """(the query's distinct word hashes, the lower-cased text to check too or None for one bare word)."""
    lowered = text.strip().lower()
    hashes, lengths = token_hashes(lowered)
    words = sorted(set(hashes.view(np.int64).tolist()))
    bare = len(lengths) == 1 and int(lengths[0]) == len(lowered.encode("utf-8", "surrogatepass"))
    return words, None if bare else lowered


def text_match(text: str) -> tuple[str, list[Any]]:
    """SQL selecting the `seq` of the documents matching `text`, and its parameters."""
    words, phrase = query_words(text)
    if not words:
        return "SELECT seq FROM documents WHERE contains(lower(text), ?)", [text.lower()]
    candidates = " INTERSECT ".join([_POSTING] * len(words))
    if phrase is None:
        return candidates, list(words)
    # The substring test reads only the candidates' text: materialised first.
    return (f"""WITH c AS MATERIALIZED ({candidates})
                SELECT d.seq FROM documents d SEMI JOIN c USING (seq) WHERE contains(lower(d.text), ?)""",
            [*words, phrase])


def matching_seqs(con: duckdb.DuckDBPyConnection, text: str) -> np.ndarray:
    """The seqs of the documents matching `text` (int64, in no particular order)."""
    sql, params = text_match(text)
    return np.asarray(con.execute(sql, params).fetchnumpy()["seq"], dtype=np.int64)
