"""Stories: different articles about the same happening, plus their copies.

Entry point: `build_stories(con, full=False)`. It assigns the documents
that have no story yet (those the last runs added, or a killed run left),
in one transaction, and touches only the part of the store they connect to.
The result is a function of the set of documents in the store: the same
whatever order they arrived in, in how many runs, and after kill -9.

How, in three steps:
1. **Edges** between a new document and any other, each a function of the
   two documents alone: a *duplicate* edge when their MinHash signatures
   agree on ≥ 0.5 of the bins (dedup.py; candidates from shared LSH buckets),
   a *story* edge when the cosine of their TF-IDF vectors is ≥
   `EDGE_SIMILARITY` (vectors.py; IDF from a fixed table, candidates from a
   shared heavy term) and, both being dated, they were printed at most
   `WINDOW_DAYS` apart.
2. **Components** of the edge graph. A new document only merges the
   components it has edges to, so only those are redone. A component larger
   than `MAX_PIECE` is cut into pieces by raising the story-edge threshold
   inside it (`REFINE_STEP` at a time) until every piece fits; a piece whose
   members are unchanged keeps its stories as they are.
3. **Stories** inside each new or changed piece: average-link clustering of
   the cosine similarities at `STORY_SIMILARITY` (pairs printed more than
   `WINDOW_DAYS` apart count as 0), the members taken in key order; then
   near-duplicates join their original's story. Duplicate groups, their
   originals, each story's first_seen and the `recycled` warnings follow.

Ties are broken by content, never by arrival: a group's original and a
story's first document are the earliest printed, then the smallest id,
then the smallest document key.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Iterable, Optional

import duckdb
import numpy as np
import pyarrow as pa
from scipy.sparse import csr_matrix

from . import dedup
from .features import FeatureRows, parse_date
from .rows import insert

# A story edge: cosine at or above this (and the window). Components of
# these edges bound what one new document can change. 0.2 is above the
# clustering threshold so components stay small (news.jsonl: largest 716 of
# 2,008 at 0.2, against 1,609 at 0.15), yet on ECB+ the stories inside them
# are those of average-link over the whole store (docs/accuracy.md).
EDGE_SIMILARITY = 0.2
# Average-link cosine similarity at which two groups are one story. Tuned on
# the ECB+ DEV topics (docs/accuracy.md, ## Stories): 0.17-0.19 score alike,
# 0.15 merges separate happenings of one topic with these IDF weights.
STORY_SIMILARITY = 0.18
# Two dated articles more than this many days apart are never one story by
# text alone (a copy can still join through dedup): news stories run days.
WINDOW_DAYS = 14
# Two documents are compared when they share this many of their heaviest
# terms (vectors.TOP_TERMS = 12). On ECB+ the stories are those of comparing
# every pair; on 10,000 generated documents it leaves a fifth of the
# candidates of sharing one (pairs sharing one term were 3 % edges).
SHARED_TERMS = 2
# Documents clustered together at most: a MAX_PIECE² similarity matrix
# (float64, 32 MB at 2,000) bounds the memory and time of one piece.
MAX_PIECE = 2000
REFINE_STEP = 0.05
# A document printed this many days after its story was first seen, or after
# the original it duplicates, is flagged `recycled`. A syndicated copy is
# usually printed within a day or two; follow-ups within the window.
RECYCLED_STORY_DAYS = 30
RECYCLED_DUPLICATE_DAYS = 3
_CHUNK = 2000  # rows fetched, features computed, per round trip


def build_stories(con: duckdb.DuckDBPyConnection, full: bool = False) -> dict[str, int]:
    """Give every document without a story its story (all of them when `full`); return store counts."""
    con.execute("BEGIN TRANSACTION")
    try:
        if full:
            for table in ("story_members", "stories", "duplicate_groups", "story_edges"):
                con.execute(f"DELETE FROM {table}")
        _backfill_features(con)
        con.execute("""CREATE OR REPLACE TEMP TABLE _wc_pending AS
                       SELECT d.seq, d.doc_key FROM documents d ANTI JOIN story_members m USING (doc_key)""")
        if con.execute("SELECT count(*) FROM _wc_pending").fetchone()[0]:
            _add_edges(con)
            _update_components(con)
        con.execute("DROP TABLE _wc_pending")
        counts = _counts(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return counts


def _counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    stories, duplicates, recycled = con.execute(
        """SELECT (SELECT count(*) FROM stories), count(duplicate_of), count(*) FILTER (WHERE recycled)
           FROM story_members""").fetchone()
    return {"stories": stories, "duplicates": duplicates, "recycled": recycled}


def _keys_table(con: duckdb.DuckDBPyConnection, name: str, keys: Iterable[str]) -> None:
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (doc_key VARCHAR PRIMARY KEY)")
    insert(con, name, ("doc_key",), [(key,) for key in keys])


def _backfill_features(con: duckdb.DuckDBPyConnection) -> None:
    """Compute the word features of documents that lack them (stores from before migration 5)."""
    # Normally none lack them: this probe reads only the keys (the query
    # below reads the texts too, 1.3 s at 100,000 documents to find nothing).
    if not con.execute("SELECT EXISTS (SELECT doc_key FROM documents ANTI JOIN story_vectors USING (doc_key))")\
            .fetchone()[0]:
        return
    while True:
        missing = con.execute(f"""SELECT d.doc_key, d.seq, d.title, d.text, d.date FROM documents d
                                  ANTI JOIN story_vectors v USING (doc_key) ORDER BY d.doc_key LIMIT {_CHUNK}""")\
            .fetchall()
        if not missing:
            break
        rows = FeatureRows()
        for key, seq, title, text, printed in missing:
            rows.add(key, seq, title, text, printed)
        _keys_table(con, "_wc_backfill", [row[0] for row in missing])
        con.execute("DELETE FROM minhash WHERE doc_key IN (SELECT doc_key FROM _wc_backfill)")
        for table in ("minhash_bands", "story_keys"):
            con.execute(f"""DELETE FROM {table} WHERE seq IN (SELECT d.seq FROM documents d
                            SEMI JOIN _wc_backfill USING (doc_key))""")
        rows.write(con, words=False)  # a document's words are indexed when it is committed
    con.execute("DROP TABLE IF EXISTS _wc_backfill")


# ---------------------------------------------------------------- edges

# Candidate story pairs (seq a < seq b) with a document of the chunk at one
# end: documents sharing a pair of heaviest terms (features.story_keys), both
# dated and printed at most WINDOW_DAYS apart, or one of them undated. Dated
# pairs are joined on (key, bucket of BUCKET_DAYS days): |days| <= 14 means
# the same bucket or the next one, so the join never pairs documents months
# apart only to drop them. A pair of two pending documents is found from the
# one with the larger seq only (`_OWNED`), so each pair comes from exactly
# one chunk of pending documents (_add_edges), and once within it (DISTINCT).
# Pairs with an undated end are two joins, each with its filter on one side:
# one join on the key alone filtered afterwards gave 2.7 million rows per
# chunk of 5,000 at 100,000 documents before the filter (a quarter of the
# story keys there are undated); split, the query is ~17 % faster.
_OWNED = "(o.seq < p.seq OR o.seq NOT IN (SELECT seq FROM _wc_pending))"
_STORY_CANDIDATES = """
    WITH p AS (SELECT k.key, k.seq, k.day, k.day // {bucket} AS bucket FROM story_keys k
               SEMI JOIN _wc_chunk USING (seq)),
         o AS (SELECT key, seq, day, day // {bucket} AS bucket FROM story_keys)
    SELECT DISTINCT least(a, b) AS a, greatest(a, b) AS b FROM (
        SELECT p.seq AS a, o.seq AS b FROM p JOIN o ON o.key = p.key AND o.bucket = p.bucket
        WHERE o.seq <> p.seq AND abs(o.day - p.day) <= {window} AND {owned}
        UNION ALL
        SELECT p.seq, o.seq FROM p JOIN o ON o.key = p.key AND o.bucket = p.bucket + 1
        WHERE o.day - p.day <= {window} AND {owned}
        UNION ALL
        SELECT p.seq, o.seq FROM p JOIN o ON o.key = p.key AND o.bucket = p.bucket - 1
        WHERE p.day - o.day <= {window} AND {owned}
        UNION ALL
        SELECT p.seq, o.seq FROM p JOIN o ON o.key = p.key
        WHERE p.day IS NULL AND o.seq <> p.seq AND {owned}
        UNION ALL
        SELECT p.seq, o.seq FROM p JOIN (SELECT key, seq FROM story_keys WHERE day IS NULL) o ON o.key = p.key
        WHERE p.day IS NOT NULL AND {owned})"""
BUCKET_DAYS = WINDOW_DAYS + 1
# Candidate near-duplicate pairs: sharing an LSH band key (dedup.py).
_DUPLICATE_CANDIDATES = """
    SELECT DISTINCT least(p.seq, o.seq) AS a, greatest(p.seq, o.seq) AS b FROM minhash_bands p
    SEMI JOIN _wc_chunk USING (seq)
    JOIN minhash_bands o ON o.band = p.band AND o.bucket = p.bucket AND o.seq <> p.seq AND {owned}"""
# Pending documents whose candidate pairs are found in one query. Each query
# reads all of story_keys, so fewer is faster: at 100,000 generated documents
# the queries took 26.5 s in chunks of 5,000, 14 s in chunks of 20,000, ~11 s
# in chunks of 50,000 (DuckDB then used ~200 MB more). Scoring no longer
# follows the chunks (_SCORE_PAIRS), so the chunks no longer bound the
# vectors in memory (chunks of 5,000 were for that; docs/performance.md).
# 50,000 since the twenty-ninth session: the story candidates of 100,000
# documents in 4.2 s against 6.0-6.6 s with 20,000, and the pass's memory
# peak is later (clustering), so the ~200 MB do not raise it.
_PENDING_CHUNK = 50_000
# Candidate pairs gathered, chunk after chunk, before they are scored. Each
# scoring reads the vectors of every document in its pairs, and in a first
# run a late chunk's pairs reach nearly every document: scored chunk by chunk,
# the vectors of 100,000 documents were read 20 times (~15 s); now a few
# times (2.9 million story pairs). A pair costs ~80 bytes while it is scored.
_SCORE_PAIRS = 1_000_000
# Duplicate pairs compared per numpy step: both signatures of each pair are
# copied (2 KB a pair; 200,000 at a time was the story pass's memory peak).
_PAIRS_CHUNK = 50_000
_NODE_BATCH = 10_000  # vectors read from DuckDB per Arrow record batch
_COLUMNS = (1 << 63) - 1  # every halved term hash (see _node_vectors)
# Pairs whose rows are copied out of the vector matrix at once: each copy is
# ~300 terms x 16 bytes per pair and side (50,000 pairs took 480 MB). Two
# chunks are computed at once (_cosines); a first pass over 100,000 documents
# peaks here: 1,428 MB with 2,000, 1,467 MB with 4,000 (docs/performance.md).
_COSINE_CHUNK = 2_000
_THREADS = 2  # threads for the cosines: the machines we aim at have two cores


def _add_edges(con: duckdb.DuckDBPyConnection) -> None:
    """Insert every duplicate and story edge that has a pending document at one end."""
    # Normally there are none yet; after a partial manual cleanup there may be.
    con.execute("""DELETE FROM story_edges WHERE a IN (SELECT doc_key FROM _wc_pending)
                   OR b IN (SELECT doc_key FROM _wc_pending)""")
    kinds = (("story", _STORY_CANDIDATES.format(bucket=BUCKET_DAYS, window=WINDOW_DAYS, owned=_OWNED),
              _STORY_NODES, _STORY_SCORER, EDGE_SIMILARITY),
             ("duplicate", _DUPLICATE_CANDIDATES.format(owned=_OWNED), _DUPLICATE_NODES, _DUPLICATE_SCORER,
              dedup.THRESHOLD))
    for kind, *_ in kinds:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _wc_pairs_{kind} (a BIGINT, b BIGINT)")
    seqs = con.execute("SELECT seq FROM _wc_pending ORDER BY seq").fetchnumpy()["seq"]
    for start in range(0, len(seqs), _PENDING_CHUNK):
        chunk = seqs[start:start + _PENDING_CHUNK]
        last = start + _PENDING_CHUNK >= len(seqs)
        con.execute("CREATE OR REPLACE TEMP TABLE _wc_chunk AS SELECT seq FROM _wc_pending WHERE seq BETWEEN ? AND ?",
                    [int(chunk[0]), int(chunk[-1])])
        for kind, candidates, nodes_sql, scorer, threshold in kinds:
            pairs = f"_wc_pairs_{kind}"
            con.execute(f"INSERT INTO {pairs} {candidates}")
            if last or con.execute(f"SELECT count(*) FROM {pairs}").fetchone()[0] >= _SCORE_PAIRS:
                _score_pairs(con, kind, pairs, nodes_sql, scorer, threshold)
                con.execute(f"DELETE FROM {pairs}")
    for kind, *_ in kinds:
        con.execute(f"DROP TABLE _wc_pairs_{kind}")
    con.execute("DROP TABLE IF EXISTS _wc_chunk")


def _score_pairs(con: duckdb.DuckDBPyConnection, kind: str, pairs: str, nodes_sql: str, scorer,
                 threshold: float) -> None:
    """Score the pairs of the table `pairs` (a, b: seqs); keep those >= threshold as edges.

    `scorer` is (read, score): `read(con, nodes_sql)` gives the seqs of the
    rows of `nodes_sql` and what `score(read, a rows, b rows)` compares.
    Everything stays integers and numpy arrays until the kept edges go back
    to DuckDB, which writes them with their document keys.
    """
    read, score = scorer
    con.execute(f"CREATE OR REPLACE TEMP TABLE _wc_nodes AS SELECT a AS seq FROM {pairs} UNION SELECT b FROM {pairs}")
    found = con.execute(f"SELECT a, b FROM {pairs}").fetchnumpy()
    a, b = np.asarray(found["a"], dtype=np.int64), np.asarray(found["b"], dtype=np.int64)
    del found
    if len(a):
        # Rows come unsorted (sorting ~100,000 rows of term lists in DuckDB
        # was the story pass's memory peak); a pair finds its rows by seq.
        seqs, prepared = read(con, nodes_sql)
        order = np.argsort(seqs, kind="stable")
        rows_a, rows_b = order[np.searchsorted(seqs[order], a)], order[np.searchsorted(seqs[order], b)]
        del a, b, order  # seqs[rows] gives them back
        values = score(prepared, rows_a, rows_b)
        del prepared
        keep = values >= threshold
        con.register("_wc_kept", pa.table({"a": seqs[rows_a[keep]], "b": seqs[rows_b[keep]],
                                           "similarity": values[keep]}))
        con.execute(f"""INSERT INTO story_edges SELECT least(da.doc_key, db.doc_key), greatest(da.doc_key, db.doc_key),
                        '{kind}', k.similarity FROM _wc_kept k JOIN documents da ON k.a = da.seq
                        JOIN documents db ON k.b = db.seq""")
        con.unregister("_wc_kept")
    con.execute("DROP TABLE _wc_nodes")


_STORY_NODES = """SELECT d.seq, v.terms, v.weights FROM story_vectors v JOIN documents d USING (doc_key)
                  SEMI JOIN _wc_nodes n ON d.seq = n.seq"""
_DUPLICATE_NODES = """SELECT d.seq, m.signature FROM minhash m JOIN documents d USING (doc_key)
                      SEMI JOIN _wc_nodes n ON d.seq = n.seq"""


def _node_vectors(con: duckdb.DuckDBPyConnection, nodes_sql: str, dtype: type = np.float64
                  ) -> tuple[np.ndarray, csr_matrix]:
    """(ids, story vectors as matrix rows) of the rows of `nodes_sql` (id: seq or doc_key, terms, weights).

    Read a record batch at a time into arrays sized beforehand: the whole
    Arrow result beside the matrix built from it was the story pass's memory
    peak (~250 MB more at 100,000 documents).

    The column of a term is its hash halved and moved to [0, 2**63): in
    ascending term order, so every dot product sums the shared terms in that
    order, the same value in every run, without numbering the vocabulary
    (a sort of every term: seconds on a large store). Two words whose hashes
    differ only in the lowest bit would share a column: about one chance in
    10**7 in a store of a million distinct words, and still the same in every run.
    """
    count, size = con.execute(f"SELECT count(*), coalesce(sum(len(terms)), 0) FROM ({nodes_sql})").fetchone()
    id_batches = []
    indptr = np.zeros(count + 1, dtype=np.int64)
    columns = np.empty(size, dtype=np.int64)
    data = np.empty(size, dtype=dtype)  # the stored weights are float32: float64 holds them exactly
    row = 0
    for batch in con.execute(nodes_sql).to_arrow_reader(_NODE_BATCH):
        n = len(batch)
        terms, weights = batch.column(1), batch.column(2)
        # A copy: a zero-copy view of the ids would keep the whole batch, vectors too, alive.
        id_batches.append(batch.column(0).to_numpy(zero_copy_only=False).copy())
        first = indptr[row]
        indptr[row + 1:row + n + 1] = first + np.cumsum(terms.value_lengths().fill_null(0).to_numpy())
        columns[first:indptr[row + n]] = terms.flatten().to_numpy(zero_copy_only=False)
        data[first:indptr[row + n]] = weights.flatten().to_numpy(zero_copy_only=False)
        row += n
    columns >>= 1
    columns += 1 << 62
    ids = np.concatenate(id_batches) if id_batches else np.empty(0, dtype=np.int64)
    return ids, csr_matrix((data, columns, indptr), shape=(count, _COLUMNS))


def _node_signatures(con: duckdb.DuckDBPyConnection, nodes_sql: str) -> tuple[np.ndarray, np.ndarray]:
    """(seqs, MinHash signatures: one row of 128 each) of the rows of `nodes_sql` (seq, signature)."""
    table = con.execute(nodes_sql).to_arrow_table()
    return table.column(0).to_numpy(), _signatures(table)


def _story_scores(matrix: csr_matrix, rows_a: np.ndarray, rows_b: np.ndarray) -> np.ndarray:
    order = np.argsort(rows_a, kind="stable")  # rows of a chunk close together: fewer cache misses
    values = np.empty(len(rows_a))
    values[order] = _cosines(matrix, rows_a[order], rows_b[order])
    return values


def _signatures(table: pa.Table) -> np.ndarray:
    return table.column(1).combine_chunks().flatten().to_numpy().reshape(len(table), dedup.NUM_PERM)


def _duplicate_scores(signatures: np.ndarray, rows_a: np.ndarray, rows_b: np.ndarray) -> np.ndarray:
    """The share of MinHash bins where the two signatures agree (dedup.similarity), pair by pair."""
    values = np.empty(len(rows_a))
    for start in range(0, len(rows_a), _PAIRS_CHUNK):
        end = start + _PAIRS_CHUNK
        agree = signatures[rows_a[start:end]] == signatures[rows_b[start:end]]
        values[start:end] = np.count_nonzero(agree, axis=1) / dedup.NUM_PERM
    return values


def _cosines(matrix: csr_matrix, rows_a: np.ndarray, rows_b: np.ndarray, chunk: int = _COSINE_CHUNK) -> np.ndarray:
    """Row-by-row dot products of the pairs (rows_a[i], rows_b[i]), in chunks to bound memory.

    Two chunks at a time, in two threads: scipy's sparse kernels run outside
    Python's lock, so on two cores this takes about half the time. Each
    pair's value is computed the same way whichever thread does it.
    """
    out = np.zeros(len(rows_a))

    def one(start: int) -> None:
        a = matrix[rows_a[start:start + chunk]]
        b = matrix[rows_b[start:start + chunk]]
        out[start:start + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()

    starts = range(0, len(rows_a), chunk)
    if len(starts) < 2:
        for start in starts:
            one(start)
        return out
    with ThreadPoolExecutor(max_workers=_THREADS) as pool:
        list(pool.map(one, starts))
    return out


# (read, score) for _score_pairs.
_STORY_SCORER = (_node_vectors, _story_scores)
_DUPLICATE_SCORER = (_node_signatures, _duplicate_scores)


# ---------------------------------------------------------------- components and pieces

def _update_components(con: duckdb.DuckDBPyConnection) -> None:
    """Redo the components the pending documents touch, and the stories of their changed pieces."""
    # Members: the pending documents and every document of a component one of
    # their edges reaches, numbered in key order (so every list below is too).
    con.execute("""CREATE OR REPLACE TEMP TABLE _wc_members AS
        WITH touched AS (
            SELECT e.b AS doc_key FROM story_edges e SEMI JOIN _wc_pending k ON e.a = k.doc_key
            UNION SELECT e.a FROM story_edges e SEMI JOIN _wc_pending k ON e.b = k.doc_key),
        members AS (
            SELECT doc_key FROM _wc_pending
            UNION SELECT m.doc_key FROM story_members m
            WHERE m.component IN (SELECT m2.component FROM story_members m2 SEMI JOIN touched t USING (doc_key)))
        SELECT doc_key, (row_number() OVER (ORDER BY doc_key) - 1)::INTEGER AS i FROM members""")
    keys = [row[0] for row in con.execute("SELECT doc_key FROM _wc_members ORDER BY i").fetchall()]
    edges = con.execute("""SELECT ia.i AS a, ib.i AS b, e.kind = 'duplicate' AS duplicate, e.similarity
                           FROM story_edges e JOIN _wc_members ia ON e.a = ia.doc_key
                           JOIN _wc_members ib ON e.b = ib.doc_key""").fetchnumpy()
    graph = _Graph(len(keys), *(np.asarray(edges[c]) for c in ("a", "b", "duplicate", "similarity")))
    stored = [None] * len(keys)
    for i, piece in con.execute("""SELECT w.i, m.piece FROM story_members m JOIN _wc_members w USING (doc_key)""")\
            .fetchall():
        stored[i] = piece
    component_of: list[str] = [""] * len(keys)
    changed: list[list[str]] = []
    for component, component_edges in graph.components(np.arange(len(keys)), np.arange(len(graph.a))):
        component_id = "c-" + _digest(keys[component[0]])
        for piece in graph.pieces(component, EDGE_SIMILARITY, component_edges):
            members = [keys[i] for i in piece]
            piece_id = "p-" + _digest("\n".join(members))
            if not all(stored[i] == piece_id for i in piece.tolist()):
                changed.append(members)
        for i in component.tolist():
            component_of[i] = component_id
    _keys_table(con, "_wc_changed", [key for piece in changed for key in piece])
    # Unchanged pieces keep their stories; only their component may have grown.
    con.register("_wc_component", pa.table({"doc_key": pa.array(keys, type=pa.string()),
                                            "component": pa.array(component_of, type=pa.string())}))
    con.execute("""UPDATE story_members SET component = c.component FROM _wc_component c
                   WHERE story_members.doc_key = c.doc_key AND story_members.component <> c.component""")
    con.unregister("_wc_component")
    con.execute("""DELETE FROM stories WHERE story_id IN (
                   SELECT story_id FROM story_members SEMI JOIN _wc_changed USING (doc_key))""")
    for table in ("story_members", "duplicate_groups"):
        con.execute(f"DELETE FROM {table} WHERE doc_key IN (SELECT doc_key FROM _wc_changed)")
    if changed:
        _write_stories(con, changed, graph.duplicate_edges(keys), dict(zip(keys, component_of, strict=True)))
    for name in ("_wc_members", "_wc_changed"):
        con.execute(f"DROP TABLE {name}")


class _Graph:
    """The edge graph of the members (numbered 0..n-1 in key order) as integer arrays."""

    def __init__(self, n: int, a: np.ndarray, b: np.ndarray, duplicate: np.ndarray, similarity: np.ndarray) -> None:
        self.n = n
        self.a, self.b = a.astype(np.int64), b.astype(np.int64)
        self.duplicate, self.similarity = duplicate.astype(bool), similarity.astype(np.float64)

    def components(self, nodes: np.ndarray, edges: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """Connected components of `nodes` (sorted) over the edges `edges` (indices, each inside `nodes`):
        (members in key order, indices of their edges), by smallest member.

        Edges are handed out by their component's label, in one sort: finding
        each part's edges by membership (np.isin per part) was quadratic, 74 s
        of a first story pass over 100,000 generated documents.
        """
        from scipy.sparse.csgraph import connected_components

        if len(nodes) == 0:
            return []
        local_a, local_b = np.searchsorted(nodes, self.a[edges]), np.searchsorted(nodes, self.b[edges])
        graph = csr_matrix((np.ones(len(edges), dtype=np.int8), (local_a, local_b)), shape=(len(nodes), len(nodes)))
        count, labels = connected_components(graph, directed=False)
        order = np.argsort(labels, kind="stable")  # within a label, nodes stay in key order
        sorted_labels = labels[order]
        bounds = np.flatnonzero(np.diff(sorted_labels)) + 1
        groups = np.split(nodes[order], bounds)
        group_labels = sorted_labels[np.concatenate(([0], bounds))]
        edge_labels = labels[local_a]
        edge_order = np.argsort(edge_labels, kind="stable")
        edge_bounds = np.searchsorted(edge_labels[edge_order], np.arange(count + 1))
        parts = [(group, edges[edge_order[edge_bounds[label]:edge_bounds[label + 1]]])
                 for group, label in zip(groups, group_labels, strict=True)]
        return sorted(parts, key=lambda part: int(part[0][0]))

    def pieces(self, component: np.ndarray, level: float, edges: np.ndarray) -> list[np.ndarray]:
        """The component itself if it fits, else its components at a higher story-edge threshold
        (`edges`: the indices of the component's edges)."""
        if len(component) <= MAX_PIECE or level > 1.0:
            return [component]
        level = round(level + REFINE_STEP, 6)
        kept = edges[self.duplicate[edges] | (self.similarity[edges] >= level)]
        parts = self.components(component, kept)
        if len(parts) == 1 and level > 1.0:
            return [parts[0][0]]
        return [piece for part, part_edges in parts for piece in self.pieces(part, level, part_edges)]

    def duplicate_edges(self, keys: list[str]) -> list[tuple]:
        """The duplicate edges as (a key, b key, 'duplicate', similarity)."""
        found = np.flatnonzero(self.duplicate)
        return [(keys[a], keys[b], "duplicate", value) for a, b, value in
                zip(self.a[found].tolist(), self.b[found].tolist(), self.similarity[found].tolist(), strict=True)]


def _find(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _union(parent: dict[str, str], a: str, b: str) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- stories of changed pieces

def _write_stories(con: duckdb.DuckDBPyConnection, pieces: list[list[str]], edges: list[tuple],
                   component_of: dict[str, str]) -> None:
    """Cluster the changed pieces and write their rows."""
    duplicates_of: dict[str, list[tuple]] = defaultdict(list)
    for edge in edges:
        if edge[2] == "duplicate":
            duplicates_of[edge[0]].append(edge)
    info, vectors = _clustering_inputs(con, pieces)
    piece_duplicates = [[e for key in piece for e in duplicates_of.get(key, ())] for piece in pieces]
    story_rows, member_rows, group_rows = [], [], []
    piece_originals = [_duplicate_groups(piece, dup_edges, info, group_rows)
                       for piece, dup_edges in zip(pieces, piece_duplicates, strict=True)]
    clusters = _clusters_of(pieces, piece_duplicates, piece_originals, vectors, info)
    del vectors
    for piece, originals, piece_clusters in zip(pieces, piece_originals, clusters, strict=True):
        piece_id = "p-" + _digest("\n".join(piece))
        for members in piece_clusters:
            _story(members, info, originals, component_of, piece_id, story_rows, member_rows)
    _keys_table(con, "_wc_stories", [row[0] for row in story_rows])  # left over by a manual cleanup, if any
    con.execute("DELETE FROM stories WHERE story_id IN (SELECT doc_key FROM _wc_stories)")
    con.execute("DROP TABLE _wc_stories")
    insert(con, "stories", ("story_id", "first_seen", "last_seen", "n_documents", "title", "first_doc_id"),
           story_rows)
    insert(con, "story_members", ("doc_key", "story_id", "duplicate_of", "recycled", "store_warnings", "component",
                                  "piece"), member_rows)
    insert(con, "duplicate_groups", ("doc_key", "group_id", "original_key", "similarity"), group_rows)


def _clustering_inputs(con: duckdb.DuckDBPyConnection, pieces: list[list[str]]
                       ) -> tuple[dict[str, tuple], tuple[dict[str, int], csr_matrix]]:
    """(id, title and printed date of each member; story vectors of the members of larger pieces).

    Each read in one scan: read a group of 10,000 documents at a time, the
    vectors cost a scan of all of `story_vectors` per group (6.5 of a first
    pass's ~50 s at 100,000 documents; docs/performance.md).
    """
    _keys_table(con, "_wc_group", [key for piece in pieces for key in piece])
    info = {key: (doc_id, title, parse_date(printed)) for key, doc_id, title, printed in con.execute(
        "SELECT doc_key, id, title, date FROM documents SEMI JOIN _wc_group USING (doc_key)").fetchall()}
    # A piece of one is its own story: only larger pieces compare vectors
    # (27 % of the documents of a first run over 100,000 are alone).
    _keys_table(con, "_wc_group", [key for piece in pieces if len(piece) > 1 for key in piece])
    # Weights as stored (float32), made float64 piece by piece (_average_link):
    # 60 MB less at a first pass over 100,000 documents, and the same sums.
    keys, matrix = _node_vectors(con, "SELECT doc_key, terms, weights FROM story_vectors SEMI JOIN _wc_group "
                                      "USING (doc_key)", dtype=np.float32)
    con.execute("DROP TABLE _wc_group")
    return info, ({key: i for i, key in enumerate(keys.tolist())}, matrix)


def _age(key: str, info: dict) -> tuple:
    """Earliest first: printed date (undated last), then id, then key."""
    doc_id, _, printed = info[key]
    return (printed is None, printed or date.min, doc_id, key)


def _duplicate_groups(piece: list[str], dup_edges: list[tuple], info: dict, group_rows: list) -> dict[str, tuple]:
    """Map each duplicate's key to (its group's original key, similarity); add the group rows."""
    parent = {key: key for key in piece}
    best: dict[str, float] = {}
    for a, b, _, value in dup_edges:
        _union(parent, a, b)
        best[a] = max(best.get(a, 0.0), value)
        best[b] = max(best.get(b, 0.0), value)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in piece:
        groups[_find(parent, key)].append(key)
    originals: dict[str, tuple] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        original = min(members, key=lambda k: _age(k, info))
        group_id = "g-" + hashlib.sha1(original.encode("utf-8")).hexdigest()[:12]
        for key in members:
            similarity = 1.0 if key == original else best.get(key, dedup.THRESHOLD)
            group_rows.append((key, group_id, original, similarity))
            if key != original:
                originals[key] = (original, similarity)
    return originals


# Pieces at least this large are clustered two at a time: their sparse
# products and scipy's linkage run largely outside Python's lock. A smaller
# piece costs less than handing it to a thread.
_POOLED_PIECE = 50


def _clusters_of(pieces: list[list[str]], piece_duplicates: list[list[tuple]], piece_originals: list[dict],
                 vectors: tuple[dict[str, int], csr_matrix], info: dict) -> list[list[list[str]]]:
    """Each piece's stories (`_cluster`), in the pieces' order: the same lists whichever thread made them."""
    clusters: list[Optional[list[list[str]]]] = [None] * len(pieces)
    large = [i for i, piece in enumerate(pieces) if len(piece) >= _POOLED_PIECE]

    def one(i: int) -> list[list[str]]:
        return _cluster(pieces[i], vectors, info, piece_duplicates[i], piece_originals[i])

    if len(large) > 1:
        with ThreadPoolExecutor(max_workers=_THREADS) as pool:
            for i, result in zip(large, pool.map(one, large), strict=True):
                clusters[i] = result
    return [found if found is not None else one(i) for i, found in enumerate(clusters)]


def _cluster(piece: list[str], vectors: tuple[dict[str, int], csr_matrix], info: dict,
             dup_edges: list[tuple], originals: dict[str, tuple]) -> list[list[str]]:
    """Average-link clusters of the piece's documents that copy no other (members in key order),
    then each near-duplicate joined to its original's story.

    A copy is left out of the clustering because its text is its original's,
    while its printed date may not be: a reprint printed months later would
    otherwise cluster with the stories of its own weeks, and joining its
    original then merged those stories with the original's, flagging every
    article of them as recycled.
    """
    parent = {key: key for key in piece}
    clustered = [key for key in piece if key not in originals]
    if 1 < len(clustered) and len(piece) <= MAX_PIECE:
        for members in _average_link(clustered, vectors, info):
            for other in members[1:]:
                _union(parent, members[0], other)
    elif len(piece) > MAX_PIECE:  # could not be cut: one story (see MAX_PIECE)
        for other in piece[1:]:
            _union(parent, piece[0], other)
    for a, b, _, _ in dup_edges:
        _union(parent, a, b)
    stories: dict[str, list[str]] = defaultdict(list)
    for key in piece:
        stories[_find(parent, key)].append(key)
    return list(stories.values())


def _average_link(piece: list[str], vectors: tuple[dict[str, int], csr_matrix], info: dict) -> list[list[str]]:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    index, matrix = vectors
    if len(piece) == 2:  # most pieces: what the general case below gives for two, without its cost
        distance = _pair_distance(matrix, index[piece[0]], index[piece[1]], info, piece)
        if distance is not None:
            return [piece] if distance <= 1.0 - STORY_SIMILARITY else [[piece[0]], [piece[1]]]
    rows = matrix[[index[key] for key in piece]]
    # The piece's own columns, in the same order, so the product's transpose stays small.
    vocabulary, columns = np.unique(rows.indices, return_inverse=True)
    rows = csr_matrix((rows.data.astype(np.float64), columns.astype(np.int32), rows.indptr),
                      shape=(len(piece), max(len(vocabulary), 1)))
    similarity = (rows @ rows.T).toarray()
    days = np.array([(info[key][2] or date.min).toordinal() for key in piece], dtype=np.int64)
    dated = np.array([info[key][2] is not None for key in piece])
    far = (np.abs(days[:, None] - days[None, :]) > WINDOW_DAYS) & dated[:, None] & dated[None, :]
    similarity[far] = 0.0
    distance = np.clip(1.0 - similarity, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    distance = np.maximum(distance, distance.T)  # exactly symmetric, whatever the float rounding
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"),
                      t=1.0 - STORY_SIMILARITY, criterion="distance")
    clusters: dict[int, list[str]] = defaultdict(list)
    for key, label in zip(piece, labels, strict=True):
        clusters[int(label)].append(key)
    return list(clusters.values())


def _pair_distance(matrix: csr_matrix, i: int, j: int, info: dict, piece: list[str]) -> Optional[float]:
    """The distance `_average_link` computes for a piece of two (rows i and j), the same float;
    None when a row has two terms in one column (see `_node_vectors`), left to the general case.

    The sparse product there adds the products of the shared terms one by
    one in term order, from 0; np.add.accumulate adds in that order too (a
    sum or dot product would add in another order, and may round otherwise).
    """
    first, second = info[piece[0]][2], info[piece[1]][2]
    if first is not None and second is not None and abs((first - second).days) > WINDOW_DAYS:
        return 1.0
    start_i, end_i, start_j, end_j = matrix.indptr[i], matrix.indptr[i + 1], matrix.indptr[j], matrix.indptr[j + 1]
    columns_i, columns_j = matrix.indices[start_i:end_i], matrix.indices[start_j:end_j]
    if np.any(columns_i[1:] == columns_i[:-1]) or np.any(columns_j[1:] == columns_j[:-1]):
        return None
    _, in_i, in_j = np.intersect1d(columns_i, columns_j, assume_unique=True, return_indices=True)
    products = matrix.data[start_i:end_i][in_i].astype(np.float64) * matrix.data[start_j:end_j][in_j]
    similarity = float(np.add.accumulate(products)[-1]) if len(products) else 0.0
    return max(1.0 - similarity, 0.0)


def _story(members: list[str], info: dict, originals: dict, component_of: dict, piece_id: str,
           story_rows: list, member_rows: list) -> None:
    members = sorted(members, key=lambda k: _age(k, info))
    first = members[0]
    story_id = "s-" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:12]
    dates = [info[k][2] for k in members if info[k][2]]
    first_seen = min(dates) if dates else None
    story_rows.append((story_id, _iso(first_seen), _iso(max(dates) if dates else None), len(members),
                       info[first][1], info[first][0]))
    for key in members:
        warnings = _recycled(key, info, originals, first_seen)
        original = originals.get(key)
        member_rows.append((key, story_id, info[original[0]][0] if original else None, bool(warnings),
                            json.dumps(warnings), component_of[key], piece_id))


def _recycled(key: str, info: dict, originals: dict, first_seen: Optional[date]) -> list[dict[str, str]]:
    printed = info[key][2]
    if printed is None:
        return []
    original = originals.get(key)
    if original:
        original_date = info[original[0]][2]
        if original_date and (printed - original_date).days >= RECYCLED_DUPLICATE_DAYS:
            return [{"code": "recycled",
                     "message": f"a copy of {info[original[0]][0]} printed {original_date.isoformat()}"}]
    if first_seen and (printed - first_seen).days >= RECYCLED_STORY_DAYS:
        return [{"code": "recycled", "message": f"its story was first seen {first_seen.isoformat()}"}]
    return []


def _iso(value: Optional[date]) -> Optional[str]:
    return value.isoformat() if value else None
