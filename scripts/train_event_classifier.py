"""Train the sentence classifier of wirecoder.events.classifier.

    python scripts/train_event_classifier.py [--shared ../shared] [--out src/wirecoder/data/event_classifier.npz]
    python scripts/train_event_classifier.py --cv 5      # cross-validated figures, writes nothing

Training data, read from ../shared by path (nothing is copied into the repo):
- train/gpt_synthetic_events_*.csv.zip: 4,500 synthetic stories with an NGEC
  (2023) type and mode; modes are mapped to PLOVER's lower-case names;
- the development gold of gold/events: plover_gsr (type, mode), case2021
  (mapped type and mode; unmapped records are NONE) and conflibert (quad;
  quad 0 is NONE for the type head, quads 1–4 train only the quad head).

`--cv K` splits the gold records into K folds by a hash of their id, trains
on the synthetic stories plus the other folds, codes the held-out fold with
the full pipeline and prints `wirecoder eval events` figures per gold set:
every gold record is scored by a model that did not see it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any, Iterator, Optional

import numpy as np
from scipy import sparse
from sklearn.linear_model import SGDClassifier

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.events.classifier import NONE, Model, features, use_model  # noqa: E402
from wirecoder.events.lexicon import load_lexicon  # noqa: E402

GOLD_FILES = ("plover_gsr.jsonl", "case2021.jsonl", "conflibert_cameo_train.jsonl")
# NGEC 2023 mode names that PLOVER spells differently (typos in the source).
_MODE_FIX = {"primative": "primitive", "sieze": "seize"}
# Terms seen in fewer documents than this are dropped (mostly names), and
# only the most frequent MAX_TERMS are kept: the weights file stays a few MB.
MIN_DF = 2
MAX_TERMS = 15000
# L2 strength of the SGD logistic regression (one-vs-rest). 2e-5 overfit
# (single stories gave words weights of ~6); 1e-4 keeps them sane.
# lbfgs multinomial was 7x slower to train.
ALPHA = 1e-4
EPOCHS = 20
# Gold (real news) examples count this many times a synthetic story: they
# are fewer but in-domain; 3 beat 1 and 10 in CV.
GOLD_WEIGHT = 3.0
# Modes seen fewer times than this are not learnt (too few to trust).
MIN_MODE = 3


def synthetic_rows(shared: Path) -> Iterator[dict[str, str]]:
    """The rows of the synthetic stories' CSV files in `shared/train/*.csv.zip`."""
    csv.field_size_limit(10**8)
    for path in sorted((shared / "train").glob("*.csv.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".csv"):
                    with archive.open(name) as handle:
                        yield from csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8"))


def _synthetic(shared: Path) -> list[dict[str, Any]]:
    out = []
    for row in synthetic_rows(shared):
        mode = row.get("mode", "").strip().lower()
        out.append({"text": row["text"], "type": row["label"].strip().upper(),
                    "mode": _MODE_FIX.get(mode, mode) or None})
    return out


def _gold(shared: Path) -> list[dict[str, Any]]:
    records = []
    for name in GOLD_FILES:
        path = shared / "gold" / "events" / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                records.extend(json.loads(line) for line in handle if line.strip())
    return records


def _example(record: dict[str, Any]) -> dict[str, Any]:
    """A gold record as a training example (type/mode may be missing)."""
    example = _labels(record)
    example["weight"] = GOLD_WEIGHT
    return example


def _labels(record: dict[str, Any]) -> dict[str, Any]:
    if "quad" in record:
        quad = int(record["quad"])
        return {"text": record["text"], "type": NONE if quad == 0 else None, "mode": None, "quad": quad}
    if "acled" in record:
        return {"text": record["text"], "type": record.get("event") or NONE, "mode": record.get("mode")}
    events = record.get("events") or []
    if record.get("no_event") or not events:
        return {"text": record["text"], "type": NONE, "mode": None}
    return {"text": record["text"], "type": events[0]["event"], "mode": events[0].get("mode")}


def _quad(example: dict[str, Any]) -> int:
    if "quad" in example:
        return example["quad"]
    types = load_lexicon().types
    return types[example["type"]].quad if example["type"] in types else 0


def train(examples: list[dict[str, Any]]) -> Model:
    counts: dict[str, int] = {}
    feats = [set(features(e["text"])) for e in examples]
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(sorted((f for f, n in counts.items() if n >= MIN_DF), key=lambda f: -counts[f])[:MAX_TERMS])
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, fs in enumerate(feats):
        ids = [index[f] for f in fs if f in index]
        rows.extend([r] * len(ids))
        cols.extend(ids)
    matrix = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                               shape=(len(examples), len(vocab)))
    norms = np.sqrt(np.asarray(matrix.sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = sparse.diags(1.0 / norms) @ matrix
    heads = {}
    labelled = {
        "type": [e["type"] for e in examples],
        "quad": [str(_quad(e)) if e["type"] is not None or "quad" in e else None for e in examples],
        "mode": [f"{e['type']}/{e['mode'] or '-'}" if e["type"] not in (None, NONE) else None for e in examples],
    }
    mode_counts: dict[str, int] = {}
    for label in labelled["mode"]:
        if label is not None:
            mode_counts[label] = mode_counts.get(label, 0) + 1
    labelled["mode"] = [label if label is not None and mode_counts[label] >= MIN_MODE else None
                        for label in labelled["mode"]]
    for name, labels in labelled.items():
        keep = [i for i, label in enumerate(labels) if label is not None]
        y = [labels[i] for i in keep]
        model = SGDClassifier(loss="log_loss", alpha=ALPHA, max_iter=EPOCHS, tol=None, random_state=0, n_jobs=2)
        model.fit(matrix[keep], y, sample_weight=[examples[i].get("weight", 1.0) for i in keep])
        weights = model.coef_.T if len(model.classes_) > 2 else np.hstack([-model.coef_.T, model.coef_.T]) / 2
        bias = model.intercept_ if len(model.classes_) > 2 else np.array([-model.intercept_[0], model.intercept_[0]]) / 2
        heads[name] = ([str(c) for c in model.classes_], weights, bias)
    return Model(vocab, heads)


def _fold(record_id: str, k: int) -> int:
    return int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % k


def cross_validate(synthetic: list[dict[str, Any]], gold: list[dict[str, Any]], k: int,
                   limit: Optional[int]) -> dict[str, Any]:
    from wirecoder.evaluate.events import code_records, score
    from wirecoder.events import extract_events
    from wirecoder.settings import default_settings

    settings = default_settings()
    gold = gold[:limit] if limit else gold
    documents = code_records(gold, settings, keep_spacy_doc=True)
    for fold in range(k):
        training = synthetic + [_example(r) for r in gold if _fold(r["id"], k) != fold]
        use_model(train(training))
        for record, document in zip(gold, documents, strict=False):
            if _fold(record["id"], k) == fold and document.spacy_doc is not None:
                extract_events(document, settings)
        print(f"fold {fold + 1}/{k} done", file=sys.stderr)
    use_model(None)
    results = {}
    for name in GOLD_FILES:
        dataset = name.split(".")[0]
        pairs = [(r, d) for r, d in zip(gold, documents, strict=False) if _source(r) == dataset]
        if pairs:
            results[dataset] = score([r for r, _ in pairs], [d for _, d in pairs])
    return results


def _source(record: dict[str, Any]) -> str:
    if "quad" in record:
        return "conflibert_cameo_train"
    return "case2021" if "acled" in record else "plover_gsr"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--out", default=str(ROOT / "src" / "wirecoder" / "data" / "event_classifier.npz"))
    parser.add_argument("--cv", type=int, default=0, help="K-fold cross-validation figures instead of training")
    parser.add_argument("--limit", type=int, default=None, help="gold records to use in --cv (for quick runs)")
    parser.add_argument("--no-gold", action="store_true", help="train on the synthetic stories only")
    args = parser.parse_args()
    shared = Path(args.shared)
    if not (shared / "train").exists():
        print(f"skip: {shared / 'train'} not found", file=sys.stderr)
        return 0
    synthetic = _synthetic(shared)
    gold = [] if args.no_gold else _gold(shared)
    if args.cv:
        from wirecoder.evaluate.events import format_table

        for dataset, result in cross_validate(synthetic, gold, args.cv, args.limit).items():
            result["gold"] = f"{dataset} ({args.cv}-fold CV)"
            print(format_table(result))
        return 0
    model = train(synthetic + [_example(r) for r in gold])
    model.save(args.out)
    print(f"wrote {args.out}: {len(model.vocab)} terms, {len(synthetic)} synthetic + {len(gold)} gold examples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
