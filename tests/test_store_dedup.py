"""Near-duplicates and stories on our own syndicated copies (tests/store_corpus.py)."""

from __future__ import annotations

import pytest
from tests.store_corpus import EXPECTED_DUPLICATES, HARBOUR, SUMMIT, write
from tests.test_store import light_coder

from wirecoder.evaluate.stories import bcubed
from wirecoder.store import build_stories, ingest, open_store
from wirecoder.store.dedup import THRESHOLD, shingles


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    corpus = write(tmp_path_factory.mktemp("dedup"))
    con = open_store(":memory:")
    ingest([str(corpus)], con=con, coder=light_coder)
    yield con
    con.close()


def documents(con):
    rows = con.execute("SELECT id, story_id, duplicate_of, first_seen, recycled FROM documents_v").fetchall()
    return {r[0]: r[1:] for r in rows}


def test_every_copy_is_grouped_with_its_original(store):
    docs = documents(store)
    for copy, original in EXPECTED_DUPLICATES.items():
        assert docs[copy][1] == original, copy
        assert docs[copy][0] == docs[original][0], copy  # same story
    for original in ("harbour", "summit", "orchestra"):
        assert docs[original][1] is None


def test_different_stories_stay_apart(store):
    docs = documents(store)
    assert len({docs[k][0] for k in ("harbour", "summit", "orchestra")}) == 3


def test_only_the_redated_copy_is_recycled(store):
    docs = documents(store)
    assert {k for k, v in docs.items() if v[3]} == {"harbour-redated"}
    assert docs["harbour-redated"][2] == "2024-03-05"  # its story's first_seen


def test_build_stories_is_idempotent(store):
    before = documents(store)
    build_stories(store)
    assert documents(store) == before


def test_true_jaccard_of_the_copies_is_above_the_threshold():
    original = shingles("\n\n".join(HARBOUR))
    trimmed = shingles("\n\n".join(HARBOUR[:-1]))
    assert len(original & trimmed) / len(original | trimmed) > THRESHOLD
    other = shingles("\n\n".join(SUMMIT))
    assert len(original & other) / len(original | other) < 0.05


def test_bcubed():
    assert bcubed(["a", "a", "b"], ["x", "x", "y"]) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed(["a", "a", "a"], ["x", "x", "y"])
    assert precision == pytest.approx(5 / 9) and recall == 1.0
