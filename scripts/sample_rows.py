"""Draw random event rows from corpus articles outside our gold, for review by a person.

    python scripts/sample_rows.py [--rows 50] [--seed 1] [--shared ../shared] [--out rows.jsonl]
                                  [--exclude earlier.jsonl ...] [--exclude-articles]
                                  [--articles OTHER.jsonl ... | --html SET ...] [--band LOW HIGH]

Codes random articles of `shared/corpus/news.jsonl` that are not in
`gold/articles/selection.tsv` (default settings) until it has more rows than
asked, then prints a seeded random sample of rows: type, modes, actor and
recipient (words and codes), confidence and the sentence, for a reviewer to
judge against the PLOVER manual. `--out` keeps the rows (article id, row id,
offsets) so verdicts can be recorded by reference, not by copying text.
`--exclude` leaves out the rows (by article and trigger offset) of earlier draws' `--out` files,
so a draw reads rows no one has judged yet (the pool outside the gold is
about 1,700 articles: plain draws repeat most rows after a dozen sessions).
`--articles` draws from other JSONL files of whole news articles instead
(an `id` and a `text`; `date`, or TempEval's `dct`, and `title` when
present; articles of our gold left out here too: the corpus is made of
PolNeAR's, LGL's and ECB+'s articles), such as the articles of `shared/gold/geo/trnews.jsonl` or
`shared/gold/time/tempeval3_tbaq.jsonl`: real news that no event rule was
read on, for when the corpus's rows have all been judged (eighteenth
session: 7 unjudged rows were left); with `--exclude-articles` the
articles of earlier draws are left out whole, so rules written after one
draw are judged on articles no one has read.

Reviews are kept in `gold/review/` (one `--out` file per draw with each
row's verdict and a note in the reviewer's words; format and tally:
`scripts/review_summary.py`). A new draw on unread news (the unread
articles of TR-News, GeoVirus and TempEval-3 were used up by seed 104;
LGL's are corpus articles, so seeds 105-108 were not unseen; seed 109 read
the 2020 news pages of htmldate's `mediacloud2020` set, `--html`):

    python scripts/sample_rows.py --rows 50 --seed N --html mediacloud2020 \
        --exclude gold/review/*.jsonl --exclude-articles --out gold/review/uN.jsonl

`--band LOW HIGH` draws only rows whose confidence lies in [LOW, HIGH),
coding with that lower cut-off: the rows a lower default would add. Draws
at the default cut-off never showed them, so on pages already drawn from
they are still unjudged (twenty-second session: the rows from 0.5 to 0.7).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.pipeline import code_many  # noqa: E402
from wirecoder.settings import default_settings  # noqa: E402


def _side(actors) -> str:
    """Each party's words and codes, and whom the words were resolved to when
    they do not say it ("he (= Bernie Sanders)")."""
    return " + ".join(f"{a.entity_text or '(implied)'}{_resolved(a)} [{a.code or '?'}"
                      f"{'/' + ','.join(a.sector) if a.sector else ''}]" for a in actors) or "-"


def _resolved(actor) -> str:
    if not actor.name or not actor.entity_text or actor.name.lower() in actor.entity_text.lower():
        return ""
    return f" (= {actor.name})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[],
                        help="earlier draws' --out files: their rows are not drawn again")
    parser.add_argument("--articles", type=Path, nargs="*", default=[],
                        help="JSONL files of whole articles to draw from instead of the corpus")
    parser.add_argument("--html", metavar="SET", nargs="+",
                        help="draw from the news pages of htmldate sets in shared/gold/html (default, "
                             "mediacloud2020), cleaned as `wirecoder code page.html` cleans them; rows refer to the "
                             "cleaned text")
    parser.add_argument("--band", metavar=("LOW", "HIGH"), type=float, nargs=2,
                        help="draw only rows with LOW <= confidence < HIGH (coded with --min-confidence LOW): "
                             "the rows a lower cut-off would add, which draws at the default cut-off never showed")
    parser.add_argument("--exclude-articles", action="store_true",
                        help="leave out the whole articles of the --exclude files, not only their rows (a draw "
                             "from articles no rule was read on)")
    args = parser.parse_args()
    # Rows are known by article and trigger offset: row ids are numbered in order and shift when rules change.
    seen = {(record["doc"], record["trigger"][0]) for path in args.exclude
            for record in map(json.loads, path.open(encoding="utf-8"))}
    articles = html_pages(args.shared, args.html) if args.html else \
        _articles(args.articles) if args.articles else _corpus_outside_gold(args.shared)
    if args.exclude_articles:
        read = {doc for doc, _ in seen}
        articles = [a for a in articles if a["id"] not in read]
    rng = random.Random(args.seed)
    rng.shuffle(articles)
    settings = default_settings().with_overrides(min_confidence=args.band[0]) if args.band else None
    rows = []
    for start in range(0, len(articles), 20):
        batch = [{"id": a["id"], "text": a["text"], "date": a.get("date") or a.get("dct"), "title": a.get("title")}
                 for a in articles[start:start + 20]]
        for document in code_many(batch, settings):
            rows.extend((document.id, event) for event in document.events
                        if (document.id, event.trigger_start) not in seen and _in_band(event, args.band))
        if len(rows) >= args.rows * 3:
            break
    sample = rng.sample(rows, min(args.rows, len(rows)))
    records = []
    for number, (doc_id, e) in enumerate(sample, start=1):
        aux = f" {{{', '.join(e.aux_mode)}}}" if e.aux_mode else ""
        print(f"{number}. {e.event}{aux} ({e.confidence:.2f}) {_side(e.actor)} -> {_side(e.recipient)}  "
              f"[{doc_id} {e.id} trigger '{e.event_text}']\n    {' '.join(e.sentence.split())}")
        records.append({"n": number, "doc": doc_id, "row": e.id, "event": e.event, "aux_mode": e.aux_mode,
                        "actor": [a.code for a in e.actor], "recipient": [r.code for r in e.recipient],
                        "trigger": [e.trigger_start, e.trigger_end], "confidence": e.confidence})
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _in_band(event, band) -> bool:
    return band is None or band[0] <= event.confidence < band[1]


def _corpus_outside_gold(shared: Path) -> list[dict]:
    corpus = shared / "corpus" / "news.jsonl"
    if not corpus.exists():
        raise SystemExit(f"skip: {corpus} not found")
    gold_ids = gold_article_ids()
    return [r for r in map(json.loads, corpus.open(encoding="utf-8")) if r["id"] not in gold_ids]


def gold_article_ids() -> set[str]:
    """The ids of every article of our article gold (all splits, the second annotator's too)."""
    return {row["id"] for row in csv.DictReader((ROOT / "gold" / "articles" / "selection.tsv").open(),
                                                delimiter="\t")}


def _articles(paths: list[Path]) -> list[dict]:
    """The articles of other files, less those of our gold: the corpus holds some of LGL's, and the
    train split's were read for rules (sessions 20 and 21 drew 16-24 rows of 50 from gold articles)."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise SystemExit(f"skip: {', '.join(missing)} not found")
    gold_ids = gold_article_ids()
    return [r for path in paths for r in map(json.loads, path.open(encoding="utf-8"))
            if r.get("text") and r["id"] not in gold_ids]


def html_pages(shared: Path, page_sets: list[str]) -> list[dict]:
    """The English pages of htmldate's sets, as the reader and the cleaner make them."""
    import tempfile

    sys.path.insert(0, str(ROOT / "bench"))
    from html_pages import pages  # the benchmark's reader of the page archives

    from wirecoder.clean import clean
    from wirecoder.ingest import read_sources
    from wirecoder.language import detect_language

    if not (shared / "gold" / "html" / "htmldate_index.jsonl").exists():
        raise SystemExit(f"skip: {shared}/gold/html not found")
    out = []
    with tempfile.TemporaryDirectory() as directory:
        for record, path in pages(shared, directory, None):
            if record["set"] not in page_sets:
                continue
            raw = next(read_sources([path]))
            try:
                document = clean(raw) if raw.error is None else None
            except Exception:  # noqa: BLE001 — a page the cleaner rejects is not drawn from
                document = None
            if document is not None and document.text.strip() and detect_language(document.text) == "en":
                out.append({"id": record["id"], "text": document.text, "title": document.title,
                            "date": document.date})
    return out


if __name__ == "__main__":
    main()
