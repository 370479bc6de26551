"""Build a large corpus for the store benchmarks from news.jsonl.

    python bench/scale_corpus.py --size 100000 --out /tmp/wirecoder-scale/news-100k.jsonl [CORPUS.jsonl]

The source corpus (default ../shared/corpus/news.jsonl, 2,008 articles) is
copied into "universes": universe 0 is the corpus itself; in universe u > 0
every name (a capitalised word) and every word of four letters or more
rarer than 1 in 10,000 words of English (by wordfreq; `--common`) gets a
suffix of its own, so its stories are distinct from every other universe's,
with the same shape (lengths, dates, how many articles a story has, the
common words), and its dates move u × 29 days later.

Until the thirty-first session the bar was 1 in 100,000 (`--common 1e-5`):
too few words were renamed for the universes to be distinct. Many content
words ("bombing", "parliament") kept their spelling, so an article and its
copies in the other universes were near-duplicates of each other, undated
ones at any distance in time: at 10,000 documents 1,286 documents came out
as recycled where the generator made 233 reprints, and at 100,000 57 % of
the story edges and 94 % of the duplicate edges ran between universes
(docs/performance.md).
Into each universe are mixed, drawn with a fixed seed:
- syndicated copies (12 % of articles): a new headline line, our
  boilerplate paragraph added, or the last paragraph cut; printed 0-2 days later;
- rewrites (8 %): every fourth word of each sentence dropped and the
  sentences reversed — the same story, no longer a near-duplicate; 0-3 days later;
- re-dated reprints (4 % of dated articles): the same text printed 45-400 days later.
The lines are shuffled (seeded), so the input is in no particular order, and
cut to `--size`. Output is JSONL (`id`, `text`, `date`, `url`), written where
`--out` says (keep it out of the repository: /tmp or an ignored folder).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("WIRECODER_SHARED", ROOT.parent / "shared")) / "corpus" / "news.jsonl"
COPY, REWRITE, REPRINT = 0.12, 0.08, 0.04
COMMON = 1e-4  # words at least this frequent keep their spelling in every universe
SHIFT_DAYS = 29
# Our own wire-service boilerplate (the wording is ours).
BOILERPLATE = ("Distributed by the Meridian News Exchange. Member papers may reprint this report in full; "
               "see the exchange's terms for photographs and graphics.")
_LONG_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def suffix(universe: int) -> str:
    """A letters-only suffix per universe: 'qa', 'qb', ... 'qz', 'qba', ..."""
    letters = ""
    n = universe
    while True:
        letters = chr(ord("a") + n % 26) + letters
        n //= 26
        if n == 0:
            return "q" + letters


def shift(value: Optional[str], days: int) -> Optional[str]:
    if not value:
        return value
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return value


def _common_words(frequency: float = COMMON) -> frozenset[str]:
    import wordfreq

    return frozenset(w for w, f in wordfreq.get_frequency_dict("en", wordlist="large").items() if f >= frequency)


def transform(record: dict, universe: int, common: frozenset[str]) -> dict:
    if universe == 0:
        return dict(record)
    end = suffix(universe)

    def rename(match: re.Match) -> str:
        word = match.group(0)
        return word if word[0].islower() and word in common else word + end

    text = _LONG_WORD.sub(rename, record.get("text") or "")
    return {"id": f"u{universe}:{record['id']}", "text": text, "date": shift(record.get("date"), universe * SHIFT_DAYS),
            "url": record.get("url")}


def copy_of(record: dict, rng: random.Random, n: int) -> dict:
    paragraphs = (record["text"] or "").split("\n")
    kind = rng.randrange(3)
    if kind == 0:
        paragraphs = ["Wire report: " + " ".join(paragraphs[0].split()[::-1][:8])] + paragraphs
    elif kind == 1:
        paragraphs = paragraphs + [BOILERPLATE]
    elif len(paragraphs) > 2:
        paragraphs = paragraphs[:-1]
    return {"id": f"{record['id']}~copy{n}", "text": "\n".join(paragraphs),
            "date": shift(record.get("date"), rng.randrange(3)), "url": None}


def rewrite_of(record: dict, rng: random.Random) -> dict:
    sentences = _SENTENCE.split(record["text"] or "")
    rewritten = [" ".join(w for i, w in enumerate(s.split()) if i % 4 != 2) for s in reversed(sentences)]
    return {"id": f"{record['id']}~rewrite", "text": " ".join(rewritten),
            "date": shift(record.get("date"), rng.randrange(4)), "url": None}


def reprint_of(record: dict, rng: random.Random) -> dict:
    return {"id": f"{record['id']}~reprint", "text": record["text"],
            "date": shift(record["date"], rng.randrange(45, 401)), "url": record.get("url")}


def universe_records(source: list[dict], universe: int, seed: int, common: frozenset[str]) -> Iterator[dict]:
    rng = random.Random(seed * 1_000_003 + universe)
    for record in source:
        original = transform(record, universe, common)
        yield original
        if rng.random() < COPY:
            yield copy_of(original, rng, 1)
        if rng.random() < REWRITE:
            yield rewrite_of(original, rng)
        if original.get("date") and rng.random() < REPRINT:
            yield reprint_of(original, rng)


def build(source: list[dict], size: int, seed: int, first_universe: int = 0, common_frequency: float = COMMON
          ) -> list[dict]:
    records: list[dict] = []
    universe = first_universe
    common = _common_words(common_frequency)
    while len(records) < size:
        records.extend(universe_records(source, universe, seed, common))
        universe += 1
    random.Random(seed).shuffle(records)
    return records[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--common", type=float, default=COMMON)
    args = parser.parse_args()
    if not os.path.isfile(args.corpus):
        print(f"skipped: {args.corpus} is not present")
        return 0
    with open(args.corpus, encoding="utf-8") as handle:
        source = [json.loads(line) for line in handle if line.strip()]
    records = build(source, args.size, args.seed, common_frequency=args.common)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False) + "\n")
    print(json.dumps({"out": args.out, "documents": len(records)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
