"""A sparse linear sentence classifier for PLOVER type, quad class and mode.

Entry point: `classify(text) -> SentenceScores` with the packaged weights
(`data/event_classifier.npz`, written by scripts/train_event_classifier.py).

Features are lower-cased word unigrams and bigrams, binary and L2-normalised:
cheap enough to score every sentence (a dictionary look-up per n-gram and one
small matrix sum), so coding stays close to bare spaCy speed. Three
multinomial logistic-regression heads share the features:

- type: the 16 PLOVER types plus NONE (no event, or CAMEO's neutral
  statements and appeals);
- quad: 0..4 (0 = neutral/none), which steadies the type decision;
- mode: "TYPE/mode" labels, read only among the winning type's modes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

import numpy as np

NONE = "NONE"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


def features(text: str) -> list[str]:
    """Unigrams and bigrams of the lower-cased words (numbers become '0')."""
    words = ["0" if w[0].isdigit() else w for w in _WORD.findall(text.lower())]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def feature_rows(index: dict[str, int], text: str) -> list[int]:
    """The vocabulary rows of the text's features, each once."""
    return sorted({index[f] for f in features(text) if f in index})


def linear_probs(rows: list[int], weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """A softmax over the labels of one logistic-regression head: binary
    features, L2-normalised (each present feature weighs 1/sqrt(n))."""
    logits = bias.astype(np.float32).copy()
    if rows:
        logits += weights[rows].astype(np.float32).sum(axis=0) / np.sqrt(len(rows))
    logits -= logits.max()
    probs = np.exp(logits)
    return probs / probs.sum()


@dataclass
class SentenceScores:
    types: dict[str, float]  # probability per PLOVER type and NONE
    quads: list[float]  # probability per quad class 0..4
    modes: dict[str, float]  # "TYPE/mode" → probability

    def best_type(self) -> tuple[str, float]:
        label = max(self.types, key=self.types.get)
        return label, self.types[label]

    def mode_for(self, event_type: str, minimum: float = 0.0) -> Optional[str]:
        """The likeliest mode of `event_type` when its share of the type's
        mode probability reaches `minimum` (None: no mode)."""
        prefix = f"{event_type}/"
        candidates = {k: v for k, v in self.modes.items() if k.startswith(prefix)}
        total = sum(candidates.values())
        if not candidates or total <= 0:
            return None
        best = max(candidates, key=candidates.get)
        mode = best[len(prefix):]
        return None if mode == "-" or candidates[best] / total < minimum else mode


class Model:
    """Weights of the three heads over one vocabulary."""

    def __init__(self, vocab: list[str], heads: dict[str, tuple[list[str], np.ndarray, np.ndarray]]) -> None:
        self.index = {term: i for i, term in enumerate(vocab)}
        self.vocab = vocab
        self.heads = heads  # name → (labels, weights [n_vocab × n_labels], bias)

    def scores(self, text: str) -> SentenceScores:
        rows = feature_rows(self.index, text)
        out = {}
        for name, (labels, weights, bias) in self.heads.items():
            out[name] = dict(zip(labels, linear_probs(rows, weights, bias).tolist(), strict=False))
        quads = [out["quad"].get(str(q), 0.0) for q in range(5)]
        return SentenceScores(out["type"], quads, out["mode"])

    def save(self, path: str) -> None:
        arrays = {"vocab": np.array(self.vocab)}
        for name, (labels, weights, bias) in self.heads.items():
            arrays[f"{name}_labels"] = np.array(labels)
            arrays[f"{name}_weights"] = weights.astype(np.float16)
            arrays[f"{name}_bias"] = bias.astype(np.float32)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, handle) -> "Model":
        data = np.load(handle, allow_pickle=False)
        heads = {name: ([str(x) for x in data[f"{name}_labels"]], data[f"{name}_weights"], data[f"{name}_bias"])
                 for name in ("type", "quad", "mode")}
        return cls([str(x) for x in data["vocab"]], heads)


_override: list[Optional[Model]] = [None]


def use_model(model: Optional[Model]) -> None:
    """Swap in another model (cross-validation folds); None restores the packaged one."""
    _override[0] = model


@lru_cache(maxsize=1)
def packaged_model() -> Optional[Model]:
    source = resources.files("wirecoder.data").joinpath("event_classifier.npz")
    if not source.is_file():
        return None
    with source.open("rb") as handle:
        return Model.load(handle)


def classify(text: str) -> Optional[SentenceScores]:
    model = _override[0] or packaged_model()
    return model.scores(text) if model is not None else None
