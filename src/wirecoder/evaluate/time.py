"""Score `find_dates` on TempEval-3 style gold (shared/gold/time).

Each record is coded with its `dct` as the document date. Spans match
strictly (same offsets) or relaxed (any overlap, one-to-one, greedy in text
order); a value is right when the matched gold and predicted values are equal.
Value P/R/F1: right values over predicted / gold expressions.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Optional

from . import f1, ratio, read_gold

DEFAULT_GOLD = "../shared/gold/time/tempeval3_tbaq.jsonl"


def run(gold_path: str, settings, limit: int | None = None) -> dict[str, Any]:
    from ..pipeline import code_many

    records = list(read_gold(gold_path or DEFAULT_GOLD, limit))
    items = [{"id": r["id"], "text": r["text"], "date": r.get("dct")} for r in records]
    counts = {"gold": 0, "pred": 0, "strict": 0, "relaxed": 0, "strict_value": 0, "relaxed_value": 0}
    misses: list[dict[str, Any]] = []
    misaligned = 0
    for record, document in zip(records, code_many(items, settings), strict=True):
        gold = sorted(record["timexes"], key=lambda t: t["start"])
        shift = _shift(record["text"], document.text)
        if shift is None:
            misaligned += 1
            pred = sorted(_realign(record["text"], document.dates), key=lambda d: d.start)
        else:
            pred = sorted((replace(d, start=d.start + shift, end=d.end + shift) for d in document.dates),
                          key=lambda d: d.start)
        counts["gold"] += len(gold)
        counts["pred"] += len(pred)
        used: set[int] = set()
        for g in gold:
            best = None
            for index, p in enumerate(pred):
                if index in used or p.end <= g["start"] or p.start >= g["end"]:
                    continue
                best = index
                if p.start == g["start"] and p.end == g["end"]:
                    break
            if best is None:
                if len(misses) < 2000:
                    misses.append({"id": record["id"], "gold": g["text"], "value": g["value"], "pred": None})
                continue
            used.add(best)
            p = pred[best]
            strict = p.start == g["start"] and p.end == g["end"]
            right = p.value == g["value"]
            counts["relaxed"] += 1
            counts["relaxed_value"] += right
            counts["strict"] += strict
            counts["strict_value"] += strict and right
            if not right and len(misses) < 2000:
                misses.append({"id": record["id"], "gold": g["text"], "value": g["value"],
                               "pred": p.text, "pred_value": p.value})
    result: dict[str, Any] = {"task": "time", "documents": len(records), "misaligned": misaligned, **counts}
    for name in ("strict", "relaxed", "strict_value", "relaxed_value"):
        precision = ratio(counts[name], counts["pred"])
        recall = ratio(counts[name], counts["gold"])
        result[name + "_p"], result[name + "_r"], result[name + "_f1"] = precision, recall, f1(precision, recall)
    result["errors"] = misses
    return result


def _shift(gold_text: str, body: str) -> Optional[int]:
    """Offset of the cleaned body in the gold text (the cleaner strips the
    surrounding whitespace); None when the body was rewritten inside."""
    if body == gold_text:
        return 0
    index = gold_text.find(body)
    return index if index >= 0 else None


def _realign(gold_text: str, dates: list) -> list:
    """Place each prediction at the nearest occurrence of its text in the gold text."""
    out = []
    for d in dates:
        best, index = None, gold_text.find(d.text)
        while index >= 0:
            if best is None or abs(index - d.start) < abs(best - d.start):
                best = index
            index = gold_text.find(d.text, index + 1)
        if best is not None:
            out.append(replace(d, start=best, end=best + len(d.text)))
    return out


def format_table(result: dict[str, Any]) -> str:
    lines = [f"time: {result['documents']} documents, {result['gold']} gold / {result['pred']} predicted expressions",
             f"{'':16} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, label in (("strict", "span strict"), ("relaxed", "span relaxed"),
                        ("strict_value", "value strict"), ("relaxed_value", "value relaxed")):
        lines.append(f"{label:16} {result[name + '_p']:6.3f} {result[name + '_r']:6.3f} {result[name + '_f1']:6.3f}")
    return "\n".join(lines)
