"""Event coding overhead: full `wirecoder` coding vs bare spaCy nlp.pipe.

    python bench/event_speed.py [CORPUS.jsonl] [--limit N] [--model md] [--stage-thread]

Times, in one process and on the same texts, (1) spaCy's own `nlp.pipe`
with the same model and batch size and (2) `wirecoder.pipeline.code_many`
(cleaning, parse, entities, dates, places, actors, quotes, events) with
the settings of `wirecoder code`: the stages in a second process beside
the parse (`--stage-thread`: in a thread, the library's default). The
model is loaded and warmed up before either clock starts. Prints both
times, their ratio (issue 10's budget: ≤ 1.5) and the peak RSS summed over
the process tree (the stage process included). Skips cleanly when the
corpus (default ../shared/corpus/news.jsonl) is absent.
"""

from __future__ import annotations

import json
import sys
import time

from corpus import ROOT, corpus_arguments, read_records
from throughput import TreeSampler

sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    parser = corpus_arguments(__doc__.splitlines()[0])
    parser.add_argument("--model", default="md")
    parser.add_argument("--stage-thread", action="store_true",
                        help="run the stages in a thread, as the library does by default, not in a second process")
    args = parser.parse_args()
    sampler = TreeSampler()
    records = read_records(args.corpus, args.limit)
    if records is None:
        return 0
    from wirecoder.nlp import load_model
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    settings = default_settings().with_overrides(model=args.model, stage_process=not args.stage_thread)
    nlp = load_model(args.model)
    list(nlp.pipe(["Warm-up sentence for the model."]))
    list(code_many([{"id": "warm", "text": "Russia and China held talks in Moscow."}], settings))
    texts = [r.get("text") or "" for r in records]

    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    spacy_seconds = time.perf_counter() - start
    print(f"spaCy nlp.pipe: {spacy_seconds:.2f} s for {len(texts)} documents", file=sys.stderr, flush=True)

    start = time.perf_counter()
    events = sum(len(d.events) for d in code_many([{"id": r["id"], "text": r.get("text") or "",
                                                     "date": r.get("date")} for r in records], settings))
    coding_seconds = time.perf_counter() - start

    print(json.dumps({"documents": len(texts), "model": args.model, "spacy_pipe_s": round(spacy_seconds, 2),
                      "wirecoder_code_s": round(coding_seconds, 2), "events": events,
                      "ratio": round(coding_seconds / spacy_seconds, 3),
                      "stages": "thread" if args.stage_thread else "process",
                      "peak_rss_tree_mb": round(sampler.stop())}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
