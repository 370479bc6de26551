"""Stories: B-cubed precision, recall and F1 of `story_id` against gold clusters.

Gold: shared/gold/dedup (`{id, text, cluster}`). The gold documents are
ingested into a temporary store, exactly as `wirecoder ingest` would, then
each document's `story_id` is compared with its `cluster`.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import defaultdict
from typing import Any, Hashable

from . import read_gold


def write_gold_corpus(gold: list[dict[str, Any]], path: str) -> str:
    """The gold documents as a JSONL corpus of what a user would feed us
    (id, text and date only: no story labels), for `ingest`."""
    with open(path, "w", encoding="utf-8") as handle:
        for record in gold:
            fields = {k: record[k] for k in ("id", "text", "date") if record.get(k)}
            handle.write(json.dumps(fields, ensure_ascii=False) + "\n")
    return path


def run(gold_path: str, settings, limit: int | None) -> dict[str, Any]:
    """Ingest the gold texts (id, text, date only) into a temporary store and score it."""
    from ..store import ingest, open_store

    gold = list(read_gold(gold_path, limit))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_gold_corpus(gold, os.path.join(tmp, "gold.jsonl"))
        con = open_store(os.path.join(tmp, "stories.duckdb"))
        try:
            ingest([corpus], settings=settings, con=con)
            return score_store(con, gold)
        finally:
            con.close()


def score_store(con, gold: list[dict[str, Any]]) -> dict[str, Any]:
    stories = dict(con.execute("SELECT id, story_id FROM documents_v").fetchall())
    ids = [r["id"] for r in gold if r["id"] in stories]
    predicted = [stories[i] for i in ids]
    cluster = {r["id"]: r["cluster"] for r in gold}
    truth = [cluster[i] for i in ids]
    precision, recall, f1 = bcubed(predicted, truth)
    return {"documents": len(gold), "scored": len(ids), "gold_clusters": len(set(truth)),
            "stories": len(set(predicted)), "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4)}


def bcubed(predicted: list[Hashable], gold: list[Hashable]) -> tuple[float, float, float]:
    """B-cubed (Bagga & Baldwin 1998): per-item precision/recall of its cluster."""
    if not gold:
        return 0.0, 0.0, 0.0
    by_predicted: dict[Hashable, set[int]] = defaultdict(set)
    by_gold: dict[Hashable, set[int]] = defaultdict(set)
    for i, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_predicted[p].add(i)
        by_gold[g].add(i)
    precision = recall = 0.0
    for p, g in zip(predicted, gold, strict=True):
        overlap = len(by_predicted[p] & by_gold[g])
        precision += overlap / len(by_predicted[p])
        recall += overlap / len(by_gold[g])
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def format_table(result: dict[str, Any]) -> str:
    return "\n".join([
        f"documents {result['documents']} (scored {result['scored']}), gold clusters {result['gold_clusters']}, "
        f"stories {result['stories']}",
        "metric      value",
        f"precision   {result['precision']:.3f}",
        f"recall      {result['recall']:.3f}",
        f"f1          {result['f1']:.3f}",
    ])


__all__ = ["run", "score_store", "bcubed", "format_table"]
