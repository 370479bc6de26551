"""Score the event coder on the half of each event gold set the detector never saw.

    python scripts/eval_event_gold_heldout.py [--shared ../shared] [--json]
        [--min-confidence C] [--allow-empty-actor]

The detector (scripts/train_event_detector.py) trains on half A of
plover_gsr, case2021 and conflibert (a salted sha1 of the record id); this
scores the full pipeline, with default settings, on half B of each with
`wirecoder eval events`' definitions (src/wirecoder/evaluate/events.py).

`--min-confidence 0 --allow-empty-actor` scores the coder as a classifier
of sentences known to hold an event (every record of these sets but
conflibert's quad 0 does): every row the detector types is kept, so the
figures show what the coder knows of the types apart from the precision
gate that whole articles need (docs/accuracy.md reports both).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_event_detector import gold_half  # noqa: E402

from wirecoder.evaluate import events  # noqa: E402
from wirecoder.settings import default_settings  # noqa: E402

FILES = ("plover_gsr.jsonl", "case2021.jsonl", "conflibert_cameo_train.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--min-confidence", type=float, default=None,
                        help="the rows' cut-off (default: the shipped one)")
    parser.add_argument("--allow-empty-actor", action="store_true",
                        help="keep rows with no coded actor (left out by default)")
    args = parser.parse_args()
    settings = default_settings()
    if args.min_confidence is not None:
        settings = dataclasses.replace(settings, min_confidence=args.min_confidence)
    if args.allow_empty_actor:
        settings = dataclasses.replace(settings, require_actor=False)
    results = {}
    for name in FILES:
        path = args.shared / "gold" / "events" / name
        if not path.exists():
            print(f"skip: {path} not found", file=sys.stderr)
            continue
        records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        held_out = [r for r in records if gold_half(r["id"]) == "B"]
        documents = events.code_records(held_out, settings)
        result = events.score(held_out, documents)
        result["records"] = len(held_out)
        results[name] = result
        if not args.json:
            print(f"== {name}: half B, {len(held_out)} records")
            print(events.format_table(result))
    if args.json:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
