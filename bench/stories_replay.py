"""Score the story pass on a stories gold file with coding replayed, not redone.

    python bench/stories_replay.py GOLD.jsonl CODED.jsonl [--json]

`wirecoder eval stories GOLD.jsonl` codes every gold text, then ingests and
scores the store. The stories themselves only read what coding leaves in
the document (cleaned text, title, printed date), so this script takes the
coded documents from CODED.jsonl (made once by `wirecoder code` on the gold
texts: `{"id", "text", "date"}` lines) and feeds them to `ingest` in place
of the coder: the store side runs for real and the score is the one `eval
stories` gives with the same coded documents, in seconds instead of
minutes, and without the NLP model. Skips (exit 0) when a file is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def replay_coder(coded: dict[str, str]):
    from wirecoder.document import Document

    def coder(chunks):
        for chunk in chunks:
            yield chunk, [Document.from_dict(json.loads(coded[raw.id])) for _, _, raw in chunk]

    return coder


def score(gold_path: str, coded_path: str) -> dict:
    from wirecoder.evaluate import read_gold
    from wirecoder.evaluate.stories import score_store, write_gold_corpus
    from wirecoder.store import ingest, open_store

    gold = list(read_gold(gold_path, None))
    with open(coded_path, encoding="utf-8") as handle:
        coded = {json.loads(line)["id"]: line for line in handle if line.strip()}
    missing = [r["id"] for r in gold if r["id"] not in coded]
    if missing:
        raise SystemExit(f"{len(missing)} gold documents are not in {coded_path} (first: {missing[0]})")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_gold_corpus(gold, os.path.join(tmp, "gold.jsonl"))
        con = open_store(os.path.join(tmp, "stories.duckdb"))
        try:
            started = time.perf_counter()
            ingest([corpus], con=con, coder=replay_coder(coded))
            result = score_store(con, gold)
            result["seconds"] = round(time.perf_counter() - started, 1)
            return result
        finally:
            con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("coded")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    for path in (args.gold, args.coded):
        if not os.path.isfile(path):
            print(f"skipped: {path} is not present")
            return 0
    result = score(args.gold, args.coded)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(" ".join(f"{k}={v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
