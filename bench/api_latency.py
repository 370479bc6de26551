"""GET /v1/events latency with filters on a big store (build it with bench/big_store.py).

    python bench/api_latency.py [--db tmp/big.duckdb] [--rounds 20] [--json]

Starts `wirecoder serve` on the store (loopback, no model warm-up: only the
store is measured), picks filter values that exist in the store (its most
frequent actor, recipient, country, type, a one-month window, words of a
frequent trigger), asks each filter combination once to warm DuckDB's
caches, then `--rounds` times one after another, and reports p50/p95/max per
combination and over all of them, with the server's peak RSS.
Skips (exit 0) when the store is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serverproc import ROOT, Server, percentile  # noqa: E402


def cases(db: str) -> list[dict]:
    import duckdb

    con = duckdb.connect(db, read_only=True)
    one = lambda sql: con.execute(sql).fetchone()  # noqa: E731
    actor = one("SELECT a, count(*) FROM (SELECT unnest(actor_codes) a FROM events) GROUP BY 1 ORDER BY 2 DESC")[0]
    second = one("SELECT a, count(*) FROM (SELECT unnest(actor_codes) a FROM events) GROUP BY 1 ORDER BY 2 DESC "
                 "OFFSET 3")[0]
    recipient = one("SELECT r, count(*) FROM (SELECT unnest(recipient_codes) r FROM events) GROUP BY 1 "
                    "ORDER BY 2 DESC")[0]
    country = one("SELECT loc_country, count(*) FROM events WHERE loc_country IS NOT NULL GROUP BY 1 "
                  "ORDER BY 2 DESC")[0]
    low, high = one("SELECT min(left(date, 10)), max(left(date, 10)) FROM documents")
    first, last = date.fromisoformat(low), date.fromisoformat(high)
    middle = (first + (last - first) / 2).isoformat()
    month_end = (date.fromisoformat(middle) + timedelta(days=30)).isoformat()
    word = one("SELECT event_text, count(*) FROM events WHERE event ='ASSAULT' GROUP BY 1 ORDER BY 2 DESC")[0]
    con.close()
    return [
        {"actor": actor}, {"recipient": recipient}, {"event": "ASSAULT"}, {"quad": 4}, {"country": country},
        {"since": middle, "until": month_end}, {"actor": actor, "event": "ACCUSE"},
        {"actor": second, "recipient": recipient}, {"quad": 1, "since": middle},
        {"actor": actor, "since": middle, "until": month_end}, {"text": word},
        {"event": "SANCTION", "country": country, "since": low, "until": middle},
    ]


def timed(base: str, params: dict) -> tuple[float, int]:
    url = f"{base}/v1/events?{urllib.parse.urlencode({**params, 'limit': 50})}"
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        rows = len(json.load(response)["events"])
    return time.perf_counter() - started, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(ROOT / "tmp" / "big.duckdb"))
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not Path(args.db).exists():
        print(f"skipped: no store at {args.db} (python bench/big_store.py builds one)")
        return 0
    import duckdb

    con = duckdb.connect(args.db, read_only=True)
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    combos = cases(args.db)
    server = Server(args.db, warm_up=False)
    try:
        server.wait()
        index_seconds = server.wait_index()
        for params in combos:  # first calls: DuckDB reads the columns from disk
            timed(server.base, params)
        per_case, everything, structured = [], [], []
        for params in combos:
            times, rows = [], 0
            for _ in range(args.rounds):
                seconds, rows = timed(server.base, params)
                times.append(seconds)
            everything += times
            if "text" not in params:  # the text filter scans document text: reported on its own
                structured += times
            per_case.append({"filters": params, "rows": rows, "p50_ms": round(1000 * percentile(times, 50), 1),
                             "p95_ms": round(1000 * percentile(times, 95), 1)})
        memory = server.rss()
    finally:
        server.stop()
    report = {"db": args.db, "event_rows": events, "index_wait_s": round(index_seconds, 1), "requests": len(everything),
              "p50_ms": round(1000 * percentile(everything, 50), 1), "p95_ms": round(1000 * percentile(everything, 95), 1),
              "max_ms": round(1000 * max(everything), 1),
              "without_text": {"requests": len(structured), "p50_ms": round(1000 * percentile(structured, 50), 1),
                               "p95_ms": round(1000 * percentile(structured, 95), 1)},
              "peak_rss_mb": round(memory["peak_rss"] / 2**20),
              "cases": per_case}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{events:,} event rows; {len(everything)} requests: p50 {report['p50_ms']} ms, p95 {report['p95_ms']} ms, "
              f"max {report['max_ms']} ms; without the text filter p50 {report['without_text']['p50_ms']} ms, "
              f"p95 {report['without_text']['p95_ms']} ms; server peak RSS {report['peak_rss_mb']} MB")
        for case in per_case:
            print(f"  {case['p50_ms']:7.1f} {case['p95_ms']:7.1f} ms  {case['rows']:3d} rows  {case['filters']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
