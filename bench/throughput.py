"""Throughput of `wirecoder ingest` against spaCy's bare `nlp.pipe`.

    python bench/throughput.py [CORPUS.jsonl] [--limit N] [--model md] [--workers 1] [--json]

Default corpus: ../shared/corpus/news.jsonl (skips cleanly when absent).
Each measurement runs in its own subprocess so its peak RSS is its own:
  1. bare: nlp.pipe over the corpus texts (model loaded before the clock starts)
  2. ingest: wirecoder's ingest of the same file into a fresh store (same
     model, same number of processes; model loaded before the clock starts)
  3. again: the same ingest a second time (must add 0 documents)
Reports articles/s, words/s and peak RSS for each (for ingest: the sampled sum over its
process tree, the stage process and workers included), and ingest/bare.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("WIRECODER_SHARED", ROOT.parent / "shared")) / "corpus" / "news.jsonl"


def read_texts(corpus: str, limit: int | None) -> list[str]:
    texts = []
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(texts) >= limit:
                break
            if line.strip():
                texts.append(json.loads(line).get("text") or "")
    return texts


def peak_rss_mb() -> float:
    """Peak RSS of this process (Linux: KiB). Children are counted by
    TreeSampler instead: a spawned child's ru_maxrss includes the parent's
    pages at the moment it was forked, so "own + children" counted the
    parent twice (1,956 MB reported where the two processes peaked at
    1,135 and 229 MB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class TreeSampler:
    """Samples the summed RSS of this process and its descendants every
    `interval` seconds (Linux /proc); `peak_mb` is the largest sum seen."""

    def __init__(self, interval: float = 0.5) -> None:
        import threading

        self.interval = interval
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, sum(_rss_mb(pid) for pid in _tree(os.getpid())))
            self._stop.wait(self.interval)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mb


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return out


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def child_bare(corpus: str, limit: int | None, model: str, workers: int) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from wirecoder.nlp import load_model

    texts = read_texts(corpus, limit)
    nlp = load_model(model)
    started = time.perf_counter()
    from wirecoder.settings import default_settings

    # The same batch size as wirecoder's own default, so both sides compare alike.
    batch_size = default_settings().batch_size
    n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers))
    seconds = time.perf_counter() - started
    return {"docs": n, "words": sum(len(t.split()) for t in texts), "seconds": seconds, "peak_rss_mb": peak_rss_mb()}


def child_ingest(corpus: str, limit: int | None, model: str, workers: int, db: str) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from wirecoder.nlp import load_model
    from wirecoder.settings import default_settings
    from wirecoder.store import ingest

    source = corpus
    if limit is not None:  # a prefix of the corpus, written once next to the store
        source = db + ".input.jsonl"
        if not os.path.exists(source):
            with open(corpus, encoding="utf-8") as handle, open(source, "w", encoding="utf-8") as out:
                for number, line in enumerate(handle):
                    if number >= limit:
                        break
                    out.write(line)
    if workers == 1:
        load_model(model)
    sampler = TreeSampler()
    started = time.perf_counter()
    # As `wirecoder ingest` runs: stages in a second process when there is one worker.
    summary = ingest([source], db, default_settings().with_overrides(model=model, stage_process=workers == 1),
                     workers=workers)
    seconds = time.perf_counter() - started
    return {"docs": summary.seen, "added": summary.added, "errors": summary.errors, "events": summary.events,
            "words": summary.words, "stories": summary.stories, "seconds": seconds,
            # The sampled sum of the process tree (workers, the stage process), and no less than our own peak.
            "peak_rss_mb": max(sampler.stop(), peak_rss_mb())}


def run_child(kind: str, args: argparse.Namespace, db: str) -> dict:
    command = [sys.executable, __file__, args.corpus, "--child", kind, "--model", args.model,
               "--workers", str(args.workers), "--db", db]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default="md")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=["bare", "ingest"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bare":
        print(json.dumps(child_bare(args.corpus, args.limit, args.model, args.workers)))
        return 0
    if args.child == "ingest":
        print(json.dumps(child_ingest(args.corpus, args.limit, args.model, args.workers, args.db)))
        return 0
    if not os.path.isfile(args.corpus):
        print(f"skipped: {args.corpus} is not present")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bench.duckdb")
        bare = run_child("bare", args, db)
        first = run_child("ingest", args, db)
        again = run_child("ingest", args, db)
    for result in (bare, first):
        result["articles_per_s"] = round(result["docs"] / result["seconds"], 2)
        result["words_per_s"] = round(result["words"] / result["seconds"], 1)
    report = {"machine": f"{platform.machine()} {os.cpu_count()} CPUs, Python {platform.python_version()}",
              "corpus": args.corpus, "limit": args.limit, "model": args.model, "workers": args.workers,
              "bare_nlp_pipe": bare, "ingest": first, "second_ingest_added": again["added"],
              "ratio_ingest_over_bare": round(first["articles_per_s"] / bare["articles_per_s"], 3)}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"machine: {report['machine']}; model {args.model}, {args.workers} process(es)")
        for name, result in (("nlp.pipe", bare), ("ingest", first)):
            print(f"{name:9} {result['docs']} docs  {result['articles_per_s']} articles/s  "
                  f"{result['words_per_s']} words/s  peak RSS {result['peak_rss_mb']:.0f} MB")
        print(f"ratio ingest/nlp.pipe: {report['ratio_ingest_over_bare']}; "
              f"second ingest added {again['added']} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
