"""Train the detector's second opinion: a sparse linear type classifier
blended with the MiniLM sentence classifier (wirecoder.events.detector).

    python scripts/train_event_detector.py data --out TRAIN.jsonl
    python scripts/train_event_detector.py data --out DEV.jsonl --split dev
    python scripts/train_event_linear.py TRAIN.jsonl DEV.jsonl [--write]

Why: the two read a sentence differently (word pieces in context against
the words and word pairs themselves) and err on different sentences, so
their average ranks (sentence, type) pairs better than either. Measured on
our article dev split (docs/accuracy.md).

The model: lower-cased word unigrams and bigrams (`classifier.features`),
binary and L2-normalised, one multinomial logistic regression over NONE and
the 16 PLOVER types. Inputs are the examples `train_event_detector.py data`
writes (our article gold's train split with its real negatives, half A of
the event gold sets, the synthetic stories; their documented weights, our
articles counted twice as in the MiniLM training). An example with no type
and no complete negative label (a ConfliBERT sentence known only by its
quad, a partial label) is left out.

The dev split chooses the regularisation and the blend weight: the figures
printed are the (sentence, type) F1 at its best threshold and the recall at
precision >= 0.8, for the MiniLM model alone, the linear model alone and
each blend. `--write` saves `src/wirecoder/data/event_detector_linear.npz`
and records the chosen weight in `event_detector.json` (`blend`); calibrate
again afterwards (`scripts/calibrate_event_detector.py --write`). Training
needs scikit-learn (the `train` extra); running does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_event_detector import LABELS  # noqa: E402

from wirecoder.events.classifier import features  # noqa: E402

# Our articles count twice, as in the MiniLM training (`--article-weight 2`).
ARTICLE_WEIGHT = 2.0
DATA = ROOT / "src" / "wirecoder" / "data"


def read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def labelled(examples: list[dict[str, Any]]) -> tuple[list[str], list[int], list[float]]:
    """One row per (example, type); NONE only for complete negatives."""
    texts, labels, weights = [], [], []
    for example in examples:
        types = list(example["positive"]) or (["NONE"] if example["negative"] == "rest" else [])
        weight = example.get("weight", 1.0) * (ARTICLE_WEIGHT if example["source"] == "article" else 1.0)
        for event_type in types:
            texts.append(example["text"])
            labels.append(LABELS.index(event_type))
            weights.append(weight)
    return texts, labels, weights


def fit(texts: list[str], labels: list[int], weights: list[float], c: float, min_count: int):
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    vectorizer = CountVectorizer(analyzer=features, binary=True, min_df=min_count)
    matrix = normalize(vectorizer.fit_transform(texts))
    model = LogisticRegression(C=c, max_iter=3000).fit(matrix, labels, sample_weight=weights)
    vocab = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    # Columns in LABELS order (every label occurs in training).
    assert list(model.classes_) == list(range(len(LABELS)))
    return vocab, model.coef_.T.astype(np.float32), model.intercept_.astype(np.float32)


def scores(rows: list[dict[str, Any]], pairs: set, probs: np.ndarray) -> dict[str, float]:
    """(sentence, type) F1 at the best threshold, and recall at precision >= 0.8."""
    best_f1, best_recall = 0.0, 0.0
    for threshold in np.arange(0.05, 0.99, 0.01):
        predicted = {(i, LABELS[j]) for i, j in zip(*np.nonzero(probs >= threshold), strict=True) if j}
        right = len(predicted & pairs)
        precision, recall = right / max(len(predicted), 1), right / len(pairs)
        best_f1 = max(best_f1, 2 * precision * recall / max(precision + recall, 1e-9))
        if precision >= 0.8 and len(predicted) >= 10:
            best_recall = max(best_recall, recall)
    return {"f1": round(best_f1, 3), "recall_at_p80": round(best_recall, 3)}


def minilm_probs(texts: list[str]) -> np.ndarray:
    """The shipped MiniLM classifier alone (no blend)."""
    from wirecoder.events.detector import SentenceDetector, _model_files

    model, meta = _model_files()
    detector = SentenceDetector(model, {**meta, "blend": None})
    return np.array([s.probs[0] for s in detector.score(texts)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("dev", type=Path)
    parser.add_argument("--c", type=float, nargs="+", default=[3.0, 10.0, 30.0])
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--weights", type=float, nargs="+", default=[0.2, 0.3, 0.4, 0.5])
    parser.add_argument("--write", action="store_true", help="save the best by dev recall at precision 0.8")
    args = parser.parse_args()

    from wirecoder.events.detector import LinearTypes

    dev = [r for r in read(args.dev) if r["source"] == "article"]
    pairs = {(i, t) for i, r in enumerate(dev) for t in r["positive"]}
    dev_texts = [r["text"] for r in dev]
    minilm = minilm_probs(dev_texts)
    print(json.dumps({"minilm": scores(dev, pairs, minilm)}))
    texts, labels, weights = labelled(read(args.train))
    best = None
    for c in args.c:
        vocab, coef, bias = fit(texts, labels, weights, c, args.min_count)
        linear = LinearTypes(vocab, coef, bias, LABELS)
        own = np.array([linear.probs(t) for t in dev_texts])
        print(json.dumps({"c": c, "vocab": len(vocab), "linear": scores(dev, pairs, own)}))
        for weight in args.weights:
            result = scores(dev, pairs, (1 - weight) * minilm + weight * own)
            print(json.dumps({"c": c, "weight": weight, "blend": result}))
            key = (result["recall_at_p80"], result["f1"])
            if best is None or key > best[0]:
                best = (key, c, weight, linear)
    assert best is not None
    print(json.dumps({"chosen": {"c": best[1], "weight": best[2], "recall_at_p80": best[0][0], "f1": best[0][1]}}))
    if args.write:
        best[3].save(DATA / "event_detector_linear.npz")
        meta_path = DATA / "event_detector.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["blend"] = {"model": "event_detector_linear.npz", "weight": best[2], "c": best[1],
                         "trained_on": str(args.train.name), "chosen_on": "gold/articles/dev.jsonl"}
        meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {DATA / 'event_detector_linear.npz'} and the blend weight into {meta_path}")


if __name__ == "__main__":
    main()
