"""Choose the corpus articles for our article-level event gold (issue 10).

    python scripts/select_article_gold.py [--shared ../shared] [--out gold/articles/selection.tsv]
    python scripts/select_article_gold.py --add 120 --round 2     # more train articles, appended

Reads `shared/corpus/news.jsonl` (by path; nothing of its text is written),
sorts each article into a rough topic by keyword counts, and draws a fixed,
seeded sample per topic from articles of 80-1,200 words. Each chosen article
gets a split by the sha1 of its id, decided here, before any annotation or
tuning: `test` (never tuned on), `dev` (model selection and calibration) and
`train`. The output is a TSV of id, topic guess, split and word count; the
annotators record the topic they actually found.

`--add N --round R` draws N more articles (a quarter per topic, seed
SEED + R) among those not yet chosen whose id falls in the train split,
and appends them: the dev and test splits stay as they were set aside.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Keyword stems per topic. A rough sort only: it balances the sample, the
# annotators label what each article is really about.
TOPICS = {
    "international": r"\b(war|military|troops|army|air ?strikes?|rebels?|militants?|missiles?|ceasefire|nato|united nations|"
                     r"embassy|foreign minister|sanctions|syria\w*|iraq\w*|afghan\w*|israel\w*|gaza|palestin\w*|russia\w*|"
                     r"ukrain\w*|iran\w*|korea\w*|china|chinese|pakistan\w*|india\w*|taliban|islamic state|isis|terror\w*|"
                     r"refugees?|diplomat\w*|prime minister|kremlin|beijing|moscow|tehran)\b",
    "domestic": r"\b(campaign\w*|elections?|candidates?|primary|primaries|republicans?|democrats?|senate|senators?|congress\w*|"
                r"governor|trump|clinton|sanders|cruz|rubio|obama|voters?|polls?|debates?|legislat\w*|lawmakers?|mayor|"
                r"city council|gop|white house)\b",
    "crime_courts": r"\b(police|arrest\w*|charged|charges|court|judge|jury|sentenced|prison|jail\w*|murder\w*|shooting|"
                    r"suspects?|trial|prosecutors?|sheriff|deputies|guilty|lawsuit|robbery|homicide|investigat\w*)\b",
    "nonpolitical": r"\b(game|season|coach|team|points|nfl|nba|league|players?|quarterback|touchdown|company|shares|"
                    r"market|ceo|revenue|profit|merger|software|microsoft|apple|intel|internet|iphone|film|movie|"
                    r"actor|actress|album|music|festival|concert|earthquake|hurricane|weather|school board|students?)\b",
}
PATTERNS = {topic: re.compile(pattern, re.I) for topic, pattern in TOPICS.items()}
PER_TOPIC = {"international": 75, "domestic": 75, "crime_courts": 75, "nonpolitical": 75}
MIN_WORDS, MAX_WORDS = 80, 1200
SEED = 20261130


def topic_of(text: str) -> str:
    counts = Counter({topic: len(pattern.findall(text)) for topic, pattern in PATTERNS.items()})
    return counts.most_common(1)[0][0]


def split_of(doc_id: str) -> str:
    """Decided by the id alone: about 1 in 5 test, 1 in 5 dev, the rest train."""
    bucket = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 5
    return {0: "test", 1: "dev"}.get(bucket, "train")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--out", default=str(ROOT / "gold" / "articles" / "selection.tsv"))
    parser.add_argument("--add", type=int, default=0, help="append N more train articles to --out")
    parser.add_argument("--round", type=int, default=2, help="with --add: the draw's number (its seed)")
    args = parser.parse_args()
    corpus = Path(args.shared) / "corpus" / "news.jsonl"
    if not corpus.exists():
        raise SystemExit(f"skip: {corpus} not found")
    by_topic = _articles_by_topic(corpus)
    if args.add:
        _add_train_articles(by_topic, Path(args.out), args.add, args.round)
        return
    rng = random.Random(SEED)
    chosen = []
    for topic, items in by_topic.items():
        items.sort()
        for doc_id, words in rng.sample(items, min(PER_TOPIC[topic], len(items))):
            chosen.append((doc_id, topic, split_of(doc_id), words))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("id\ttopic_guess\tsplit\twords\n")
        for row in sorted(chosen):
            out.write("\t".join(map(str, row)) + "\n")
    print(f"{len(chosen)} articles -> {args.out}: " + ", ".join(
        f"{split} {sum(1 for c in chosen if c[2] == split)}" for split in ("test", "dev", "train")))


def _articles_by_topic(corpus: Path) -> dict[str, list[tuple[str, int]]]:
    by_topic: dict[str, list[tuple[str, int]]] = {topic: [] for topic in TOPICS}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            words = len(record["text"].split())
            if MIN_WORDS <= words <= MAX_WORDS:
                by_topic[topic_of(record["text"])].append((record["id"], words))
    return by_topic


def _add_train_articles(by_topic: dict[str, list[tuple[str, int]]], selection: Path, count: int,
                        round_number: int) -> None:
    with selection.open(encoding="utf-8") as handle:
        taken = {line.split("\t", 1)[0] for line in handle}
    rng = random.Random(SEED + round_number)
    added = []
    for topic, items in by_topic.items():
        pool = sorted(item for item in items if item[0] not in taken and split_of(item[0]) == "train")
        for doc_id, words in rng.sample(pool, min(count // len(TOPICS), len(pool))):
            added.append((doc_id, topic, "train", words))
    with selection.open("a", encoding="utf-8") as out:
        for row in sorted(added):
            out.write("\t".join(map(str, row)) + "\n")
    print(f"{len(added)} train articles appended to {selection}")


if __name__ == "__main__":
    main()
