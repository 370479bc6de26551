"""Real HTML pages through the reader and the cleaner: how many are coded,
rejected (by error code), how often the page date is right, and how long
cleaning takes.

    python bench/html_pages.py [SHARED_DIR] [--limit N] [--json]

Pages: the htmldate evaluation sets in ../shared/gold/html (1,000 pages with
gold publication dates; skips cleanly when absent). Each page is written to
a file and read by `read_sources` (as `wirecoder code page.html` reads it),
then prepared by the pipeline's front half (`pipeline._prepare`: cleaning,
the too-large rule, language), without spaCy. Runs on whatever wirecoder is
first on sys.path, so the same script measures another checkout
(`PYTHONPATH=/other/src`).
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = Path(os.environ.get("WIRECODER_SHARED", ROOT.parent / "shared"))


def pages(shared: Path, directory: str, limit: int | None):
    """(record, path of the page written under `directory`) for each index record."""
    index = [json.loads(line) for line in (shared / "gold" / "html" / "htmldate_index.jsonl").open(encoding="utf-8")]
    archives: dict[str, tarfile.TarFile] = {}
    for number, record in enumerate(index[:limit]):
        archive = archives.get(record["archive"])
        if archive is None:
            archive = archives[record["archive"]] = tarfile.open(shared / "gold" / record["archive"])
        member = archive.extractfile(record["file"])
        if member is None:
            continue
        path = os.path.join(directory, f"{number:04d}.html")
        with open(path, "wb") as handle:
            handle.write(member.read())
        yield record, path


def prepare(raw):
    from wirecoder.pipeline import _prepare

    if len(inspect.signature(_prepare).parameters) == 2:  # before issue 12
        return _prepare(raw, None)
    return _prepare(raw, None, 1_000_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(DEFAULT_SHARED))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    shared = Path(args.shared)
    if not (shared / "gold" / "html" / "htmldate_index.jsonl").is_file():
        print(f"skip: {shared}/gold/html not found")
        return
    from wirecoder.ingest import read_sources

    codes: Counter = Counter()
    sources: Counter = Counter()
    right = dated = 0
    timings = []
    rejected_large = []
    with tempfile.TemporaryDirectory() as directory:
        for record, path in pages(shared, directory, args.limit):
            started = time.process_time()
            raw = next(read_sources([path]))
            document = prepare(raw)
            timings.append((time.process_time() - started, record["id"]))
            code = document.error.code if document.error else "ok"
            codes[code] += 1
            if code == "too-large":
                rejected_large.append((record["id"], os.path.getsize(path)))
            if code == "ok":
                sources[document.date_source] += 1
            if record.get("date"):
                dated += 1
                right += code == "ok" and document.date == record["date"]
    timings.sort(reverse=True)
    result = {"wirecoder": sys.modules["wirecoder"].__file__, "pages": sum(codes.values()), "codes": dict(codes),
              "date_sources": dict(sources), "gold_dated": dated, "date_right": right,
              "date_accuracy": round(right / max(1, dated), 4), "cpu_s": round(sum(t for t, _ in timings), 1),
              "slowest": [(round(t, 2), i) for t, i in timings[:5]], "too_large": rejected_large}
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{result['pages']} pages ({result['wirecoder']}): {dict(codes)}")
    print(f"date right on {right} of {dated} pages with a gold date ({result['date_accuracy']:.1%}); "
          f"sources of coded pages: {dict(sources)}")
    print(f"cleaning CPU {result['cpu_s']} s; slowest: {result['slowest']}")
    for page, size in rejected_large:
        print(f"  too-large: {page} ({size:,} bytes)")


if __name__ == "__main__":
    main()
