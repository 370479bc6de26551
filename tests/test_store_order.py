"""Order-free, incremental stories: the same documents give the same store
whatever order they arrive in and however many runs bring them, the
incremental pass equals a full rebuild, and a story pass that dies changes
nothing (its documents stay pending for the next one)."""

from __future__ import annotations

import json
import random

import pytest
from tests.store_corpus import HARBOUR, ORCHESTRA, SUMMIT, records
from tests.test_store import light_coder, store_written_before

from wirecoder.store import build_stories, ingest, open_store
from wirecoder.store import stories as stories_module


def _drop_every(paragraphs: list[str], n: int) -> str:
    """A rewrite: the same words, every n-th one left out (no longer a near-duplicate)."""
    return "\n\n".join(" ".join(w for i, w in enumerate(p.split()) if i % n != 1) for p in paragraphs)


def corpus() -> list[dict]:
    return records() + [
        {"id": "harbour-followup", "date": "2024-03-07", "title": "Valdora channel reopens",
         "text": _drop_every(HARBOUR[2:][::-1], 3)},
        {"id": "summit-reaction", "date": "2024-03-09", "title": "Kessin deal draws praise and protest",
         "text": _drop_every(SUMMIT[2:], 3)},
        {"id": "orchestra-late", "date": "2024-06-01", "title": "Bandstand concert", "text": "\n\n".join(ORCHESTRA)},
        {"id": "summit-undated", "title": "Crossings", "text": "\n\n".join(SUMMIT[:3])},
        {"id": "short", "date": "2024-03-07", "text": "Kessin talks end."},
    ]


# Columns that say where and when a document arrived (seq, run_id, source)
# are left out: they describe the run, not the document.
SNAPSHOT = {
    "documents": "SELECT doc_key, id, content_hash, url, title, lang, date, date_source, n_words, text, warnings, "
                 "meta, removed FROM documents",
    "duplicates": "SELECT * FROM duplicate_groups",
    "stories": "SELECT * FROM stories",
    "story_members": "SELECT * FROM story_members",
    "story_edges": "SELECT * FROM story_edges",
    "events_per_story": "SELECT * EXCLUDE (documents), list_sort(documents) FROM story_events",
}


def snapshot(con) -> dict[str, list]:
    return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in SNAPSHOT.items()}


def ingest_runs(tmp_path, runs: list[list[dict]], name: str):
    con = open_store(str(tmp_path / f"{name}.duckdb"))
    for number, run in enumerate(runs):
        path = tmp_path / f"{name}-{number}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in run), encoding="utf-8")
        ingest([str(path)], con=con, coder=light_coder, commit_size=3)
    return con


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    con = ingest_runs(tmp_path_factory.mktemp("reference"), [corpus()], "reference")
    yield snapshot(con)
    con.close()


def test_the_reference_groups_what_it_should(reference):
    members = {row[0]: row for row in reference["story_members"]}
    ids = {row[0]: row[1] for row in reference["documents"]}
    story = {ids[k]: row[1] for k, row in members.items()}
    assert story["harbour-followup"] == story["harbour"] != story["summit"]
    assert story["summit-reaction"] == story["summit"] == story["summit-undated"]
    assert story["orchestra-late"] == story["orchestra"]
    duplicate_of = {ids[k]: row[2] for k, row in members.items()}
    assert duplicate_of["orchestra-late"] == "orchestra" and duplicate_of["harbour-followup"] is None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_order_in_any_number_of_runs_gives_the_same_store(tmp_path, reference, seed):
    documents = corpus()
    random.Random(seed).shuffle(documents)
    cuts = sorted(random.Random(seed + 10).sample(range(1, len(documents)), seed))
    runs = [documents[a:b] for a, b in zip([0] + cuts, cuts + [len(documents)], strict=True)]
    con = ingest_runs(tmp_path, runs, f"order{seed}")
    assert snapshot(con) == reference
    con.close()


def test_a_full_rebuild_equals_the_incremental_passes(tmp_path, reference):
    documents = corpus()[::-1]
    con = ingest_runs(tmp_path, [documents[:5], documents[5:9], documents[9:]], "rebuild")
    assert snapshot(con) == reference
    assert build_stories(con, full=True)["stories"] == len(reference["stories"])
    assert snapshot(con) == reference
    con.close()


def test_edges_found_a_few_pending_documents_at_a_time_are_the_same(tmp_path, reference, monkeypatch):
    """Each candidate pair comes from exactly one chunk of pending documents, however small the chunks,
    and is scored once, however few pairs are scored together."""
    monkeypatch.setattr(stories_module, "_PENDING_CHUNK", 2)
    monkeypatch.setattr(stories_module, "_COSINE_CHUNK", 3)
    monkeypatch.setattr(stories_module, "_SCORE_PAIRS", 5)
    monkeypatch.setattr(stories_module, "_NODE_BATCH", 4)
    con = ingest_runs(tmp_path, [corpus()[::-1]], "chunks")
    assert snapshot(con) == reference
    con.close()


def test_pieces_clustered_two_at_a_time_give_the_same_stories(tmp_path, reference, monkeypatch):
    """Every piece of two or more documents goes to the threads here: the stories are those of one after another."""
    calls = []
    original = stories_module._cluster
    monkeypatch.setattr(stories_module, "_POOLED_PIECE", 2)
    monkeypatch.setattr(stories_module, "_cluster", lambda piece, *rest: calls.append(len(piece)) or
                        original(piece, *rest))
    con = ingest_runs(tmp_path, [corpus()], "pooled")
    assert snapshot(con) == reference
    assert sum(size >= 2 for size in calls) > 1  # the threads had pieces to share
    con.close()


def test_a_component_too_big_for_one_piece_is_cut_by_its_edges(monkeypatch):
    """Pieces at a raised threshold, each with only its own edges (no membership search per piece)."""
    import numpy as np

    # Nodes 0-5: a strong pair 0-1, a strong triangle 2-3-4 joined to it by a weak edge, 5 alone by a weak edge.
    a = np.array([0, 1, 2, 3, 2, 4])
    b = np.array([1, 2, 3, 4, 4, 5])
    similarity = np.array([0.9, 0.22, 0.8, 0.7, 0.75, 0.21])
    graph = stories_module._Graph(6, a, b, np.zeros(6, dtype=bool), similarity)
    [(component, edges)] = graph.components(np.arange(6), np.arange(6))
    assert component.tolist() == list(range(6)) and sorted(edges.tolist()) == list(range(6))
    monkeypatch.setattr(stories_module, "MAX_PIECE", 3)
    pieces = graph.pieces(component, stories_module.EDGE_SIMILARITY, edges)
    assert [p.tolist() for p in pieces] == [[0, 1], [2, 3, 4], [5]]


def test_a_story_pass_that_dies_changes_nothing(tmp_path, reference, monkeypatch):
    documents = corpus()
    con = ingest_runs(tmp_path, [documents[:6]], "dies")
    before = snapshot(con)

    def die(*args, **kwargs):
        raise KeyboardInterrupt("killed in the middle of the story pass")

    monkeypatch.setattr(stories_module, "_write_stories", die)
    path = tmp_path / "rest.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in documents[6:]), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        ingest([str(path)], con=con, coder=light_coder, commit_size=3)
    after = snapshot(con)
    for table in ("stories", "story_members", "duplicates", "story_edges"):
        assert after[table] == before[table], table  # rolled back: the new documents wait for a story
    monkeypatch.undo()
    build_stories(con)
    assert snapshot(con) == reference
    con.close()


def test_a_version_4_store_gets_its_stories_recomputed_after_migration_5(tmp_path, reference):
    from wirecoder.store.schema import LATEST

    path = str(tmp_path / "v4.duckdb")
    store_written_before(path, 5).close()
    con = open_store(path)
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == LATEST
    # Documents written by the old code have no word features and stale
    # story rows; what is left of them after the migration is rebuilt.
    ingest_path = tmp_path / "all.jsonl"
    ingest_path.write_text("".join(json.dumps(r) + "\n" for r in corpus()), encoding="utf-8")
    ingest([str(ingest_path)], con=con, coder=light_coder, commit_size=3)
    con.execute("DELETE FROM story_vectors")
    con.execute("DELETE FROM story_keys")
    con.execute("DELETE FROM story_members")
    build_stories(con)
    assert snapshot(con) == reference
    con.close()
