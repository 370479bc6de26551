"""The ingest's writer thread: batches are built by the caller and committed
in order by a thread of its own (store/ingest.py, `_Writer`). What it must
keep: the same store as committing in the caller, a failed commit stops the
run with its error and leaves only whole earlier batches, and a document met
twice while both copies are in flight is stored once."""

from __future__ import annotations

import json
import os
import sys
import time

import pytest
from tests.store_corpus import write
from tests.test_store import light_coder

from wirecoder.store import ingest, open_store
from wirecoder.store import rows as rows_module

INGEST_MODULE = sys.modules["wirecoder.store.ingest"]  # the package's `ingest` is the function

TABLES = ("documents", "events", "event_actors", "minhash", "minhash_bands", "story_vectors", "story_keys",
          "story_members", "stories", "duplicate_groups")


def table_counts(con) -> dict[str, int]:
    counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    # Word postings hold one list per word and batch: the (word, document) pairs are what must agree.
    counts["word_postings"] = con.execute("SELECT count(DISTINCT (word, seq)) FROM (SELECT word, unnest(seqs) AS seq "
                                          "FROM word_postings)").fetchone()[0]
    return counts


def test_batch_size_does_not_change_the_store(tmp_path):
    corpus = write(tmp_path)
    stores = []
    for size in (1, 4, 1000):
        con = open_store(str(tmp_path / f"s{size}.duckdb"))
        ingest([str(corpus)], con=con, coder=light_coder, commit_size=size)
        keys = con.execute("SELECT list(doc_key ORDER BY doc_key), list(seq ORDER BY seq) FROM documents").fetchone()
        members = con.execute("SELECT list((doc_key, story_id, duplicate_of) ORDER BY doc_key) FROM story_members"
                              ).fetchone()[0]
        stores.append((table_counts(con), keys[0], members))
        seqs = keys[1]
        assert seqs == list(range(1, len(seqs) + 1))  # numbered in input order, no gaps
        con.close()
    assert stores[0] == stores[1] == stores[2]


def test_a_failed_commit_stops_the_run_and_keeps_whole_earlier_batches(tmp_path, monkeypatch):
    corpus = write(tmp_path)
    real = rows_module.insert_arrow

    def failing(con, table, arrow):  # the commit holding the fifth document fails
        if table == "documents" and 5 in arrow.column("seq").to_pylist():
            raise RuntimeError("disk full (simulated)")
        real(con, table, arrow)

    monkeypatch.setattr(INGEST_MODULE, "insert_arrow", failing)
    db = str(tmp_path / "t.duckdb")
    with pytest.raises(RuntimeError, match="disk full"):
        ingest([str(corpus)], db, coder=light_coder, commit_size=2)
    con = open_store(db)
    try:
        seqs = [row[0] for row in con.execute("SELECT seq FROM documents ORDER BY seq").fetchall()]
        # Whole batches of two before the failing one (waiting batches are
        # committed together, so how many of them depends on the timing).
        assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) in (0, 2, 4)
        assert con.execute("SELECT count(*) FROM minhash").fetchone()[0] == len(seqs)
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == \
            con.execute("SELECT count(*) FROM events e SEMI JOIN documents USING (doc_key)").fetchone()[0]
    finally:
        con.close()
    # The same command again finishes the job.
    monkeypatch.setattr(INGEST_MODULE, "insert_arrow", real)
    summary = ingest([str(corpus)], db, coder=light_coder, commit_size=2)
    assert summary.skipped == len(seqs)
    con = open_store(db)
    try:
        assert con.execute("SELECT count(*) FROM story_members").fetchone()[0] == \
            con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def test_batches_waiting_for_a_slow_writer_are_committed_together_with_the_same_rows(tmp_path, monkeypatch):
    corpus = write(tmp_path)
    reference = open_store(str(tmp_path / "one.duckdb"))
    ingest([str(corpus)], con=reference, coder=light_coder, commit_size=1000)
    real_commit, real_insert = INGEST_MODULE._commit, rows_module.insert_arrow
    commits: list[int] = []

    def counted(con, summary, batches):
        commits.append(len(batches))
        real_commit(con, summary, batches)

    def slow_first(con, table, arrow):  # the first commit is slow: the next batches wait for it
        if len(commits) == 1:
            time.sleep(0.3)
        real_insert(con, table, arrow)

    monkeypatch.setattr(INGEST_MODULE, "_commit", counted)
    monkeypatch.setattr(INGEST_MODULE, "insert_arrow", slow_first)
    merged = open_store(str(tmp_path / "merged.duckdb"))
    summary = ingest([str(corpus)], con=merged, coder=light_coder, commit_size=1)
    assert max(commits) > 1 and sum(commits) == summary.added + summary.errors
    assert table_counts(merged) == table_counts(reference)
    rows = "SELECT list((seq, doc_key, id) ORDER BY seq) FROM documents"
    assert merged.execute(rows).fetchone() == reference.execute(rows).fetchone()
    counts = "SELECT docs_added, errors_added, events_added FROM runs"
    assert merged.execute(counts).fetchall() == reference.execute(counts).fetchall()
    errors = "SELECT list((error_key, code) ORDER BY error_key) FROM errors"
    assert merged.execute(errors).fetchone() == reference.execute(errors).fetchone()


def test_the_same_document_twice_in_flight_is_stored_once(tmp_path):
    record = {"id": "twice", "text": "Norland and Estria agreed to reopen the crossings on Thursday.",
              "date": "2024-03-07"}
    other = {"id": "other", "text": "The orchestra will play in the park on Saturday.", "date": "2024-03-08"}
    corpus = tmp_path / "twice.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in (record, other, record)) + "\n", encoding="utf-8")

    def read_ahead(chunks):  # every chunk keyed and coded before the first commit, as a prefetching coder may
        return light_coder(list(chunks))

    con = open_store(":memory:")
    summary = ingest([str(corpus)], con=con, coder=read_ahead, commit_size=1)
    assert con.execute("SELECT count(*), count(DISTINCT doc_key) FROM documents").fetchone() == (2, 2)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert (summary.added, summary.skipped) == (2, 1)


def test_the_log_is_checkpointed_while_an_ingest_runs(tmp_path, monkeypatch):
    # The main connection once held a finished query's result (and its
    # transaction) open through the whole run: no checkpoint could happen,
    # and the write-ahead log only grew.
    from wirecoder.store import stories

    db = str(tmp_path / "store.duckdb")
    con = open_store(db)
    con.execute("SET checkpoint_threshold = '1KB'")  # every commit passes it
    log_sizes = []
    build_stories = stories.build_stories

    def measured(con, full=False):
        wal = db + ".wal"
        log_sizes.append(os.path.getsize(wal) if os.path.exists(wal) else 0)
        return build_stories(con, full)

    monkeypatch.setattr(stories, "build_stories", measured)
    ingest([str(write(tmp_path))], con=con, coder=light_coder, commit_size=2)
    con.close()
    assert log_sizes == [0]  # the last commit's checkpoint emptied the log


def test_a_store_opened_again_can_be_checkpointed_while_its_connection_waits(tmp_path):
    # The HTTP server keeps the connection open_store gives for its whole life
    # and writes through a cursor of it (api/access.py).
    db = str(tmp_path / "store.duckdb")
    con = open_store(db)
    con.execute("INSERT INTO runs (run_id, status) VALUES (1, 'running')")
    con.close()
    con = open_store(db)  # its last query: the schema version
    writer = con.cursor()
    writer.execute("UPDATE runs SET status = 'done' WHERE run_id = 1")
    writer.execute("CHECKPOINT")  # raised "there are other write transactions active" before
    con.close()
