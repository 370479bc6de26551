"""kill -9 during `wirecoder ingest`, then the same command again; and the same
documents in other orders. Every store must come out the same.

    python bench/kill_resume.py [CORPUS.jsonl] [--limit N] [--kills 3] [--model md] [--batch 8] [--workers 1]
    python bench/kill_resume.py [CORPUS.jsonl] --replay CODED.jsonl [--kills 3] [--batch 64]

End to end (default): an uninterrupted `wirecoder ingest` of the corpus (or
its first N documents) is the reference; a second store is ingested with
the process killed by SIGKILL `--kills` times at different moments
(fractions of the reference time after each start), then the command runs
to completion.

Store side (`--replay CODED.jsonl`, made once by `wirecoder code CORPUS
--out CODED.jsonl`): the coding step is replaced by reading each document's
coded JSON back, so everything the store does after coding runs for real,
at a fraction of the cost. Stores compared with the reference (the corpus
in its own order, one run): the corpus reversed; shuffled (seed 1); shuffled
(seed 2) and fed in 5 separate runs; and `--kills` kill -9 cycles of a
subprocess (at 30 % of the reference time after the start, twice, then one
second into the story pass), then a last run.

Compared, row for row (sorted), in every store: `documents` (every column
but `seq`, `run_id` and `source`, which record when and from which file a
document arrived), `duplicate_groups`, `stories`, `story_members`,
`story_edges` and the events-per-story table (`story_events`), plus the
counts of `events` and `errors`. Prints a JSON report; exit status 1 when
any store differs from the reference.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("WIRECODER_SHARED", ROOT.parent / "shared")) / "corpus" / "news.jsonl"
# Kill moments, as fractions of the reference run's time after each start:
# early, middle and late in the job (they add up: each run resumes the last).
FRACTIONS = (0.2, 0.3, 0.35)
# Replay: two kills during the commits, then one a second into the story pass
# (the child says when it starts it), then more during the commits.
REPLAY_KILLS = (0.3, 0.3, "story", 0.3, "story")
STORY_MARK = "story pass starts"
# Columns of `documents` that record the arrival (when, in which run, from
# which file), not the document, are left out of the comparison.
TABLES = {
    "documents": "SELECT doc_key, id, content_hash, url, title, lang, date, date_source, n_words, text, warnings, "
                 "meta, removed FROM documents",
    "duplicate_groups": "SELECT * FROM duplicate_groups",
    "stories": "SELECT * FROM stories",
    "story_members": "SELECT * FROM story_members",
    "story_edges": "SELECT * FROM story_edges",
    "events_per_story": "SELECT * EXCLUDE (documents), list_sort(documents) FROM story_events",
    "counts": "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM errors)",
}


def command(corpus: str, db: str, model: str, batch: int, workers: int) -> list[str]:
    return [sys.executable, "-m", "wirecoder", "ingest", corpus, "--db", db, "--model", model, "--batch", str(batch),
            "--workers", str(workers)]


def replay_command(corpus: str, db: str, coded: str, batch: int) -> list[str]:
    return [sys.executable, __file__, corpus, "--child-replay", db, "--replay", coded, "--batch", str(batch)]


def digest(db: str) -> dict:
    """Per table: row count and a SHA-256 of its rows, sorted."""
    sys.path.insert(0, str(ROOT / "src"))
    from wirecoder.store import open_store

    con = open_store(db)
    try:
        out = {}
        for name, sql in TABLES.items():
            rows = sorted(repr(row) for row in con.execute(sql).fetchall())
            out[name] = {"rows": len(rows), "sha256": hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]}
        out["counts"]["values"] = con.execute(TABLES["counts"]).fetchone()
        out["progress"] = con.execute("""SELECT (SELECT count(*) FROM documents),
                                         (SELECT count(*) FROM story_members)""").fetchone()
        return out
    finally:
        con.close()


def same(a: dict, b: dict) -> dict[str, bool]:
    return {name: a[name] == b[name] for name in TABLES}


def replay_child(corpus: str, db: str, coded: str, batch: int) -> None:
    """Ingest with coding replaced by the coded JSON of each document (by id)."""
    sys.path.insert(0, str(ROOT / "src"))
    from wirecoder.document import Document
    from wirecoder.store import ingest
    from wirecoder.store import stories as stories_module

    # ingest() imports build_stories from stories.py when its last batch is
    # in, so the stories module is where to wrap it.
    build_stories = stories_module.build_stories

    def announced(con, full=False):
        print(STORY_MARK, flush=True)
        return build_stories(con, full)

    stories_module.build_stories = announced

    with open(coded, encoding="utf-8") as handle:
        lines = {json.loads(line)["id"]: line for line in handle if line.strip()}

    def replay(chunks):
        for chunk in chunks:
            yield chunk, [Document.from_dict(json.loads(lines[raw.id])) for _, _, raw in chunk]

    ingest([corpus], db, coder=replay, commit_size=batch)


def write_order(lines: list[str], path: str) -> str:
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(lines)
    return path


def kill_cycles(make_command, corpus: str, db: str, moments, reference_seconds: float, env: dict) -> list[dict]:
    """Start and SIGKILL the ingest once per moment: a fraction of the reference
    time after the start, or "story": one second after the story pass starts."""
    kills = []
    for moment in moments:
        process = subprocess.Popen(make_command(corpus, db), env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True)
        started = time.monotonic()
        if moment == "story":
            for line in process.stdout:
                if line.strip() == STORY_MARK:
                    break
            time.sleep(1.0)
        else:
            time.sleep(moment * reference_seconds)
        alive = process.poll() is None
        try:
            os.kill(process.pid, signal.SIGKILL)
        except ProcessLookupError:  # it had finished already
            alive = False
        process.wait()
        process.stdout.close()
        documents, with_story = digest(db)["progress"] if os.path.exists(db) else (0, 0)
        kills.append({"moment": moment, "after_s": round(time.monotonic() - started, 1),
                      "killed_while_running": alive, "documents_then": documents,
                      "documents_with_a_story_then": with_story})
    return kills


def run_replay(args, env: dict, tmp: str, lines: list[str]) -> dict:
    corpus = write_order(lines, os.path.join(tmp, "corpus.jsonl"))
    stores: dict[str, dict] = {}
    started = time.monotonic()
    reference = os.path.join(tmp, "reference.duckdb")
    subprocess.run(replay_command(corpus, reference, args.replay, args.batch), check=True, env=env,
                   stdout=subprocess.DEVNULL)
    reference_seconds = time.monotonic() - started
    stores["reference"] = digest(reference)

    def one(name: str, order: list[str], runs: int = 1) -> None:
        db = os.path.join(tmp, f"{name}.duckdb")
        size = -(-len(order) // runs)
        for number in range(runs):
            part = write_order(order[number * size:(number + 1) * size], os.path.join(tmp, f"{name}-{number}.jsonl"))
            subprocess.run(replay_command(part, db, args.replay, args.batch), check=True, env=env,
                           stdout=subprocess.DEVNULL)
        stores[name] = digest(db)

    one("reversed", lines[::-1])
    shuffled = lines[:]
    random.Random(1).shuffle(shuffled)
    one("shuffled_seed1", shuffled)
    shuffled = lines[:]
    random.Random(2).shuffle(shuffled)
    one("shuffled_seed2_in_5_runs", shuffled, runs=5)
    killed = os.path.join(tmp, "killed.duckdb")
    kills = kill_cycles(lambda c, d: replay_command(c, d, args.replay, args.batch), corpus, killed,
                        REPLAY_KILLS[:args.kills], reference_seconds, env)
    subprocess.run(replay_command(corpus, killed, args.replay, args.batch), check=True, env=env,
                   stdout=subprocess.DEVNULL)
    stores["killed_and_resumed"] = digest(killed)
    return {"mode": "replay (store side; coding read back from the coded JSONL)", "coded": args.replay,
            "reference_seconds": round(reference_seconds, 1), "kills": kills, "stores": stores,
            "equal": {name: same(stores["reference"], digest_) for name, digest_ in stores.items()
                      if name != "reference"}}


def run_end_to_end(args, env: dict, tmp: str, lines: list[str]) -> dict:
    corpus = write_order(lines, os.path.join(tmp, "corpus.jsonl"))
    reference, killed = os.path.join(tmp, "reference.duckdb"), os.path.join(tmp, "killed.duckdb")
    started = time.monotonic()
    subprocess.run(command(corpus, reference, args.model, args.batch, args.workers), check=True, env=env,
                   capture_output=True)
    reference_seconds = time.monotonic() - started
    kills = kill_cycles(lambda c, d: command(c, d, args.model, args.batch, args.workers), corpus, killed,
                        FRACTIONS[:args.kills], reference_seconds, env)
    started = time.monotonic()
    subprocess.run(command(corpus, killed, args.model, args.batch, args.workers), check=True, env=env,
                   capture_output=True)
    stores = {"reference": digest(reference), "killed_and_resumed": digest(killed)}
    return {"mode": "end to end", "model": args.model, "workers": args.workers, "batch": args.batch,
            "documents": len(lines), "reference_seconds": round(reference_seconds, 1),
            "last_run_seconds": round(time.monotonic() - started, 1), "kills": kills, "stores": stores,
            "equal": {"killed_and_resumed": same(stores["reference"], stores["killed_and_resumed"])}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--model", default="md")
    # Small batches so that every kill lands after some commits.
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--replay", help="coded JSONL of the corpus: compare the store side only")
    parser.add_argument("--child-replay", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_replay:
        replay_child(args.corpus, args.child_replay, args.replay, args.batch)
        return 0
    if not os.path.isfile(args.corpus) or (args.replay and not os.path.isfile(args.replay)):
        print(f"skipped: {args.corpus} or {args.replay} is not present")
        return 0
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    with open(args.corpus, encoding="utf-8") as handle:
        lines = [line if line.endswith("\n") else line + "\n" for line in handle if line.strip()][:args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        report = (run_replay if args.replay else run_end_to_end)(args, env, tmp, lines)
    report["corpus"], report["limit"] = args.corpus, args.limit
    report["all_equal"] = all(all(tables.values()) for tables in report["equal"].values())
    print(json.dumps(report, indent=2))
    return 0 if report["all_equal"] else 1


if __name__ == "__main__":
    sys.exit(main())
