"""Build a store of at least 1,000,000 event rows from real coded rows.

    python bench/big_store.py [CORPUS.jsonl] [--docs 300] [--events 1000000] [--out tmp/big.duckdb]

1. The first `--docs` articles of the corpus (default ../shared/corpus/news.jsonl)
   are coded into a seed store with `wirecoder ingest` (kept next to the
   output as *.seed.duckdb and reused when it exists).
2. The seed store is copied and its documents, events, event actors, story
   members and stories are replicated inside DuckDB until there are at least
   `--events` event rows: copy r gets ids and keys suffixed with `~r`, and
   every day date (documents, events, stories) moved r × `--shift` days later,
   so the copies spread over time like a longer news stream. The copy is
   opened with `open_store` first, so a seed from an older wirecoder is
   migrated (and its stories recomputed) before it is replicated. Word
   postings (the `text` filter's index) are replicated with the documents;
   quotes, dates, places, entities, MinHash rows, story vectors, keys and
   edges are not (the events queries do not read them).

Skips (exit 0) when the corpus is absent. Nothing from the corpus enters the
repository: the store is written under tmp/ (git-ignored) by default.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def shifted(column: str) -> str:
    """SQL: an ISO date string moved r × shift days (strings that are not day dates stay)."""
    return (f"coalesce(strftime(try_cast(left({column}, 10) AS DATE) + to_days(CAST(r * $shift AS INTEGER)), "
            f"'%Y-%m-%d') || substr({column}, 11), {column})")


def seed(corpus: Path, docs: int, path: Path, model: str) -> dict:
    from wirecoder.settings import default_settings
    from wirecoder.store import ingest

    sample = path.with_suffix(".sample.jsonl")
    with open(corpus, encoding="utf-8") as source, open(sample, "w", encoding="utf-8") as out:
        for n, line in enumerate(source):
            if n >= docs:
                break
            out.write(line)
    summary = ingest([str(sample)], str(path), default_settings().with_overrides(model=model))
    sample.unlink()
    return summary.as_dict()


def replicate(con, copies: int, shift: int) -> None:
    con.execute("CREATE TEMP TABLE copies AS SELECT range AS r FROM range(1, $n)", {"n": copies})
    top = con.execute("SELECT max(seq) FROM documents").fetchone()[0]  # copy r's seqs are the seed's + r * top
    params = {"shift": shift}
    con.execute(f"""INSERT INTO documents SELECT doc_key || '~' || r, id || '~' || r, content_hash,
                        seq + r * $top, run_id, source, url, title, lang, {shifted('date')},
                        date_source, text, n_words, warnings, meta, removed
                    FROM documents, copies""", {**params, "top": top})
    columns = [row[0] for row in con.execute("SELECT name FROM pragma_table_info('events')").fetchall()]
    changed = {"event_key": "split_part(event_key, ':', 1) || '~' || r || ':' || split_part(event_key, ':', 2)",
               "doc_key": "doc_key || '~' || r", "doc_id": "doc_id || '~' || r",
               "event_id": "event_id || '~' || r", "date": shifted("date")}
    select = ", ".join(changed.get(c, c) for c in columns)
    con.execute(f"INSERT INTO events SELECT {select} FROM events, copies", params)
    con.execute("""INSERT INTO event_actors SELECT split_part(event_key, ':', 1) || '~' || r || ':' ||
                        split_part(event_key, ':', 2), role, position, entity_text, name, code, sector
                   FROM event_actors, copies""")
    con.execute(f"""INSERT INTO stories SELECT story_id || '~' || r, {shifted('first_seen')}, {shifted('last_seen')},
                        n_documents, title, first_doc_id || '~' || r FROM stories, copies""", params)
    con.execute("""INSERT INTO story_members SELECT doc_key || '~' || r, story_id || '~' || r,
                        CASE WHEN duplicate_of IS NULL THEN NULL ELSE duplicate_of || '~' || r END,
                        recycled, store_warnings, component || '~' || r, piece || '~' || r
                   FROM story_members, copies""")
    con.execute(f"""INSERT INTO word_postings SELECT word, list_transform(seqs, s -> s + r * {top})
                    FROM word_postings, copies""")
    con.execute("CHECKPOINT")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--docs", type=int, default=300, help="articles coded for the seed store")
    parser.add_argument("--events", type=int, default=1_000_000, help="event rows wanted at least")
    parser.add_argument("--shift", type=int, default=7, help="days between two copies")
    parser.add_argument("--model", default="md")
    parser.add_argument("--out", default=str(ROOT / "tmp" / "big.duckdb"))
    args = parser.parse_args()
    corpus, out = Path(args.corpus), Path(args.out)
    if not corpus.is_file():
        print(f"skipped: no corpus at {corpus}")
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    seed_path = out.with_suffix(".seed.duckdb")
    report: dict = {"corpus": str(corpus), "docs": args.docs, "model": args.model}
    started = time.monotonic()
    if not seed_path.exists():
        report["seed_ingest"] = seed(corpus, args.docs, seed_path, args.model)
    import duckdb

    seed_con = duckdb.connect(str(seed_path), read_only=True)
    seed_events = seed_con.execute("SELECT count(*) FROM events").fetchone()[0]
    seed_con.close()
    copies = math.ceil(args.events / seed_events)
    for suffix in ("", ".wal"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    shutil.copy(seed_path, out)
    from wirecoder.store import build_stories, open_store

    con = open_store(str(out))
    build_stories(con)
    replicate(con, copies, args.shift)
    counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("documents", "events", "event_actors", "stories", "story_members")}
    span = con.execute("SELECT min(left(date, 10)), max(left(date, 10)) FROM documents").fetchone()
    con.close()
    report.update({"seed_events": seed_events, "copies": copies, "counts": counts, "dates": list(span),
                   "bytes": out.stat().st_size, "seconds": round(time.monotonic() - started, 1), "out": str(out)})
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
