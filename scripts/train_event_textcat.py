"""Train the second event-detector family: a spaCy text classifier.

    python scripts/train_event_textcat.py DATA.jsonl --dev DEV.jsonl --out-dir DIR [--max-epochs 8]

DATA.jsonl and DEV.jsonl are written by `scripts/train_event_detector.py data`
(the same examples as the MiniLM detector: our article gold's train split,
half A of the event gold sets, the synthetic stories' first sentences; the
dev file from our article dev split). Each sentence becomes a spaCy Doc
whose `cats` are one class of NONE and the 16 types (see cats_of; a
multi-label version with partial labels learned to call every event-like
sentence every type at once). The pipeline is trained with `spacy train
scripts/configs/event_textcat.cfg` and can be added to any spaCy pipeline
as a component (`nlp.add_pipe("textcat", source=spacy.load(DIR /
"model-best"))`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def cats_of(example: dict) -> dict[str, float]:
    """One class per sentence (exclusive, as the shipped MiniLM classifier:
    types that compete are learned apart): NONE for a sentence with no event,
    else its first type. A ConfliBERT quad names no type: left out."""
    positive = example.get("positive") or []
    if positive:
        label = positive[0]
    elif example.get("negative") == "rest":
        label = "NONE"
    else:
        return {}
    return {t: float(t == label) for t in ("NONE",) + TYPES}


def to_docbin(path: Path, out: Path) -> int:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    docs = DocBin()
    n = 0
    for example in map(json.loads, path.open(encoding="utf-8")):
        cats = cats_of(example)
        if not cats:
            continue
        doc = nlp.make_doc(example["text"])
        doc.cats = cats
        docs.add(doc)
        n += 1
    docs.to_disk(out)
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--dev", type=Path, required=True)
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--max-epochs", type=int, default=8)
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    train_n = to_docbin(args.data, args.out_dir / "train.spacy")
    dev_n = to_docbin(args.dev, args.out_dir / "dev.spacy")
    print(f"{train_n} training and {dev_n} dev sentences", flush=True)
    subprocess.run([sys.executable, "-m", "spacy", "train", str(ROOT / "scripts" / "configs" / "event_textcat.cfg"),
                    "--output", str(args.out_dir), "--paths.train", str(args.out_dir / "train.spacy"),
                    "--paths.dev", str(args.out_dir / "dev.spacy"), "--training.max_epochs", str(args.max_epochs)],
                   check=True)


if __name__ == "__main__":
    main()
