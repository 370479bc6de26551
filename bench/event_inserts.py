"""What the primary-key indexes of `events` and `event_actors` cost at ingest (migration 7 dropped them).

    python bench/event_inserts.py [--batches 200] [--events 1400] [--dir /tmp]

Inserts made-up event rows (random 32-character document keys, as ingest
makes them) and two actor rows per event, one commit per batch as ingest
does, into a fresh DuckDB file twice: with the schema's old primary keys
(`events.event_key`, `event_actors (event_key, role, position)`) and
without. Prints the seconds of the inserts and commits, of closing the file
(its checkpoint) and the peak RSS, each in a process of its own.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time

import duckdb
import pyarrow as pa


def child(with_keys: bool, batches: int, per_batch: int, directory: str) -> dict:
    path = os.path.join(directory, f"event-inserts-{'keys' if with_keys else 'plain'}.duckdb")
    for stale in (path, path + ".wal"):
        if os.path.exists(stale):
            os.remove(stale)
    con = duckdb.connect(path)
    con.execute("SET checkpoint_threshold = '1GB'")  # as ingest sets it
    con.execute(f"""CREATE TABLE events (event_key VARCHAR {'PRIMARY KEY' if with_keys else 'NOT NULL'},
                    doc_key VARCHAR NOT NULL, event VARCHAR, actor_codes VARCHAR[], sentence VARCHAR)""")
    con.execute(f"""CREATE TABLE event_actors (event_key VARCHAR NOT NULL, role VARCHAR NOT NULL,
                    position INTEGER NOT NULL, name VARCHAR, code VARCHAR
                    {', PRIMARY KEY (event_key, role, position)' if with_keys else ''})""")
    inserting = 0.0
    for batch in range(batches):
        first = batch * per_batch
        keys = [hashlib.sha256(str(first + i).encode()).hexdigest()[:32] + f":{i % 4}" for i in range(per_batch)]
        events = pa.table({"event_key": keys, "doc_key": [key[:32] for key in keys], "event": ["AGREE"] * per_batch,
                           "actor_codes": [["USA"]] * per_batch, "sentence": ["x" * 120] * per_batch})
        actors = pa.table({"event_key": keys + keys, "role": ["actor"] * per_batch + ["recipient"] * per_batch,
                           "position": [0] * (2 * per_batch), "name": ["a"] * (2 * per_batch),
                           "code": ["USA"] * (2 * per_batch)})
        started = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        for table, rows in (("events", events), ("event_actors", actors)):
            con.register("_rows", rows)
            con.execute(f"INSERT INTO {table} SELECT * FROM _rows")
            con.unregister("_rows")
        con.execute("COMMIT")
        inserting += time.perf_counter() - started
    started = time.perf_counter()
    con.close()
    closing = time.perf_counter() - started
    for stale in (path, path + ".wal"):
        if os.path.exists(stale):
            os.remove(stale)
    return {"primary_keys": with_keys, "events": batches * per_batch, "insert_seconds": round(inserting, 2),
            "close_seconds": round(closing, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batches", type=int, default=200)
    parser.add_argument("--events", type=int, default=1400, help="events per batch")
    parser.add_argument("--dir", default="/tmp")
    parser.add_argument("--child", choices=("keys", "plain"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child == "keys", args.batches, args.events, args.dir)))
        return 0
    for kind in ("keys", "plain", "keys", "plain"):  # alternating: the machine's speed drifts
        done = subprocess.run([sys.executable, __file__, "--child", kind, "--batches", str(args.batches),
                               "--events", str(args.events), "--dir", args.dir],
                              capture_output=True, text=True, check=True)
        print(done.stdout.strip(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
