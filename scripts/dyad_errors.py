"""Where the dyads go wrong: rows of the right (sentence, type) whose actor or recipient codes differ from the gold.

    python scripts/dyad_errors.py [--split train] [--limit N] [--examples 40] [--min-confidence 0]
    python scripts/dyad_errors.py --false-rows [--min-confidence 0.6]   # rows with no gold event of their type

Codes the articles of `gold/articles/SPLIT.jsonl` (texts read from
`../shared/corpus/news.jsonl` by path; skips cleanly when absent), keeps the
asserted rows whose (sentence, type) is in the gold, and counts them by
actor (right: every predicted code among the gold's; else wrong) and
recipient (right, missing, extra where the gold has none, wrong); rows with
an implied "internal affair" recipient are also counted by type. Prints the
counts and a seeded sample of the wrong rows with both sides' words and
codes. Look at the train split while writing rules; dev checks them; test
is never looked at.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.evaluate import read_gold  # noqa: E402
from wirecoder.evaluate.articles import (  # noqa: E402
    DEFAULT_CORPUS,
    _asserted,
    _code,
    _sentence_of,
    load_corpus,
    predict,
)


def _codes(parties) -> set[str]:
    return {_code(p.get("code")) for p in parties or []} or {"-"}


def _kinds(predicted_actors: set, predicted_recipients: set, gold_actors: set, gold_recipients: set):
    actor = "A ok" if predicted_actors <= gold_actors else "A wrong"
    if predicted_recipients <= gold_recipients:
        recipient = "R ok"
    elif predicted_recipients == {"-"}:
        recipient = "R missing"
    elif gold_recipients == {"-"}:
        recipient = "R extra"
    else:
        recipient = "R wrong"
    return actor, recipient


def _side(parties) -> str:
    return " + ".join(f"{p['text'] or '(implied)'}[{p['code']}]" for p in parties) or "-"


def _gold_side(text: str, parties) -> str:
    return " + ".join(f"{text[p['span'][0]:p['span'][1]] if p.get('span') else '(null)'}[{p.get('code')}]"
                      for p in parties or []) or "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--examples", type=int, default=40)
    parser.add_argument("--min-confidence", type=float, default=0.0)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--false-rows", action="store_true",
                        help="list the asserted rows whose (sentence, type) is not in the gold instead, "
                             "each with the gold's types for that sentence")
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"skip: {args.corpus} not found")
    from wirecoder.settings import default_settings

    gold = list(read_gold(str(ROOT / "gold" / "articles" / f"{args.split}.jsonl"), args.limit))
    corpus = load_corpus(args.corpus)
    predictions = predict(gold, corpus, default_settings().with_overrides(min_confidence=args.min_confidence))
    counts: Counter = Counter()
    wrong = []
    for record in gold:
        text, sentences = corpus[record["id"]]["text"], record["sentences"]
        starts = [s for s, _ in sentences]
        gold_events = [e for e in record["events"] if _asserted(e)]
        for event in filter(_asserted, predictions[record["id"]]):
            sentence = _sentence_of(starts, sentences, event["trigger_start"])
            same = [g for g in gold_events if g["sentence"] == sentence and g["event"] == event["event"]]
            if args.false_rows:
                if not same:
                    other = sorted({g["event"] for g in gold_events if g["sentence"] == sentence}) or ["no event"]
                    counts[("false", event["event"], "gold: " + "/".join(other))] += 1
                    start, end = sentences[sentence] if sentence is not None else (0, 0)
                    wrong.append(f"FALSE {event['event']} '{event['trigger']}' {event['confidence']} "
                                 f"(gold: {', '.join(other)}) {record['id']}\n"
                                 f"  coded {_side(event['actor'])} -> {_side(event['recipient'])}\n"
                                 f"  {text[start:end][:300]}")
                continue
            if not same:
                continue
            kind = _kinds(_codes(event["actor"]), _codes(event["recipient"]),
                          set().union(*[_codes(g.get("actor")) for g in same]),
                          set().union(*[_codes(g.get("recipient")) for g in same]))
            counts[kind] += 1
            if any(not r["text"] for r in event["recipient"]):
                counts[("implied recipient", event["event"], kind[1])] += 1
            if kind != ("A ok", "R ok"):
                golds = " | ".join(f"{_gold_side(text, g.get('actor'))} -> {_gold_side(text, g.get('recipient'))}"
                                   for g in same)
                start, end = sentences[sentence]
                wrong.append(f"{kind[0]}/{kind[1]} {event['event']} '{event['trigger']}' {event['confidence']}\n"
                             f"  coded {_side(event['actor'])} -> {_side(event['recipient'])}\n  gold  {golds}\n"
                             f"  {text[start:end][:300]}")
    if args.false_rows:
        print(f"{sum(counts.values())} rows with no gold event of their type in their sentence:")
    else:
        print(f"{sum(v for k, v in counts.items() if len(k) == 2)} rows of the right type:")
    for kind, count in sorted(counts.items(), key=lambda kv: (len(kv[0]), -kv[1])):
        print(f"  {' / '.join(kind)}: {count}")
    random.Random(0).shuffle(wrong)
    print("\n".join(wrong[:args.examples]))


if __name__ == "__main__":
    main()
