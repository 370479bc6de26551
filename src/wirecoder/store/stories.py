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
_GROUP = 10_000  # documents of changed pieces clustered per round trip (their vectors in memory)


def build_stories(con: duckdb.DuckDBPyConnection, full: bool = False) -> dict[str, int]:
    """Give every document without a story its story (all of them when `full`); return store counts."""
    con.execute("BEGIN TRANSACTION")
    try:
        if full:
            for table in ("story_members", "stories", "duplicate_groups", "story_edges"):
                con.execute(f"DELETE FROM {table}")
        _backfill_features(con)
        pending = [row[0] for row in con.execute(
            """SELECT d.doc_key FROM documents d ANTI JOIN story_members m USING (doc_key)
               ORDER BY d.doc_key""").fetchall()]
        if pending:
            _keys_table(con, "_wc_pending", pending)
            _add_edges(con, pending)
            _update_components(con, pending)
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
    cursor = con.execute("""SELECT d.doc_key, d.title, d.text, d.date FROM documents d
                            ANTI JOIN story_vectors v USING (doc_key) ORDER BY d.doc_key""")
    missing = cursor.fetchall()
    for start in range(0, len(missing), _CHUNK):
        rows = FeatureRows()
        chunk = missing[start:start + _CHUNK]
        for key, title, text, printed in chunk:
            rows.add(key, title, text, printed)
        _keys_table(con, "_wc_backfill", [row[0] for row in chunk])
        for table in ("minhash", "minhash_bands", "story_terms"):
            con.execute(f"DELETE FROM {table} WHERE doc_key IN (SELECT doc_key FROM _wc_backfill)")
        rows.write(con)
    con.execute("DROP TABLE IF EXISTS _wc_backfill")


# ---------------------------------------------------------------- edges

def _add_edges(con: duckdb.DuckDBPyConnection, pending: list[str]) -> None:
    """Insert every duplicate and story edge that has a pending document at one end."""
    # Normally there are none yet; after a partial manual cleanup there may be.
    con.execute("""DELETE FROM story_edges WHERE a IN (SELECT doc_key FROM _wc_pending)
                   OR b IN (SELECT doc_key FROM _wc_pending)""")
    # Pairs, their documents' rows and the kept edges stay in DuckDB as
    # integers: no Python string per pair (a first run has millions).
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _wc_pairs AS
        SELECT p.doc_key AS a, o.doc_key AS b FROM story_terms p
        SEMI JOIN _wc_pending k ON p.doc_key = k.doc_key
        JOIN story_terms o ON o.term = p.term AND o.doc_key <> p.doc_key
        WHERE (o.doc_key NOT IN (SELECT doc_key FROM _wc_pending) OR p.doc_key < o.doc_key)
          AND (p.day IS NULL OR o.day IS NULL OR abs(p.day - o.day) <= {WINDOW_DAYS})
        GROUP BY ALL HAVING count(*) >= {SHARED_TERMS}""")
    con.execute("""CREATE OR REPLACE TEMP TABLE _wc_nodes AS
        SELECT doc_key, row_number() OVER (ORDER BY doc_key) - 1 AS i
        FROM (SELECT a AS doc_key FROM _wc_pairs UNION SELECT b FROM _wc_pairs)""")
    pairs = con.execute("""SELECT na.i AS a, nb.i AS b FROM _wc_pairs p JOIN _wc_nodes na ON p.a = na.doc_key
                           JOIN _wc_nodes nb ON p.b = nb.doc_key""").fetchnumpy()
    if len(pairs["a"]):
        matrix = _matrix(con.execute("""SELECT v.terms, v.weights FROM _wc_nodes n
                                        JOIN story_vectors v USING (doc_key) ORDER BY n.i""").to_arrow_table())
        values = _cosines(matrix, np.asarray(pairs["a"]), np.asarray(pairs["b"]))
        keep = values >= EDGE_SIMILARITY
        con.register("_wc_kept", pa.table({"a": np.asarray(pairs["a"])[keep], "b": np.asarray(pairs["b"])[keep],
                                           "similarity": values[keep]}))
        con.execute("""INSERT INTO story_edges SELECT least(na.doc_key, nb.doc_key), greatest(na.doc_key, nb.doc_key),
                       'story', k.similarity FROM _wc_kept k JOIN _wc_nodes na ON k.a = na.i
                       JOIN _wc_nodes nb ON k.b = nb.i""")
        con.unregister("_wc_kept")
    con.execute("DROP TABLE _wc_pairs")
    con.execute("DROP TABLE _wc_nodes")
    dup_pairs = con.execute("""
        SELECT DISTINCT p.doc_key, o.doc_key FROM minhash_bands p
        SEMI JOIN _wc_pending k ON p.doc_key = k.doc_key
        JOIN minhash_bands o ON o.band = p.band AND o.bucket = p.bucket AND o.doc_key <> p.doc_key
        WHERE o.doc_key NOT IN (SELECT doc_key FROM _wc_pending) OR p.doc_key < o.doc_key""").fetchall()
    edges = []
    if dup_pairs:
        signatures = _signatures(con, {k for pair in dup_pairs for k in pair})
        for a, b in dup_pairs:
            value = dedup.similarity(signatures[a], signatures[b])
            if value >= dedup.THRESHOLD:
                edges.append((min(a, b), max(a, b), "duplicate", value))
    insert(con, "story_edges", ("a", "b", "kind", "similarity"), edges)


def _vectors(con: duckdb.DuckDBPyConnection, keys: Iterable[str]) -> tuple[dict[str, int], csr_matrix]:
    """The story vectors of `keys` as rows of a sparse matrix (and each key's row)."""
    _keys_table(con, "_wc_keys", keys)
    table = con.execute("""SELECT doc_key, terms, weights FROM story_vectors
                           SEMI JOIN _wc_keys USING (doc_key)""").to_arrow_table()
    con.execute("DROP TABLE _wc_keys")
    return {key: i for i, key in enumerate(table.column("doc_key").to_pylist())}, _matrix(table)


def _matrix(table: pa.Table) -> csr_matrix:
    """Rows of a sparse matrix from the `terms` and `weights` list columns.

    Columns are the terms in ascending order, so every dot product sums the
    shared terms in that order: the same value in every run.
    """
    terms, weights = table.column("terms").combine_chunks(), table.column("weights").combine_chunks()
    offsets = terms.offsets.to_numpy().astype(np.int64)
    vocabulary, columns = np.unique(terms.flatten().to_numpy(zero_copy_only=False), return_inverse=True)
    return csr_matrix((weights.flatten().to_numpy(zero_copy_only=False).astype(np.float64),
                       columns.astype(np.int32), offsets - offsets[0]),
                      shape=(len(table), max(len(vocabulary), 1)))


def _cosines(matrix: csr_matrix, rows_a: np.ndarray, rows_b: np.ndarray, chunk: int = 50_000) -> np.ndarray:
    """Row-by-row dot products of the pairs (rows_a[i], rows_b[i]), in chunks to bound memory."""
    out = np.zeros(len(rows_a))
    for start in range(0, len(rows_a), chunk):
        a = matrix[rows_a[start:start + chunk]]
        b = matrix[rows_b[start:start + chunk]]
        out[start:start + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out


def _signatures(con: duckdb.DuckDBPyConnection, keys: Iterable[str]) -> dict[str, np.ndarray]:
    _keys_table(con, "_wc_keys", keys)
    rows = con.execute("SELECT doc_key, signature FROM minhash SEMI JOIN _wc_keys USING (doc_key)").fetchall()
    con.execute("DROP TABLE _wc_keys")
    return {key: np.asarray(sig, dtype=np.int64) for key, sig in rows}


# ---------------------------------------------------------------- components and pieces

def _update_components(con: duckdb.DuckDBPyConnection, pending: list[str]) -> None:
    """Redo the components the pending documents touch, and the stories of their changed pieces."""
    con.execute("""CREATE OR REPLACE TEMP TABLE _wc_members AS
        WITH touched AS (
            SELECT e.b AS doc_key FROM story_edges e SEMI JOIN _wc_pending k ON e.a = k.doc_key
            UNION SELECT e.a FROM story_edges e SEMI JOIN _wc_pending k ON e.b = k.doc_key)
        SELECT doc_key FROM _wc_pending
        UNION SELECT m.doc_key FROM story_members m
        WHERE m.component IN (SELECT m2.component FROM story_members m2 SEMI JOIN touched t USING (doc_key))""")
    members = [row[0] for row in con.execute("SELECT doc_key FROM _wc_members ORDER BY doc_key").fetchall()]
    edges = con.execute("""SELECT a, b, kind, similarity FROM story_edges
                           SEMI JOIN _wc_members k ON story_edges.a = k.doc_key""").fetchall()
    stored = dict(con.execute("SELECT doc_key, piece FROM story_members SEMI JOIN _wc_members USING (doc_key)")
                  .fetchall())
    component_of: dict[str, str] = {}
    changed: list[list[str]] = []
    for component in _components(members, edges):
        component_id = "c-" + _digest(component[0])
        for piece in _pieces(component, edges, EDGE_SIMILARITY):
            piece_id = "p-" + _digest("\n".join(piece))
            if not all(stored.get(key) == piece_id for key in piece):
                changed.append(piece)
            for key in piece:
                component_of[key] = component_id
    _keys_table(con, "_wc_changed", [key for piece in changed for key in piece])
    # Unchanged pieces keep their stories; only their component may have grown.
    con.execute("CREATE OR REPLACE TEMP TABLE _wc_component (doc_key VARCHAR, component VARCHAR)")
    insert(con, "_wc_component", ("doc_key", "component"), sorted(component_of.items()))
    con.execute("""UPDATE story_members SET component = c.component FROM _wc_component c
                   WHERE story_members.doc_key = c.doc_key AND story_members.component <> c.component""")
    con.execute("""DELETE FROM stories WHERE story_id IN (
                   SELECT story_id FROM story_members SEMI JOIN _wc_changed USING (doc_key))""")
    for table in ("story_members", "duplicate_groups"):
        con.execute(f"DELETE FROM {table} WHERE doc_key IN (SELECT doc_key FROM _wc_changed)")
    if changed:
        _write_stories(con, changed, edges, component_of)
    for name in ("_wc_members", "_wc_changed", "_wc_component"):
        con.execute(f"DROP TABLE {name}")


def _components(members: list[str], edges: list[tuple]) -> list[list[str]]:
    """Connected components, each sorted, listed by their smallest key."""
    parent = {key: key for key in members}
    for a, b, _, _ in edges:
        _union(parent, a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in members:  # members are sorted, so each group is too
        groups[_find(parent, key)].append(key)
    return sorted(groups.values())


def _pieces(component: list[str], edges: list[tuple], level: float) -> list[list[str]]:
    """The component itself if it fits, else its components at a higher story-edge threshold."""
    if len(component) <= MAX_PIECE or level > 1.0:
        return [component]
    inside = set(component)
    level = round(level + REFINE_STEP, 6)
    kept = [e for e in edges if e[0] in inside and (e[2] == "duplicate" or e[3] >= level)]
    parts = _components(component, kept)
    if len(parts) == 1 and level > 1.0:
        return parts
    return [piece for part in parts for piece in _pieces(part, kept, level)]


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
    """Cluster the changed pieces and write their rows, a group of pieces at a time (bounded memory)."""
    duplicates_of: dict[str, list[tuple]] = defaultdict(list)
    for edge in edges:
        if edge[2] == "duplicate":
            duplicates_of[edge[0]].append(edge)
    group: list[list[str]] = []
    size = 0
    for piece in pieces:
        group.append(piece)
        size += len(piece)
        if size >= _GROUP:
            _write_group(con, group, duplicates_of, component_of)
            group, size = [], 0
    if group:
        _write_group(con, group, duplicates_of, component_of)


def _write_group(con: duckdb.DuckDBPyConnection, pieces: list[list[str]], duplicates_of: dict[str, list[tuple]],
                 component_of: dict[str, str]) -> None:
    _keys_table(con, "_wc_group", [key for piece in pieces for key in piece])
    info = {key: (doc_id, title, parse_date(printed)) for key, doc_id, title, printed in con.execute(
        "SELECT doc_key, id, title, date FROM documents SEMI JOIN _wc_group USING (doc_key)").fetchall()}
    con.execute("DROP TABLE _wc_group")
    vectors = _vectors(con, info)
    story_rows, member_rows, group_rows = [], [], []
    for piece in pieces:
        piece_id = "p-" + _digest("\n".join(piece))
        dup_edges = [e for key in piece for e in duplicates_of.get(key, ())]
        originals = _duplicate_groups(piece, dup_edges, info, group_rows)
        for members in _cluster(piece, vectors, info, dup_edges):
            _story(members, info, originals, component_of, piece_id, story_rows, member_rows)
    _keys_table(con, "_wc_stories", [row[0] for row in story_rows])  # left over by a manual cleanup, if any
    con.execute("DELETE FROM stories WHERE story_id IN (SELECT doc_key FROM _wc_stories)")
    con.execute("DROP TABLE _wc_stories")
    insert(con, "stories", ("story_id", "first_seen", "last_seen", "n_documents", "title", "first_doc_id"),
           story_rows)
    insert(con, "story_members", ("doc_key", "story_id", "duplicate_of", "recycled", "store_warnings", "component",
                                  "piece"), member_rows)
    insert(con, "duplicate_groups", ("doc_key", "group_id", "original_key", "similarity"), group_rows)


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


def _cluster(piece: list[str], vectors: tuple[dict[str, int], csr_matrix], info: dict,
             dup_edges: list[tuple]) -> list[list[str]]:
    """Average-link clusters of the piece (members in key order), then near-duplicates joined."""
    parent = {key: key for key in piece}
    if 1 < len(piece) <= MAX_PIECE:
        for members in _average_link(piece, vectors, info):
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
    rows = matrix[[index[key] for key in piece]]
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
