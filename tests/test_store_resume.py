"""kill -9 in the middle of an ingest, then the same command again: no lost
and no duplicated documents or events. The ingest runs in a subprocess with
a light, deliberately slow coder so the kill lands mid-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.store_corpus import write

from wirecoder.store import open_store

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys, time
sys.path[:0] = [{src!r}, {root!r}]
from tests.test_store import light_coder
from wirecoder.store import ingest

def slow(chunks):
    for chunk, docs in light_coder(chunks):
        time.sleep(0.4)
        yield chunk, docs

print(ingest([{corpus!r}], {db!r}, coder=slow, commit_size=2).added, flush=True)
"""


def run_ingest(corpus: Path, db: Path, kill_after: float | None) -> None:
    script = SCRIPT.format(src=str(ROOT / "src"), root=str(ROOT), corpus=str(corpus), db=str(db))
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if kill_after is None:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
        return
    time.sleep(kill_after)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def counts(db: Path) -> tuple:
    con = open_store(str(db))
    try:
        return con.execute("""SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT doc_key) FROM documents),
            (SELECT count(*) FROM events), (SELECT count(*) FROM errors), (SELECT count(*) FROM minhash),
            (SELECT count(*) FROM story_members WHERE duplicate_of IS NOT NULL)""").fetchone()
    finally:
        con.close()


def test_kill_and_rerun_gives_the_same_store(tmp_path):
    corpus = write(tmp_path)
    reference = tmp_path / "reference.duckdb"
    run_ingest(corpus, reference, None)
    expected = counts(reference)
    assert expected[0] == 8

    killed = tmp_path / "killed.duckdb"
    # Python start-up and imports take about 1.5 s; four chunks of two then
    # take 0.4 s each: kill at several points, the last after a rerun.
    for delay in (2.2, 2.6):
        run_ingest(corpus, killed, delay)
    # Where the kills landed depends on the machine's load; the rerun must
    # finish the job whatever they left.
    run_ingest(corpus, killed, None)
    assert counts(killed) == expected
