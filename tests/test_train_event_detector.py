"""The event detector's training script: the parts that need no torch."""

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def _script():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("train_event_detector", ROOT / "scripts" / "train_event_detector.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_unlabeled_sentences_come_only_from_half_a_outside_the_gold(tmp_path):
    script = _script()
    ids = [f"art-{n}" for n in range(12)]
    corpus = {i: {"id": i, "text": f"The mayor of town {i} opened a bridge. Crowds cheered."} for i in ids}
    half_a = [i for i in ids if script.corpus_half(i) == "A"]
    assert half_a and len(half_a) < len(ids)
    (tmp_path / "train.jsonl").write_text(json.dumps({"id": half_a[0]}) + "\n", encoding="utf-8")
    examples = script.unlabeled_examples(corpus, tmp_path, limit=1000)
    sources = {e["id"].split("#")[0] for e in examples}
    assert sources == set(half_a[1:])
    assert all(e["unlabeled"] and not e["positive"] for e in examples)
    assert len(examples) == 2 * len(sources)  # two sentences each
    assert len(script.unlabeled_examples(corpus, tmp_path, limit=3)) == 3


def test_ensemble_scores_the_average_of_the_runs(tmp_path, capsys):
    script = _script()
    dev = tmp_path / "dev.jsonl"
    dev.write_text("\n".join(json.dumps({"text": t, "positive": p}) for t, p in
                             [("a", ["ASSAULT"]), ("b", []), ("c", ["ACCUSE"])]) + "\n", encoding="utf-8")
    assault, accuse = script.LABELS.index("ASSAULT") - 1, script.LABELS.index("ACCUSE") - 1
    one, two = np.zeros((3, 16)), np.zeros((3, 16))
    one[0, assault], two[0, assault] = 0.9, 0.7  # averaged 0.8: found
    one[2, accuse], two[2, accuse] = 0.9, 0.0  # averaged 0.45: found only at a low threshold
    one[1, accuse] = 0.9  # averaged 0.45: a false event at that threshold
    np.save(tmp_path / "one.npy", one)
    np.save(tmp_path / "two.npy", two)
    script.print_ensemble(dev, [tmp_path / "one.npy", tmp_path / "two.npy"])
    # At 0.5 and above only the assault is found (F1 0.667); at 0.2-0.4 both
    # events and one false one (F1 0.8): that threshold's figures, read off
    # the averages (neither run alone gives them).
    assert capsys.readouterr().out.strip() == "ensemble of 2: dev sentence-type P 0.667 R 1.000 F1 0.800 (at 0.2)"


def test_context_follows_the_sentence_after_a_separator():
    script = _script()
    sentences = ["Rebels shelled the town.", "The army answered at dawn.", "Talks were called off."]
    assert script.with_context(sentences, 1) == "The army answered at dawn."
    assert script.with_context(sentences, 1, "prev") == "The army answered at dawn. [SEP] Rebels shelled the town."
    # At an article's edge the missing neighbour is empty; the sentence
    # stays first, so its trigger offsets hold.
    assert script.with_context(sentences, 0, "prev") == "Rebels shelled the town. [SEP] "
    assert script.with_context(sentences, 2, "both") == ("Talks were called off. [SEP] The army answered at dawn."
                                                         " [SEP] ")
