"""How much geoparsing adds to `wirecoder code`: one process, the same
documents coded with settings.geoparse False and then True.

    PYTHONPATH=src python bench/geo_speed.py [../shared/corpus/news.jsonl] [--limit N]

The spaCy model and the gazetteer are loaded before timing (both are
once-per-process costs; the gazetteer's build time is printed apart).
Skips cleanly when the corpus is absent.
"""

from __future__ import annotations

import sys
import time

from corpus import corpus_arguments, read_records


def main() -> int:
    args = corpus_arguments(__doc__.splitlines()[0]).parse_args()
    items = read_records(args.corpus, args.limit)
    if items is None:
        return 0
    from wirecoder.pipeline import code_many
    from wirecoder.places.gazetteer import load_gazetteer
    from wirecoder.settings import default_settings

    items = [{"id": i["id"], "text": i["text"], "date": i.get("date")} for i in items]
    started = time.perf_counter()
    load_gazetteer()
    build = time.perf_counter() - started
    base = default_settings()
    list(code_many(items[:5], base))  # warm up the model
    # Contention from other processes makes the two wall-clock runs noisy,
    # so the places stage is also timed directly inside the geoparse run.
    from wirecoder import pipeline

    stage_seconds = [0.0]
    original = dict(pipeline.STAGES)["places"]

    def timed(document, settings):
        started = time.perf_counter()
        try:
            return original(document, settings)
        finally:
            stage_seconds[0] += time.perf_counter() - started

    pipeline.STAGES[:] = [(name, timed if name == "places" else stage) for name, stage in pipeline.STAGES]
    timings = {}
    for geoparse in (False, True):
        settings = base.with_overrides(geoparse=geoparse)
        started = time.perf_counter()
        places = sum(len(d.places) for d in code_many(items, settings))
        timings[geoparse] = time.perf_counter() - started
        print(f"geoparse={geoparse}: {len(items)} docs in {timings[geoparse]:.1f} s, {places} places")
    print(f"gazetteer build (once per process): {build:.1f} s")
    print(f"places stage inside the geoparse run: {stage_seconds[0]:.1f} s "
          f"= {100 * stage_seconds[0] / timings[True]:.1f}% of its time "
          f"({1000 * stage_seconds[0] / max(1, len(items)):.0f} ms/doc)")
    print(f"geoparsing adds {100 * (timings[True] / timings[False] - 1):.1f}% to code time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
