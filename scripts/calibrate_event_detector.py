"""Calibrate the event detector's confidence on our article dev split.

    python scripts/calibrate_event_detector.py [--gold gold/articles/dev.jsonl] [--corpus PATH]
                                               [--model-dir src/wirecoder/data] [--write]

Codes the dev articles with every row kept (no confidence cut-off; rows
without a coded actor are still left out, as by default), with the raw
detector probability as confidence, and marks each row right or wrong
against the gold ((sentence, type) among the asserted gold events; a row
the scorer leaves out, negated or hypothetical, is not counted). Then:

- fits a logistic map raw probability → share of rows right (Platt
  scaling), written as a piecewise-linear table into `event_detector.json` (`calibration`) with
  `--write`;
- prints the reliability table (rows by calibrated confidence, their mean
  confidence and the share right) and precision/recall at each cut-off, and
  the lowest cut-off whose rows are right at least `--precision` of the
  time: the default `Settings.min_confidence`.

Only the dev split is fitted on. `--check --gold gold/articles/test.jsonl`
prints the shipped table's reliability on the test split, fitting nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.evaluate import read_gold  # noqa: E402
from wirecoder.evaluate.articles import (  # noqa: E402
    DEFAULT_CORPUS,
    _asserted,
    _sentence_of,
    check_corpus,
    load_corpus,
    predict,
)
from wirecoder.settings import default_settings  # noqa: E402


def labelled_rows(gold: list[dict[str, Any]], predictions: dict[str, list[dict[str, Any]]]) -> list[tuple[float, int]]:
    """(raw confidence, right) for every asserted predicted row."""
    rows = []
    for record in gold:
        sentences = record["sentences"]
        starts = [s for s, _ in sentences]
        units = {(e["sentence"], e["event"]) for e in record["events"] if _asserted(e)}
        for p in predictions.get(record["id"], []):
            if not _asserted(p):
                continue
            sentence = _sentence_of(starts, sentences, p["trigger_start"])
            rows.append((p["confidence"], int((sentence, p["event"]) in units)))
    return rows


def fit_table(rows: list[tuple[float, int]]) -> list[list[float]]:
    """A logistic map of the raw probability's log-odds (Platt scaling: two
    parameters, so a few hundred dev rows do not overfit it as an isotonic
    step function does), tabulated for `calibrated()`."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    def logit(p):
        p = np.clip(np.asarray(p, dtype=float), 1e-4, 1 - 1e-4)
        return np.log(p / (1 - p))

    xs = logit([r[0] for r in rows]).reshape(-1, 1)
    ys = [r[1] for r in rows]
    model = LogisticRegression(C=1e4).fit(xs, ys)
    grid = np.linspace(0.0, 1.0, 41)
    fitted = model.predict_proba(logit(grid).reshape(-1, 1))[:, 1]
    return [[round(float(x), 4), round(float(y), 4)] for x, y in zip(grid, fitted, strict=True)]


def reliability(rows: list[tuple[float, int]], bins: tuple[float, ...] = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
                ) -> list[dict[str, Any]]:
    out = []
    for low, high in zip(bins, bins[1:], strict=False):
        inside = [r for r in rows if low <= r[0] < high]
        if inside:
            out.append({"confidence": f"[{low:.1f}, {min(high, 1.0):.1f})", "rows": len(inside),
                        "mean_confidence": round(sum(r[0] for r in inside) / len(inside), 3),
                        "right": round(sum(r[1] for r in inside) / len(inside), 3)})
    return out


def cutoffs(rows: list[tuple[float, int]], gold_units: int) -> list[dict[str, Any]]:
    out = []
    for cut in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        kept = [r for r in rows if r[0] >= cut]
        right = sum(r[1] for r in kept)
        out.append({"cut": cut, "rows": len(kept), "precision": round(right / len(kept), 3) if kept else 0.0,
                    "recall_upper": round(right / gold_units, 3) if gold_units else 0.0})
    return out


def check(gold_path: Path, corpus_path: Path) -> None:
    gold = list(read_gold(str(gold_path)))
    corpus = load_corpus(corpus_path)
    check_corpus(gold, corpus)
    predictions = predict(gold, corpus, default_settings().with_overrides(min_confidence=0.0))
    rows = labelled_rows(gold, predictions)
    if not rows:
        sys.exit("no rows were coded: is a model file missing from the temporary model folder?")
    gold_units = sum(len({(e["sentence"], e["event"]) for e in g["events"] if _asserted(e)}) for g in gold)
    print(json.dumps({"gold": str(gold_path), "rows": len(rows), "gold_units": gold_units,
                      "reliability_shipped": reliability(rows), "cutoffs_shipped": cutoffs(rows, gold_units)},
                     indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "articles" / "dev.jsonl")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model-dir", type=Path, default=ROOT / "src" / "wirecoder" / "data")
    parser.add_argument("--precision", type=float, default=0.8)
    parser.add_argument("--write", action="store_true", help="write the table into event_detector.json")
    parser.add_argument("--check", action="store_true",
                        help="fit nothing: code GOLD with the shipped table and print its reliability "
                             "(for the test split, which is never fitted on)")
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"skip: {args.corpus} not found")
    if args.check:
        check(args.gold, args.corpus)
        return
    meta_path = args.model_dir / "event_detector.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    raw_meta = {k: v for k, v in meta.items() if k != "calibration"}
    # Code with the raw probability as confidence: a copy of the model folder's
    # metadata without the table, through WIRECODER_DETECTOR.
    import os
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "event_detector.json").write_text(json.dumps(raw_meta), encoding="utf-8")
        for name in (meta.get("head"), meta.get("model"), (meta.get("blend") or {}).get("model"),
                     "event_detector.onnx"):
            if name and (args.model_dir / name).exists():
                os.symlink((args.model_dir / name).resolve(), Path(tmp) / name)
        os.environ["WIRECODER_DETECTOR"] = tmp
        gold = list(read_gold(str(args.gold)))
        corpus = load_corpus(args.corpus)
        check_corpus(gold, corpus)
        settings = default_settings().with_overrides(min_confidence=0.0)
        predictions = predict(gold, corpus, settings)
        shutil.rmtree(tmp, ignore_errors=True)
    rows = labelled_rows(gold, predictions)
    if not rows:
        sys.exit("no rows were coded: is a model file missing from the temporary model folder?")
    gold_units = sum(len({(e["sentence"], e["event"]) for e in g["events"] if _asserted(e)}) for g in gold)
    table = fit_table(rows)
    from wirecoder.events.detector import calibrated

    calibrated_rows = [(calibrated(raw, table), right) for raw, right in rows]
    report = {"gold": str(args.gold), "rows": len(rows), "gold_units": gold_units,
              "reliability_raw": reliability(rows), "reliability_calibrated": reliability(calibrated_rows),
              "cutoffs_calibrated": cutoffs(calibrated_rows, gold_units)}
    chosen = next((c["cut"] for c in report["cutoffs_calibrated"] if c["precision"] >= args.precision), None)
    report["min_confidence_for_precision"] = chosen
    print(json.dumps(report, indent=1))
    if args.write:
        meta["calibration"] = table
        meta["calibrated_on"] = str(args.gold.relative_to(ROOT) if args.gold.is_absolute() else args.gold)
        meta_path.write_text(json.dumps(meta, indent=1), encoding="utf-8")
        print(f"calibration written to {meta_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
