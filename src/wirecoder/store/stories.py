"""Stories: different articles about the same happening, plus their copies.

Entry point: `build_stories(con)`. It recomputes, in one transaction, the
duplicate groups (dedup.py), the story clusters, each story's first-seen date
and the `recycled` warnings — so it is idempotent and safe after a crash.

Clustering: TF-IDF vectors (title + body) compared by cosine, grouped by
average-link agglomerative clustering, and only between documents whose
printed dates are within `WINDOW_DAYS` of each other. Documents are taken in
date order in blocks of `BLOCK` so memory stays bounded on big corpora (a
story that straddles two blocks is split: the price of that bound).
Near-duplicates always join their original's story.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Optional

import duckdb
import numpy as np

from .dedup import _find, _union, find_duplicates
from .rows import insert

# Average-link cosine similarity at which two groups are one story. Tuned on
# the ECB+ DEV topics (docs/accuracy.md, ## Stories): 0.12 merges separate
# happenings of one topic, 0.20 splits stories; 0.15 gave the best B-cubed F1.
STORY_SIMILARITY = 0.15
# Two dated articles more than this many days apart are never one story by
# text alone (a copy can still join through dedup): news stories run days.
WINDOW_DAYS = 14
# Documents clustered together at most: a BLOCK² similarity matrix (float64,
# 32 MB at 2,000) is the memory bound of this step.
BLOCK = 2000
# A document printed this many days after its story was first seen, or after
# the original it duplicates, is flagged `recycled`. A syndicated copy is
# usually printed within a day or two; follow-ups within the window.
RECYCLED_STORY_DAYS = 30
RECYCLED_DUPLICATE_DAYS = 3


def build_stories(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Recompute duplicate groups and stories for the whole store."""
    duplicates = find_duplicates(con)
    parent: dict[str, str] = {}
    info: dict[str, tuple[str, Optional[str], Optional[date], str]] = {}  # key → (id, title, date, age)
    cursor = con.execute(
        """SELECT doc_key, id, title, date, seq, text FROM documents
           ORDER BY (date IS NULL), left(date, 10), seq""")
    while True:
        rows = cursor.fetchmany(BLOCK)
        if not rows:
            break
        for key, doc_id, title, printed, seq, _ in rows:
            parent[key] = key
            info[key] = (doc_id, title, _parse_date(printed), f"{int(printed is None)}{(printed or '')[:10]}{seq:020d}")
        for members in _cluster_block(rows):
            for other in members[1:]:
                _union(parent, members[0], other)
    for key, (original, _) in duplicates.items():
        _union(parent, key, original)

    stories: dict[str, list[str]] = {}
    for key in parent:
        stories.setdefault(_find(parent, key), []).append(key)

    story_rows, member_rows, dup_rows = [], [], []
    for members in stories.values():
        members.sort(key=lambda k: info[k][3])
        first = members[0]
        story_id = "s-" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:12]
        dates = [info[k][2] for k in members if info[k][2]]
        first_seen = min(dates) if dates else None
        story_rows.append((story_id, _iso(first_seen), _iso(max(dates) if dates else None), len(members),
                           info[first][1], info[first][0]))
        for key in members:
            warnings = _recycled(key, info, duplicates, first_seen)
            original = duplicates.get(key)
            member_rows.append((key, story_id, info[original[0]][0] if original else None, bool(warnings),
                                json.dumps(warnings)))
            if original:
                dup_rows.append((key, "g-" + hashlib.sha1(original[0].encode()).hexdigest()[:12], original[0],
                                 original[1]))
    for original in {o for o, _ in duplicates.values()}:
        dup_rows.append((original, "g-" + hashlib.sha1(original.encode()).hexdigest()[:12], original, 1.0))

    con.execute("BEGIN TRANSACTION")
    try:
        for table in ("story_members", "stories", "duplicate_groups"):
            con.execute(f"DELETE FROM {table}")
        insert(con, "stories", ("story_id", "first_seen", "last_seen", "n_documents", "title", "first_doc_id"),
               story_rows)
        insert(con, "story_members", ("doc_key", "story_id", "duplicate_of", "recycled", "store_warnings"),
               member_rows)
        insert(con, "duplicate_groups", ("doc_key", "group_id", "original_key", "similarity"), dup_rows)
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise
    return {"stories": len(story_rows), "duplicates": len(duplicates),
            "recycled": sum(1 for row in member_rows if row[3])}


def _cluster_block(rows: list[tuple]) -> list[list[str]]:
    """Average-link clusters of one block; returns lists of doc keys."""
    if len(rows) < 2:
        return [[rows[0][0]]] if rows else []
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{title or ''}\n{text or ''}" for _, _, title, _, _, text in rows]
    # sublinear tf: a name said ten times is not ten times the evidence;
    # max_df 0.5 drops words common to half the block (boilerplate).
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", max_df=0.5 if len(rows) > 10 else 1.0)
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # only stop words everywhere: nothing to compare
        return [[row[0]] for row in rows]
    similarity = (matrix @ matrix.T).toarray()
    days = np.array([(_parse_date(row[3]) or date.min).toordinal() for row in rows], dtype=np.int64)
    dated = np.array([_parse_date(row[3]) is not None for row in rows])
    far = (np.abs(days[:, None] - days[None, :]) > WINDOW_DAYS) & dated[:, None] & dated[None, :]
    similarity[far] = 0.0
    distance = np.clip(1.0 - similarity, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=1.0 - STORY_SIMILARITY).fit(distance).labels_
    clusters: dict[int, list[str]] = {}
    for row, label in zip(rows, labels, strict=True):
        clusters.setdefault(int(label), []).append(row[0])
    return list(clusters.values())


def _recycled(key: str, info: dict, duplicates: dict, first_seen: Optional[date]) -> list[dict[str, str]]:
    printed = info[key][2]
    if printed is None:
        return []
    original = duplicates.get(key)
    if original:
        original_date = info[original[0]][2]
        if original_date and (printed - original_date).days >= RECYCLED_DUPLICATE_DAYS:
            return [{"code": "recycled",
                     "message": f"a copy of {info[original[0]][0]} printed {original_date.isoformat()}"}]
    if first_seen and (printed - first_seen).days >= RECYCLED_STORY_DAYS:
        return [{"code": "recycled", "message": f"its story was first seen {first_seen.isoformat()}"}]
    return []


def _parse_date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _iso(value: Optional[date]) -> Optional[str]:
    return value.isoformat() if value else None
