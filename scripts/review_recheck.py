"""Code again every article a 50-row review drew from, and say what became of the judged rows.

    python scripts/review_recheck.py [gold/review/u102.jsonl ...] [--shared ../shared]
                                     [--min-confidence 0.7] [--list wrong|right] [--save FILE]

The reviews in `gold/review/` hold some 2,400 rows that a person judged
against the PLOVER manual, each known by its article, its trigger's offset,
its type and its codes. This codes those articles with the current code
(at `--min-confidence`, the default cut-off unless given) and sorts every
judged row into:

- `kept`: still written with the same type, the same actor and recipient
  codes and the same `aux_mode` flags, so its verdict still holds;
- `changed`: written on the same trigger with the same type, other codes
  or other flags (a charge "about to be brought" now marked future);
- `gone`: no row of that type on that trigger.

It reports, per group of articles (`corpus`: the articles of
`shared/corpus/news.jsonl`, which most event rules were written while
reading; `unread`: TR-News, GeoVirus, TempEval-3 and htmldate pages, drawn
only when no rule had been read on them), how many rows judged right and
judged wrong fall in each class. A change that fixes a kind of error should
move judged-wrong rows out of `kept` without moving judged-right ones: this
is a regression check on rows people read, not an accuracy figure (the
rules were written from many of these rows). `--list` prints the kept rows
of one verdict with the reviewer's note; `--save` writes one line per
judged row with its class and the row written now.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from review_summary import read_review  # noqa: E402

UNREAD_SOURCES = ("trnews", "geovirus", "tempeval3", "htmldate-default", "htmldate-mediacloud2020")
ARTICLE_FILES = ("corpus/news.jsonl", "gold/geo/trnews.jsonl", "gold/geo/geovirus.jsonl",
                 "gold/time/tempeval3_tbaq.jsonl")


def group_of(doc_id: str) -> str:
    return "unread" if doc_id.split(":")[0] in UNREAD_SOURCES else "corpus"


def codes(parties: list) -> list:
    return [party["code"] for party in parties]


def classify(judged: dict, rows_now: list[dict]) -> tuple[str, dict | None]:
    """`kept`, `changed` or `gone`, and the row written now on the judged row's trigger."""
    same_trigger = [row for row in rows_now
                    if row["trigger_start"] == judged["trigger"][0] and row["event"] == judged["event"]]
    for row in same_trigger:
        if codes(row["actor"]) == judged["actor"] and codes(row["recipient"]) == judged["recipient"] \
                and sorted(row.get("aux_mode") or []) == sorted(judged.get("aux_mode") or []):
            return "kept", row
    return ("changed", same_trigger[0]) if same_trigger else ("gone", None)


def tally(judged_rows: list[dict], rows_by_doc: dict[str, list[dict]]) -> Counter:
    """(group, verdict as right/wrong, class) -> rows."""
    counts: Counter = Counter()
    for judged in judged_rows:
        fate, _ = classify(judged, rows_by_doc.get(judged["doc"], []))
        verdict = "wrong" if judged["verdict"] == "wrong" else "right"
        counts[(group_of(judged["doc"]), verdict, fate)] += 1
    return counts


def read_articles(shared: Path, wanted: set[str]) -> list[dict]:
    """The judged articles, as the draws coded them (htmldate pages cleaned first)."""
    articles = {}
    for name in ARTICLE_FILES:
        path = shared / name
        if not path.exists():
            raise SystemExit(f"skip: {path} not found")
        for record in map(json.loads, path.open(encoding="utf-8")):
            if record["id"] in wanted:
                articles[record["id"]] = record
    if any(doc.startswith("htmldate") for doc in wanted - set(articles)):
        from sample_rows import html_pages

        articles.update((page["id"], page) for page in html_pages(shared, ["default", "mediacloud2020"])
                        if page["id"] in wanted)
    return [articles[doc] for doc in sorted(wanted) if doc in articles]


def code_articles(articles: list[dict], min_confidence: float | None) -> dict[str, list[dict]]:
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    settings = default_settings()
    if min_confidence is not None:
        settings = settings.with_overrides(min_confidence=min_confidence)
    batch = [{"id": a["id"], "text": a["text"], "date": a.get("date") or a.get("dct"), "title": a.get("title")}
             for a in articles]
    return {document.id: document.to_dict()["events"] for document in code_many(batch, settings)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="*")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--min-confidence", type=float)
    parser.add_argument("--list", choices=("wrong", "right"))
    parser.add_argument("--save", type=Path)
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "gold" / "review").glob("*.jsonl"))
    # Rows of draws below the default cut-off (`band`) were never written by the shipped coder.
    judged_rows = [row for path in files for row in read_review(path) if "band" not in row]
    rows_by_doc = code_articles(read_articles(args.shared, {row["doc"] for row in judged_rows}),
                                args.min_confidence)
    counts = tally(judged_rows, rows_by_doc)
    for group in ("corpus", "unread"):
        for verdict in ("right", "wrong"):
            line = {fate: counts[(group, verdict, fate)] for fate in ("kept", "changed", "gone")}
            print(f"{group}: judged {verdict} {sum(line.values())}: " + ", ".join(f"{n} {k}" for k, n in line.items()))
    saved = []
    for judged in judged_rows:
        fate, row = classify(judged, rows_by_doc.get(judged["doc"], []))
        saved.append({"draw": judged["draw"], "n": judged["n"], "doc": judged["doc"], "verdict": judged["verdict"],
                      "fate": fate, "now": row})
        if args.list and fate == "kept" and (judged["verdict"] == "wrong") == (args.list == "wrong"):
            print(f"{judged['draw']} {judged['n']} {judged['event']} {judged['actor']} -> {judged['recipient']} "
                  f"[{judged['doc']}] {judged.get('note', '')}")
    if args.save:
        args.save.write_text("".join(json.dumps(s) + "\n" for s in saved), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
