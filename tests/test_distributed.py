"""A Dask LocalCluster (2 in-process workers) writes the same store as the
single-process run; so does the worker-process pool. Uses the real (small) model."""

from __future__ import annotations

import pytest
from tests.store_corpus import write

from wirecoder.settings import default_settings
from wirecoder.store import ingest, open_store

pytestmark = pytest.mark.model

SNAPSHOT = [
    "SELECT id, story_id, duplicate_of, first_seen, recycled, date, title, text, warnings FROM documents_v ORDER BY id",
    "SELECT doc_id, event_id, event, mode, quad_code, actor_codes, recipient_codes, date, sentence FROM events "
    "ORDER BY doc_id, event_id",
    "SELECT d.id, q.n, q.text, q.speaker_code FROM quotes q JOIN documents d USING (doc_key) ORDER BY 1, 2",
    "SELECT id, code FROM errors ORDER BY id",
]


def snapshot(con):
    return [con.execute(sql).fetchall() for sql in SNAPSHOT]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return str(write(tmp_path_factory.mktemp("dask")))


@pytest.fixture(scope="module")
def settings():
    # Every detected row kept: the comparison needs events, not accurate ones.
    return default_settings().with_overrides(model="sm", min_confidence=0.0)


@pytest.fixture(scope="module")
def single(corpus, settings):
    con = open_store(":memory:")
    ingest([corpus], settings=settings, con=con, commit_size=3)
    yield snapshot(con)
    con.close()


def test_dask_local_cluster_equals_single_process(corpus, settings, single):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        con = open_store(":memory:")
        summary = ingest([corpus], settings=settings, con=con, commit_size=3, dask=cluster.scheduler_address)
        assert summary.added == 8
        assert snapshot(con) == single
        assert sum(len(rows) for rows in single[1:2]) > 0  # the corpus has events to compare


def test_worker_processes_equal_single_process(corpus, settings, single):
    con = open_store(":memory:")
    ingest([corpus], settings=settings, con=con, commit_size=3, workers=2)
    assert snapshot(con) == single
