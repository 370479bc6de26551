"""Fuzz the whole pipeline: N hostile inputs through the readers, the cleaner
and the coder, as `wirecoder code FILE` would take them.

    python bench/fuzz.py [--cases 100000] [--seed 0] [--start 0] [--model md]
                         [--checkpoint FILE] [--json]
    python bench/fuzz.py --case N --show        # rebuild and print one case

Cases come from bench/fuzz_cases.py (random bytes, damaged articles, broken
and 10,000-level nested HTML, huge lines, mixed encodings and BOMs, NULs,
JSONL with wrong types, non-dates, empty fields), each rebuilt from
(seed, number). They run in worker processes (`--workers`, default 1) that
load the model once; the parent watches the clock.

Reported: crashes (an exception out of `read_sources`/`code_raw`, an
`internal` error, or an output that breaks the contract: not one JSON
document per input, offsets outside the text), hangs (a case over 10 s of
CPU in the worker, or over --kill seconds of wall time, when the worker is
killed and restarted), error codes by case kind, and the slowest cases.
With --checkpoint the counts are saved every 1,000 cases and a rerun with the
same file continues where it stopped (for long runs in chunks).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from fuzz_cases import make_case  # noqa: E402

HANG_CPU_S = 10.0
SLOWEST = 10


def check_document(document: dict) -> list[str]:
    """Contract violations of one output document (docs/schema.md)."""
    problems = []
    text = document.get("text") or ""
    if document.get("schema") != "wirecoder/1" or not isinstance(document.get("id"), str):
        problems.append("schema or id missing")
    error = document.get("error")
    if error is not None and (not error.get("code") or not error.get("message")):
        problems.append("error without code or message")
    if error is not None and error.get("code") == "internal":
        problems.append(f"internal error: {error.get('message')}")
    for field in ("entities", "dates", "places", "quotes", "events"):
        for item in document.get(field) or []:
            start, end = item.get("start"), item.get("end")
            if isinstance(start, int) and isinstance(end, int) and not 0 <= start <= end <= len(text):
                problems.append(f"{field} offsets {start}-{end} outside the text ({len(text)})")
                break
    return problems


def run_case(case, directory: str, model: str) -> dict:
    """Runs in the worker: one case through readers and pipeline."""
    from wirecoder.ingest import read_sources
    from wirecoder.pipeline import code_raw
    from wirecoder.settings import default_settings

    path = os.path.join(directory, f"{case.index}-{case.name}")
    with open(path, "wb") as handle:
        handle.write(case.data)
    started, cpu = time.perf_counter(), time.process_time()
    result = {"index": case.index, "kind": case.kind, "codes": [], "problems": []}
    try:
        settings = default_settings().with_overrides(model=model)
        for document in code_raw(read_sources([path], max_bytes=settings.max_bytes), settings):
            record = json.loads(json.dumps(document.to_dict(), ensure_ascii=False))
            result["codes"].append((record.get("error") or {}).get("code") or "ok")
            result["problems"].extend(check_document(record))
        if not result["codes"]:
            result["codes"].append("no-output")
    except Exception as exc:  # noqa: BLE001 — this is what the fuzzer looks for
        result["crash"] = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=8)}"
    finally:
        os.unlink(path)
    result["wall_s"] = time.perf_counter() - started
    result["cpu_s"] = time.process_time() - cpu
    return result


def worker(connection, seed: int, model: str) -> None:
    import logging

    logging.disable(logging.CRITICAL)  # internal errors are counted from the output, not printed
    from wirecoder.nlp import load_model
    from wirecoder.places.gazetteer import load_gazetteer

    load_model(model)
    load_gazetteer()
    connection.send("ready")
    with tempfile.TemporaryDirectory() as directory:
        while True:
            index = connection.recv()
            if index is None:
                return
            connection.send(run_case(make_case(seed, index), directory, model))


class Worker:
    def __init__(self, seed: int, model: str):
        self.seed, self.model = seed, model
        self.start()

    def start(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=worker, args=(child, self.seed, self.model), daemon=True)
        self.process.start()
        if self.connection.recv() != "ready":
            raise RuntimeError("the fuzz worker did not start")

    def send(self, index: int) -> None:
        self.connection.send(index)

    def result(self, deadline: float):
        """The case's result, or None (the worker killed and restarted) when
        it is not back by `deadline` (time.monotonic())."""
        if self.connection.poll(max(0.0, deadline - time.monotonic())):
            return self.connection.recv()
        self.process.kill()
        self.process.join()
        self.start()
        return None

    def close(self) -> None:
        self.connection.send(None)
        self.process.join(timeout=10)


def new_summary(args) -> dict:
    return {"seed": args.seed, "model": args.model, "done": 0, "next": args.start, "crashes": [], "hangs": [],
            "codes_by_kind": {}, "cases_by_kind": {}, "slowest": [], "cpu_s": 0.0, "wall_s": 0.0,
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"}


def record(summary: dict, result: dict | None, index: int, kill_after: float) -> None:
    summary["done"] += 1
    summary["next"] = index + 1
    if result is None:
        summary["hangs"].append({"index": index, "why": f"killed after {kill_after:.0f} s wall"})
        return
    kind = result["kind"]
    summary["cases_by_kind"][kind] = summary["cases_by_kind"].get(kind, 0) + 1
    codes = summary["codes_by_kind"].setdefault(kind, {})
    for code in result["codes"]:
        codes[code] = codes.get(code, 0) + 1
    if result.get("crash") or result["problems"]:
        summary["crashes"].append({"index": index, "kind": kind,
                                   "what": result.get("crash") or "; ".join(result["problems"][:3])})
    if result["cpu_s"] > HANG_CPU_S:
        summary["hangs"].append({"index": index, "kind": kind, "why": f"{result['cpu_s']:.1f} s CPU"})
    summary["cpu_s"] += result["cpu_s"]
    slow = {"index": index, "kind": kind, "wall_s": round(result["wall_s"], 3), "cpu_s": round(result["cpu_s"], 3)}
    summary["slowest"] = sorted(summary["slowest"] + [slow], key=lambda s: -s["cpu_s"])[:SLOWEST]


def run(args) -> dict:
    summary = new_summary(args)
    if args.checkpoint and os.path.exists(args.checkpoint):
        with open(args.checkpoint, encoding="utf-8") as handle:
            summary = json.load(handle)
    end = args.start + args.cases
    pool = [Worker(args.seed, args.model) for _ in range(args.workers)]
    started = time.perf_counter() - summary["wall_s"]
    try:
        # One case per worker at a time, recorded in case order, so a
        # checkpoint's "next" is always the first case not yet recorded.
        for first in range(summary["next"], end, len(pool)):
            batch = list(zip(range(first, min(first + len(pool), end)), pool, strict=False))
            for index, member in batch:
                member.send(index)
            deadline = time.monotonic() + args.kill
            for index, member in batch:
                record(summary, member.result(deadline), index, args.kill)
                if args.checkpoint and (summary["done"] % 1000 == 0 or index == end - 1):
                    summary["wall_s"] = time.perf_counter() - started
                    save(summary, args.checkpoint)
                if args.progress and summary["done"] % args.progress == 0:
                    print(f"{summary['done']:,} cases, {len(summary['crashes'])} crashes, "
                          f"{len(summary['hangs'])} hangs, {time.perf_counter() - started:.0f} s",
                          file=sys.stderr, flush=True)
            summary["wall_s"] = time.perf_counter() - started
    finally:
        for member in pool:
            member.close()
    return summary


def save(summary: dict, path: str) -> None:
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=1)
    os.replace(temporary, path)


def report(summary: dict) -> str:
    lines = [f"{summary['done']:,} cases (seed {summary['seed']}, model {summary['model']}) in "
             f"{summary['wall_s']:.0f} s wall, {summary['cpu_s']:.0f} s CPU in the worker; {summary['machine']}",
             f"crashes: {len(summary['crashes'])}", f"hangs (> {HANG_CPU_S:.0f} s CPU or killed): {len(summary['hangs'])}"]
    for crash in summary["crashes"][:10]:
        lines.append(f"  crash case {crash['index']} ({crash['kind']}): {crash['what'].splitlines()[0][:200]}")
    for hang in summary["hangs"][:10]:
        lines.append(f"  hang case {hang['index']}: {hang['why']}")
    lines.append("outputs by case kind (error code: documents):")
    for kind, codes in sorted(summary["codes_by_kind"].items()):
        shown = ", ".join(f"{c} {n:,}" for c, n in sorted(codes.items(), key=lambda x: -x[1]))
        lines.append(f"  {kind} ({summary['cases_by_kind'][kind]:,} cases): {shown}")
    lines.append("slowest cases (CPU s, wall s):")
    for slow in summary["slowest"][:5]:
        lines.append(f"  case {slow['index']} ({slow['kind']}): {slow['cpu_s']:.2f}, {slow['wall_s']:.2f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first case number")
    parser.add_argument("--model", default="md")
    parser.add_argument("--kill", type=float, default=120.0, help="wall seconds before a case's worker is killed")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (each loads the model)")
    parser.add_argument("--checkpoint", help="save counts here every 1,000 cases; continue from it when present")
    parser.add_argument("--progress", type=int, default=0, help="print a line every N cases")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--case", type=int, help="rebuild one case")
    parser.add_argument("--show", action="store_true", help="with --case: print its kind, name and bytes")
    args = parser.parse_args()
    if args.case is not None:
        case = make_case(args.seed, args.case)
        if args.show:
            print(case.kind, case.name, len(case.data), "bytes")
            print(repr(case.data[:2000]))
        with tempfile.TemporaryDirectory() as directory:
            print(json.dumps(run_case(case, directory, args.model), indent=1))
        return
    summary = run(args)
    print(json.dumps(summary, indent=1) if args.json else report(summary))


if __name__ == "__main__":
    main()
