"""The store side of `wirecoder ingest` at 10k, 30k and 100k documents, coding stubbed.

    python bench/store_scale.py [CORPUS.jsonl] [--sizes 10000 30000 100000] [--dir /tmp/wirecoder-scale] [--json]

For each size, bench/scale_corpus.py builds the corpus (once; it is kept in
--dir, outside the repository), then a fresh subprocess ingests it into a
new store with a stub coder instead of the NLP pipeline: each document keeps
its input text, title and date, and gets up to three events made up from
its first sentences (so copies share them and events are counted once per
story). What is timed is everything `ingest` does (a plain json.loads
reader stands in for wirecoder's; the project reader's own time over the
same file is reported beside; the two stand-ins' own time is reported too,
`stand_in_seconds`, and what is left, `store_side_seconds`): keying the
documents, the rows of every table, MinHash signatures and story vectors,
the commits, the duplicate and story pass, and the events-once-per-story
count. Then a second run adds 1 % new documents (another seed of the
generator, universes no other document is in) to the full store: the
incremental story pass.
Reports seconds, documents/s and the child's peak RSS per size.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from scale_corpus import COMMON, DEFAULT_CORPUS, build  # noqa: E402

EVENTS = [("AGREE", 1, "057"), ("CONSULT", 1, "040"), ("ACCUSE", 3, "112"), ("REJECT", 3, "120"),
          ("PROTEST", 4, "140"), ("ASSAULT", 4, "190"), ("AID", 2, "070"), ("THREATEN", 3, "130")]
CODES = ["USA", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "IRN", "ISR", "SYR", "IGO", "UNO"]


# Seconds spent in the stand-ins' own code (the JSONL reader's parsing and
# the stub coder's documents), on the ingest's main thread: not the store's work.
STAND_IN = {"seconds": 0.0}


def stub_coder(chunks):
    """Documents as the input gives them, with up to three made-up events from the first sentences."""
    from wirecoder.document import Actor, Document, Event

    for chunk in chunks:
        started = time.perf_counter()
        documents = []
        for _, _, raw in chunk:
            if raw.error is not None:
                documents.append(Document(id=raw.id).fail(raw.error.code, raw.error.message))
                continue
            text = raw.text or ""
            document = Document(id=raw.id, text=text, title=raw.title, url=raw.url, lang="en", date=raw.date,
                                date_source="input" if raw.date else "none")
            for n, sentence in enumerate(text.split(". ")[:3]):
                value = zlib.crc32(sentence.encode("utf-8"))
                event, quad, cameo = EVENTS[value % len(EVENTS)]
                document.events.append(Event(
                    id=f"{raw.id}-e{n + 1}", event=event, quad_code=quad, cameo=cameo,
                    actor=[Actor("a", name="a", code=CODES[(value >> 8) % len(CODES)])],
                    recipient=[Actor("b", name="b", code=CODES[(value >> 16) % len(CODES)])],
                    sentence=sentence[:200], date=raw.date, date_precision="day" if raw.date else None))
            documents.append(document)
        STAND_IN["seconds"] += time.perf_counter() - started
        yield chunk, documents


def fast_reader(paths, **_limits):
    """JSONL lines straight to RawDocuments (the project's reader is timed on its own)."""
    from wirecoder.ingest import RawDocument

    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                started = time.perf_counter()
                record = json.loads(line)
                raw = RawDocument(id=record["id"], text=record.get("text"), date=record.get("date"),
                                  url=record.get("url"), title=record.get("title"), source=path)
                STAND_IN["seconds"] += time.perf_counter() - started
                yield raw


def reader_seconds(corpus: str) -> float:
    from wirecoder.ingest import read_sources

    started = time.perf_counter()
    for _ in read_sources([corpus]):
        pass
    return round(time.perf_counter() - started, 2)


def child(corpus: str, db: str) -> dict:
    from wirecoder.store import ingest, open_store
    from wirecoder.store import stories as stories_module

    timings = {"story_pass": 0.0}
    original = stories_module.build_stories

    def timed(con, full=False):
        started = time.perf_counter()
        result = original(con, full)
        timings["story_pass"] += time.perf_counter() - started
        return result

    stories_module.build_stories = timed
    ingest_module = sys.modules["wirecoder.store.ingest"]  # the package's `ingest` is the function

    ingest_module.build_stories = timed
    ingest_module.read_sources = fast_reader
    started = time.perf_counter()
    summary = ingest([corpus], db, coder=stub_coder, commit_size=512)
    ingest_seconds = time.perf_counter() - started
    con = open_store(db)
    started = time.perf_counter()
    events, once, mentions = con.execute(
        "SELECT (SELECT count(*) FROM events), count(*), sum(count) FROM story_events").fetchone()
    count_seconds = time.perf_counter() - started
    con.close()
    return {"documents": summary.added, "errors": summary.errors, "events": events, "events_once": once,
            "mentions": int(mentions or 0), "stories": summary.stories, "ingest_seconds": round(ingest_seconds, 2),
            "story_pass_seconds": round(timings["story_pass"], 2), "count_seconds": round(count_seconds, 2),
            "seconds": round(ingest_seconds + count_seconds, 2),
            "stand_in_seconds": round(STAND_IN["seconds"], 2),
            "store_side_seconds": round(ingest_seconds + count_seconds - STAND_IN["seconds"], 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "cpu_seconds": _cpu_seconds(),
            "project_reader_seconds": reader_seconds(corpus)}


def _cpu_seconds() -> float:
    """User + system CPU of this process so far, all threads (wall time varies with the machine's load)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return round(usage.ru_utime + usage.ru_stime, 1)


def corpus_file(source: list[dict], size: int, directory: str, seed: int, first_universe: int = 0,
                common: float = COMMON) -> str:
    path = os.path.join(directory, f"news-{size}-seed{seed}-u{first_universe}-common{common:g}.jsonl")
    if not os.path.exists(path):
        os.makedirs(directory, exist_ok=True)
        with open(path + ".tmp", "w", encoding="utf-8") as out:
            for record in build(source, size, seed, first_universe, common):
                out.write(json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False) + "\n")
        os.replace(path + ".tmp", path)
    return path


def run_child(corpus: str, db: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", corpus, "--db", db], capture_output=True, text=True)
    if done.returncode != 0:
        return {"failed": done.stderr.strip().splitlines()[-3:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--dir", default="/tmp/wirecoder-scale")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--common", type=float, default=COMMON,
                        help="the generator's word frequency below which words are renamed per universe "
                             "(1e-5 gives the corpora measured before the thirty-first session)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.db)))
        return 0
    if not os.path.isfile(args.corpus):
        print(f"skipped: {args.corpus} is not present")
        return 0
    with open(args.corpus, encoding="utf-8") as handle:
        source = [json.loads(line) for line in handle if line.strip()]
    report = {"machine": f"{platform.machine()} {os.cpu_count()} CPUs, Python {platform.python_version()}",
              "common": args.common, "load_before": os.getloadavg()[0], "sizes": []}
    for size in args.sizes:
        corpus = corpus_file(source, size, args.dir, seed=12, common=args.common)
        # 1 % more: new universes (names no other document has), new documents all.
        extra = corpus_file(source, max(size // 100, 1), args.dir, seed=13, first_universe=1000, common=args.common)
        db = os.path.join(args.dir, f"store-{size}.duckdb")
        for path in (db, db + ".wal"):
            if os.path.exists(path):
                os.remove(path)
        first = run_child(corpus, db)
        again = run_child(extra, db) if "failed" not in first else {}
        result = {"size": size, "full": first, "plus_1_percent": again}
        report["sizes"].append(result)
        if "failed" in first or "failed" in again:
            print(f"{size:>7} docs: failed: {first.get('failed') or again.get('failed')}", flush=True)
            continue
        result["documents_per_s"] = round(first["documents"] / first["seconds"], 1)
        if not args.json:
            print(f"{size:>7} docs: {first['seconds']:7.1f} s ({result['documents_per_s']} docs/s; story pass "
                  f"{first['story_pass_seconds']} s; stand-ins {first['stand_in_seconds']} s), "
                  f"peak RSS {first['peak_rss_mb']:.0f} MB; "
                  f"+{again['documents']} docs: {again['seconds']} s (story pass {again['story_pass_seconds']} s)",
                  flush=True)
        for path in (db, db + ".wal"):
            if os.path.exists(path):
                os.remove(path)
    report["load_after"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
