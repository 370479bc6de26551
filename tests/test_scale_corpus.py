"""The store benchmark's corpus generator (bench/scale_corpus.py): universes are distinct stories."""

import sys
from pathlib import Path

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
