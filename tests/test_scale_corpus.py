"""The store benchmark's corpus generator (bench/scale_corpus.py): universes are distinct stories."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import scale_corpus  # noqa: E402

ARTICLE = {"id": "a1", "date": "2016-03-01", "text": "Harbour police said the bombing near parliament was an accident."}


def test_universe_zero_is_the_corpus_itself():
    assert scale_corpus.transform(ARTICLE, 0, frozenset()) == ARTICLE


def test_a_later_universe_renames_names_and_words_rarer_than_the_bar():
    common = frozenset({"police", "said", "near", "accident"})
    copy = scale_corpus.transform(ARTICLE, 3, common)
    words = copy["text"].split()
    suffix = scale_corpus.suffix(3)
    assert words[0] == "Harbour" + suffix  # a name
    assert words[1] == "police" and words[2] == "said"  # common words keep their spelling
    assert words[4] == "bombing" + suffix and words[6] == "parliament" + suffix
    assert words[3] == "the" and words[8] == "an"  # short words are never renamed
    assert copy["date"] == "2016-05-27"  # 3 x 29 days later
    assert copy["id"] == "u3:a1"


def test_the_default_bar_renames_uncommon_content_words():
    # 1 in 10,000 words since the thirty-first session: at 1 in 100,000 most
    # content words kept their spelling and the universes were near-copies.
    common = scale_corpus._common_words()
    assert {"police", "said", "government"} <= common
    assert not {"bombing", "parliament", "harbour"} & common


def test_the_store_benchmark_reports_the_store_side_without_its_stand_ins(tmp_path):
    import store_scale

    corpus = tmp_path / "corpus.jsonl"
    articles = [{"id": f"a{n}", "date": "2016-03-0%d" % (1 + n % 9),
                 "text": f"Harbour police in Valdora said on day {n} that the ferry strike had ended. " * 4}
                for n in range(30)]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    # The stand-ins add up their own time ...
    store_scale.STAND_IN["seconds"] = 0.0
    raws = list(store_scale.fast_reader([str(corpus)]))
    [(_, documents)] = list(store_scale.stub_coder([[("key", "hash", raw) for raw in raws]]))
    assert len(documents) == 30 and store_scale.STAND_IN["seconds"] > 0
    # ... and a run (in a process of its own: it replaces parts of ingest) reports what is left.
    report = store_scale.run_child(str(corpus), str(tmp_path / "store.duckdb"))
    assert report["documents"] == 30
    # (each figure is rounded on its own, so the difference may be off by a hundredth)
    assert report["store_side_seconds"] == pytest.approx(report["seconds"] - report["stand_in_seconds"], abs=0.011)
