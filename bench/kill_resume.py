"""kill -9 during `wirecoder ingest`, then the same command again.

    python bench/kill_resume.py [CORPUS.jsonl] [--limit N] [--kills 3] [--model md] [--batch 8]

Runs an uninterrupted ingest of the corpus (or its first N documents) as the
reference, then ingests it into a second store, killing the process with
SIGKILL `--kills` times at different moments (fractions of the reference
time after each start), and finally runs the command to completion.
Prints the counts of both stores; they must be equal.
"""

from __future__ import annotations

import argparse
import json
import os
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
COUNTS = """SELECT (SELECT count(*) FROM documents) AS documents,
    (SELECT count(DISTINCT doc_key) FROM documents) AS distinct_documents,
    (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM errors) AS errors,
    (SELECT count(*) FROM story_events) AS events_once_per_story,
    (SELECT count(*) FROM stories) AS stories,
    (SELECT count(*) FROM story_members WHERE duplicate_of IS NOT NULL) AS duplicates"""


def command(corpus: str, db: str, model: str, batch: int) -> list[str]:
    return [sys.executable, "-m", "wirecoder", "ingest", corpus, "--db", db, "--model", model, "--batch", str(batch)]


def counts(db: str) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from wirecoder.store import open_store

    con = open_store(db)
    try:
        cursor = con.execute(COUNTS)
        return dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
    finally:
        con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--model", default="md")
    # Small batches so that every kill lands after some commits.
    parser.add_argument("--batch", type=int, default=8)
    args = parser.parse_args()
    if not os.path.isfile(args.corpus):
        print(f"skipped: {args.corpus} is not present")
        return 0
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if args.limit is not None:
            corpus = os.path.join(tmp, "corpus.jsonl")
            with open(args.corpus, encoding="utf-8") as source, open(corpus, "w", encoding="utf-8") as out:
                for number, line in enumerate(source):
                    if number >= args.limit:
                        break
                    out.write(line)
        reference_db, killed_db = os.path.join(tmp, "reference.duckdb"), os.path.join(tmp, "killed.duckdb")
        started = time.monotonic()
        subprocess.run(command(corpus, reference_db, args.model, args.batch), check=True, env=env, capture_output=True)
        reference_seconds = time.monotonic() - started
        kills = []
        for fraction in FRACTIONS[:args.kills]:
            process = subprocess.Popen(command(corpus, killed_db, args.model, args.batch), env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(fraction * reference_seconds)
            alive = process.poll() is None
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            kills.append({"after_s": round(fraction * reference_seconds, 1), "killed_while_running": alive,
                          "documents_then": counts(killed_db)["documents"]})
        subprocess.run(command(corpus, killed_db, args.model, args.batch), check=True, env=env, capture_output=True)
        report = {"corpus": args.corpus, "limit": args.limit, "reference_seconds": round(reference_seconds, 1),
                  "kills": kills, "reference": counts(reference_db), "after_kills_and_rerun": counts(killed_db)}
    report["equal"] = report["reference"] == report["after_kills_and_rerun"]
    print(json.dumps(report, indent=2))
    return 0 if report["equal"] else 1


if __name__ == "__main__":
    sys.exit(main())
