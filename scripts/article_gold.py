"""Tools for our article-level PLOVER gold (docs/annotation.md).

    python scripts/article_gold.py show ID [--shared ../shared]
    python scripts/article_gold.py convert DRAFT.json [DRAFT.json ...] --out FILE.jsonl
    python scripts/article_gold.py build DRAFT_DIR --selection gold/articles/selection.tsv --out-dir gold/articles
    python scripts/article_gold.py agree A.jsonl B.jsonl

`show` prints an article of `shared/corpus/news.jsonl` as numbered sentences
(the segmentation annotators label against). Annotators write one draft JSON
per article that names sentences by number and quotes the trigger and actor
words; `convert`/`build` check every draft against the text and turn it into
gold records that hold only offsets, never the text (the text stays in
`../shared`). `agree` reports inter-annotator agreement with the scorer of
`wirecoder eval articles`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.evaluate.articles import (  # noqa: E402
    PLOVER_TYPES,
    VALID_CODES,
    load_corpus,
    score_articles,
    segment,
    text_sha1,
)

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "CVL", "JRN", "BUS", "CRM", "EDU", "MED", "REL",
           "NGO", "IGO", "LAB", "AGR", "ELI", "SPY", "UAF", "UNK", "PRM", "SOC", "PRE", "HLH", "IMG", "REF", "ETH",
           "ENV", "MNC", "SPT"}
AUX_MODES = {"negation", "hypothetical", "future", "historical"}
TOPICS = {"international", "domestic", "crime_courts", "nonpolitical"}


@lru_cache(maxsize=1)
def _corpus(shared: str) -> dict[str, dict[str, Any]]:
    return load_corpus(Path(shared) / "corpus" / "news.jsonl")


def show(doc_id: str, shared: str) -> None:
    record = _corpus(shared).get(doc_id)
    if record is None:
        raise SystemExit(f"no article {doc_id!r} in {shared}/corpus/news.jsonl")
    text = record["text"]
    print(f"# {doc_id}  date={record.get('date')}  title={record.get('title')!r}  words={len(text.split())}")
    for number, (start, end) in enumerate(segment(text)):
        print(f"[{number}] {' '.join(text[start:end].split())}")


class DraftError(ValueError):
    pass


def _find(sentence: str, offset: int, needle: str, nth: int) -> tuple[int, int]:
    """Offsets of the nth occurrence of `needle` in the sentence (whitespace-insensitive)."""
    import re

    pattern = r"\s+".join(re.escape(part) for part in needle.split())
    # Whole words only: "he" must not match inside "the" or "They".
    if needle[:1].isalnum():
        pattern = r"(?<!\w)" + pattern
    if needle[-1:].isalnum():
        pattern += r"(?!\w)"
    matches = list(re.finditer(pattern, sentence))
    if len(matches) < nth:
        raise DraftError(f"{needle!r} occurs {len(matches)} time(s) in sentence, wanted occurrence {nth}")
    match = matches[nth - 1]
    return offset + match.start(), offset + match.end()


def _party(item: dict[str, Any], sentence: str, offset: int, where: str) -> dict[str, Any]:
    code = item.get("code")
    if code is not None and code not in VALID_CODES:
        raise DraftError(f"{where}: unknown code {code!r} (ISO alpha-3 or IGO/UNO/EUR/NGO/ISM/IMG/MNC, or null)")
    sector = item.get("sector") or []
    if isinstance(sector, str):
        sector = [sector]
    unknown = [s for s in sector if s not in SECTORS]
    if unknown:
        raise DraftError(f"{where}: unknown sector {unknown}")
    span = None
    if item.get("text"):
        span = list(_find(sentence, offset, item["text"], int(item.get("nth", 1))))
    return {"span": span, "code": code, "sector": sector}


def convert_draft(draft: dict[str, Any], corpus: dict[str, dict[str, Any]]) -> dict[str, Any]:
    doc_id = draft["id"]
    record = corpus.get(doc_id)
    if record is None:
        raise DraftError(f"no article {doc_id!r} in the corpus")
    text = record["text"]
    sentences = segment(text)
    if draft.get("topic") not in TOPICS:
        raise DraftError(f"topic must be one of {sorted(TOPICS)}")
    setting = draft.get("setting")
    if setting is not None and setting not in VALID_CODES:
        raise DraftError(f"unknown setting code {setting!r}")
    events = []
    for index, event in enumerate(draft.get("events") or []):
        where = f"event {index}"
        number = int(event["s"])
        if not 0 <= number < len(sentences):
            raise DraftError(f"{where}: no sentence {number}")
        start, end = sentences[number]
        sentence = text[start:end]
        if event.get("event") not in PLOVER_TYPES:
            raise DraftError(f"{where}: unknown event type {event.get('event')!r}")
        aux = event.get("aux_mode") or []
        if set(aux) - AUX_MODES:
            raise DraftError(f"{where}: unknown aux_mode {sorted(set(aux) - AUX_MODES)}")
        try:
            trigger = list(_find(sentence, start, event["trigger"], int(event.get("trigger_nth", 1))))
            actors = [_party(a, sentence, start, f"{where} actor") for a in event.get("actor") or []]
            recipients = [_party(r, sentence, start, f"{where} recipient") for r in event.get("recipient") or []]
        except DraftError as exc:
            raise DraftError(f"{where} (sentence {number}): {exc}") from None
        events.append({"sentence": number, "trigger": trigger, "event": event["event"],
                       "mode": event.get("mode") or None, "aux_mode": sorted(aux),
                       "actor": actors, "recipient": recipients})
    return {"id": doc_id, "text_sha1": text_sha1(text), "topic": draft["topic"], "setting": setting,
            "annotator": draft.get("annotator"), "sentences": [list(s) for s in sentences], "events": events}


def _read_drafts(paths: list[Path]) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for path in paths:
        out.append((path, json.loads(path.read_text(encoding="utf-8"))))
    return out


def convert(paths: list[Path], out: Optional[Path], shared: str) -> int:
    corpus = _corpus(shared)
    failures = 0
    records = []
    for path, draft in _read_drafts(paths):
        try:
            records.append(convert_draft(draft, corpus))
        except (DraftError, KeyError, TypeError, ValueError) as exc:
            failures += 1
            print(f"{path}: {exc}", file=sys.stderr)
    if out is not None:
        with out.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, sort_keys=True) + "\n")
    print(f"{len(records)} converted, {failures} failed", file=sys.stderr)
    return failures


def build(draft_dir: Path, selection: Path, out_dir: Path, shared: str) -> int:
    """Primary annotations per split (test/dev/train) and the second annotator's set."""
    splits = {row["id"]: row["split"] for row in csv.DictReader(selection.open(encoding="utf-8"), delimiter="\t")}
    corpus = _corpus(shared)
    by_split: dict[str, list[dict[str, Any]]] = {"test": [], "dev": [], "train": [], "second": []}
    failures = 0
    for path, draft in _read_drafts(sorted(draft_dir.rglob("*.json"))):
        try:
            record = convert_draft(draft, corpus)
        except (DraftError, KeyError, TypeError, ValueError) as exc:
            failures += 1
            print(f"{path}: {exc}", file=sys.stderr)
            continue
        if draft["id"] not in splits:
            print(f"{path}: {draft['id']} is not in the selection", file=sys.stderr)
            failures += 1
            continue
        record["split"] = splits[draft["id"]]
        by_split["second" if draft.get("second") else record["split"]].append(record)
    for split, records in by_split.items():
        records.sort(key=lambda r: r["id"])
        with (out_dir / f"{split}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, sort_keys=True) + "\n")
        print(f"{split}: {len(records)} articles, {sum(len(r['events']) for r in records)} events", file=sys.stderr)
    return failures


def agree(first: Path, second: Path, shared: str) -> None:
    """Agreement: the second file's events scored as predictions against the first's."""
    gold = [json.loads(line) for line in first.open(encoding="utf-8")]
    other = {r["id"]: r for r in map(json.loads, second.open(encoding="utf-8"))}
    gold = [g for g in gold if g["id"] in other]
    predictions = {doc_id: [_as_prediction(e, r) for e in r["events"]] for doc_id, r in other.items()}
    report = score_articles(gold, predictions, _corpus(shared))
    print(json.dumps(report, indent=2))


def _as_prediction(event: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    """A gold event in the shape `score_articles` takes for predictions (raw-text offsets)."""
    return {"event": event["event"], "trigger_start": event["trigger"][0], "aux_mode": event["aux_mode"],
            "actor": [{"code": a["code"]} for a in event["actor"]],
            "recipient": [{"code": r["code"]} for r in event["recipient"]]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("show")
    p.add_argument("ids", nargs="+")
    p = sub.add_parser("convert")
    p.add_argument("drafts", nargs="+", type=Path)
    p.add_argument("--out", type=Path)
    p = sub.add_parser("build")
    p.add_argument("draft_dir", type=Path)
    p.add_argument("--selection", type=Path, default=ROOT / "gold" / "articles" / "selection.tsv")
    p.add_argument("--out-dir", type=Path, default=ROOT / "gold" / "articles")
    p = sub.add_parser("agree")
    p.add_argument("first", type=Path)
    p.add_argument("second", type=Path)
    args = parser.parse_args()
    if args.command == "show":
        for doc_id in args.ids:
            show(doc_id, args.shared)
            print()
    elif args.command == "convert":
        sys.exit(1 if convert(args.drafts, args.out, args.shared) else 0)
    elif args.command == "build":
        sys.exit(1 if build(args.draft_dir, args.selection, args.out_dir, args.shared) else 0)
    elif args.command == "agree":
        agree(args.first, args.second, args.shared)


if __name__ == "__main__":
    main()
