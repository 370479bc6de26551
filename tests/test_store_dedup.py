"""Near-duplicates and stories on our own syndicated copies (tests/store_corpus.py)."""

from __future__ import annotations

import json

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


# A different happening at the same harbour, printed the day after the
# harbour story's reprint: its words are the reprint's, its date is not the
# original's. (Our own text.)
HARBOUR_AGAIN = [
    "A fishing trawler ran aground on the same sandbank at the mouth of Valdora's northern harbour on Wednesday, "
    "two months after a fertiliser ship was stranded there during a storm, port officials said.",
    "Tugboats pulled the trawler free at high tide, and harbour master Elena Kostic said the shipping channel "
    "stayed open to ferries and cargo vessels, though fishing boats faced short delays.",
    "Environmental groups renewed their call for the port authority to dredge the channel and to publish water "
    "tests, warning that the shellfish farms in the bay could not survive another spill.",
]


def test_a_reprint_does_not_pull_the_stories_of_its_weeks_into_its_original(tmp_path):
    records = [
        {"id": "harbour", "date": "2024-03-05", "title": "Cargo ship runs aground in Valdora",
         "text": "\n\n".join(HARBOUR)},
        {"id": "harbour-redated", "date": "2024-05-14", "title": "Cargo ship runs aground in Valdora",
         "text": "\n\n".join(HARBOUR)},
        {"id": "trawler", "date": "2024-05-15", "title": "Trawler stranded on Valdora sandbank",
         "text": "\n\n".join(HARBOUR_AGAIN)},
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    con = open_store(":memory:")
    ingest([str(corpus)], con=con, coder=light_coder)
    docs = documents(con)
    con.close()
    assert docs["harbour-redated"][:2] == (docs["harbour"][0], "harbour")
    assert docs["harbour-redated"][3]  # the reprint itself is recycled
    assert docs["trawler"][0] != docs["harbour"][0]
    assert not docs["trawler"][3]
