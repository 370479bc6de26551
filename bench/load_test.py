"""A bounded load test of `wirecoder serve` on loopback: 1,000 requests from 50 clients.

    python bench/load_test.py [--db STORE] [--requests 1000] [--clients 50] [--model md] [--json]

Half the requests are GET /v1/events with filters, half POST /v1/code with a
short article (sentences written by the wirecoder team, below). Each client
keeps one HTTP connection and sends its share one request after another; the
run ends when all are answered (bounded: a 120 s timeout per request). The
report: status counts (a 5xx fails the run), p50/p95 latency per route and
overall, wall time, and the server's peak RSS. Without --db the store is
built from examples/ in a temporary folder. Traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import subprocess
import sys
import tempfile
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serverproc import ROOT, Server, percentile  # noqa: E402

ARTICLES = [
    "Police in Lagos arrested forty protesters on Tuesday after a march against fuel prices turned violent.",
    "The foreign ministers of Chile and Argentina met in Santiago on Monday and agreed to expand energy trade.",
    "Turkey accused Greece of violating its airspace and summoned the Greek ambassador in Ankara.",
    "Rebels attacked an army base near the northern border overnight, the defence ministry said on Friday.",
    "The United Nations called on both sides to respect the ceasefire and allow aid convoys into the city.",
    "Japan announced new sanctions on three shipping firms accused of helping North Korea evade an embargo.",
    "Thousands of teachers went on strike in Buenos Aires to demand higher wages, union leaders said.",
    "Germany pledged 200 million euros in humanitarian aid to flood victims in Pakistan, officials said on Sunday.",
]
FILTERS = [{"actor": "USA"}, {"event": "ASSAULT"}, {"quad": 4}, {"country": "DEU"}, {"text": "police"},
           {"since": "2024-01-01"}, {"actor": "KEN", "quad": 4}, {"recipient": "IRN"}, {}, {"event": "AGREE"}]


def build_examples_store(directory: Path, model: str) -> str:
    db = directory / "examples.duckdb"
    subprocess.run([sys.executable, "-m", "wirecoder", "ingest", str(ROOT / "examples"), "--db", str(db),
                    "--model", model], check=True, capture_output=True)
    return str(db)


def client(port: int, jobs: list[tuple[str, str, bytes | None]]) -> list[tuple[str, int, float]]:
    results = []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for method, path, body in jobs:
        started = time.perf_counter()
        try:
            headers = {"Content-Type": "text/plain; charset=utf-8"} if body else {}
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            status = 0  # refused, reset or timed out: counted as a failure
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        results.append((path.split("?")[0], status, time.perf_counter() - started))
    connection.close()
    return results


def plan(requests: int, clients: int, seed: int = 7) -> list[list[tuple[str, str, bytes | None]]]:
    rng = random.Random(seed)
    jobs = []
    for n in range(requests):
        if n % 2:
            jobs.append(("POST", f"/v1/code?date=2024-05-{1 + n % 28:02d}", rng.choice(ARTICLES).encode()))
        else:
            query = urllib.parse.urlencode({**rng.choice(FILTERS), "limit": 50})
            jobs.append(("GET", f"/v1/events?{query}", None))
    return [jobs[i::clients] for i in range(clients)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--model", default="md")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_examples_store(Path(tmp), args.model)
        server = Server(db, model=args.model, warm_up=True)
        try:
            server.wait()
            server.wait("/v1/code", body=b"Officials met in Paris on Monday.")  # the model is loaded
            server.wait_index()
            before = server.rss()
            started = time.monotonic()
            with ThreadPoolExecutor(max_workers=args.clients) as pool:
                results = [r for batch in pool.map(lambda jobs: client(server.port, jobs), plan(args.requests,
                                                                                           args.clients)) for r in batch]
            wall = time.monotonic() - started
            memory = server.rss()
        finally:
            server.stop()
    statuses: dict[str, int] = {}
    for _, status, _ in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    routes = {}
    for route in sorted({r for r, _, _ in results}):
        times = [t for r, _, t in results if r == route]
        routes[route] = {"requests": len(times), "p50_ms": round(1000 * percentile(times, 50)),
                         "p95_ms": round(1000 * percentile(times, 95)), "max_ms": round(1000 * max(times))}
    everything = [t for _, _, t in results]
    failures = sum(n for s, n in statuses.items() if s == "0" or s.startswith("5"))
    report = {"db": db if args.db else "examples/ (temporary store)", "model": args.model,
              "requests": len(results), "clients": args.clients, "statuses": statuses, "failures_5xx_or_none": failures,
              "wall_s": round(wall, 1), "throughput_rps": round(len(results) / wall, 1),
              "p50_ms": round(1000 * percentile(everything, 50)), "p95_ms": round(1000 * percentile(everything, 95)),
              "routes": routes, "rss_before_mb": round(before["rss"] / 2**20),
              "peak_rss_mb": round(memory["peak_rss"] / 2**20)}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{len(results)} requests from {args.clients} clients in {wall:.1f} s ({report['throughput_rps']}/s); "
              f"statuses {statuses}; p50 {report['p50_ms']} ms, p95 {report['p95_ms']} ms; "
              f"server peak RSS {report['peak_rss_mb']} MB")
        for route, figures in routes.items():
            print(f"  {route}: {figures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
