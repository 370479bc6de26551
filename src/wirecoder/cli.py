"""The command line: a thin layer over the library API.

Exit status: 0 when every document was coded, 2 when any failed (each
failure still gets its output line with `error`), 1 on usage errors.
"""

from __future__ import annotations

import json
import logging
import sys
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Iterable, Iterator, Optional

import click

from .errors import WirecoderError
from .settings import default_settings

if TYPE_CHECKING:
    from .document import Document

EXIT_OK, EXIT_USAGE, EXIT_FAILED_DOCS = 0, 1, 2


def _check_date(ctx, param, value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise click.BadParameter(f"'{value}' is not a date in YYYY-MM-DD form") from exc


model_option = click.option("--model", default=None, help="spaCy model: md (default), sm, or a model path.")


def event_options(command):
    """Which event rows are written: shared by `code` and `ingest`."""
    command = click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
                           help="Leave out events below this calibrated confidence (default "
                                "Settings.min_confidence, chosen for precision; see docs/accuracy.md).")(command)
    return click.option("--allow-empty-actor", is_flag=True, default=False,
                        help="Also write events whose actor could not be coded (left out by default).")(command)


def _event_settings(min_confidence: Optional[float], allow_empty_actor: bool) -> dict:
    return {"min_confidence": min_confidence, "require_actor": False if allow_empty_actor else None}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
@click.version_option(package_name="wirecoder")
def main(verbose: bool) -> None:
    """wirecoder: raw news articles in, PLOVER event data out.

    Example: wirecoder code examples/ --format pretty
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


@main.command("code")
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="jsonl", show_default=True,
              help="jsonl: one JSON document per line; pretty: a summary for people.")
@click.option("--date", callback=_check_date, help="Article date (YYYY-MM-DD) for inputs that have none.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write to FILE instead of stdout.")
@click.option("--actors", "actor_dictionary", type=click.Path(exists=True, dir_okay=False),
              help="Your own actor dictionary (.yaml, .csv or PETRARCH .actors); it takes precedence.")
@model_option
@event_options
def code_command(paths: tuple[str, ...], fmt: str, date: Optional[str], out: Optional[str],
                 actor_dictionary: Optional[str], model: Optional[str], min_confidence: Optional[float],
                 allow_empty_actor: bool) -> None:
    """Code articles (.txt, .html, .jsonl files, directories, or - for stdin).

    Example: wirecoder code article.txt --date 2024-05-21 --format pretty
    """
    # Imported here, not at the top: spaCy and the readers are what `code`
    # needs, and `--help`, `sql` or `query` should not pay for them.
    from .ingest import read_sources
    from .pipeline import code_raw

    # The stages run in a second process beside the parse once a run passes
    # 32 documents (Settings.stage_process): the whole corpus codes in about
    # the time of spaCy's parse instead of 1.5-1.7 times it (docs/performance.md).
    settings = default_settings().with_overrides(model=model, actor_dictionary=actor_dictionary, stage_process=True,
                                                 **_event_settings(min_confidence, allow_empty_actor))
    raws = read_sources(list(paths) or ["-"], max_bytes=settings.max_bytes)
    handle: IO[str] = open(out, "w", encoding="utf-8") if out else sys.stdout
    try:
        failed = write_documents(code_raw(raws, settings, default_date=date), handle, fmt)
    except WirecoderError as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        if out:
            handle.close()
    _QUICK_EXIT.append(True)
    sys.exit(EXIT_FAILED_DOCS if failed else EXIT_OK)


# Set by `code` when it has written everything: its process may then end
# without the interpreter's teardown (see run()).
_QUICK_EXIT: list[bool] = []


def write_documents(documents: Iterable[Document], handle: IO[str], fmt: str) -> int:
    """Write each document as it is coded; return how many failed."""
    failed = 0
    for document in documents:
        failed += document.error is not None
        if fmt == "pretty":
            handle.write(format_pretty(document) + "\n")
        else:
            handle.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
        handle.flush()
    return failed


def format_pretty(document: Document) -> str:
    lines = [f"== {document.id}"]
    if document.error:
        lines.append(f"   ERROR {document.error.code}: {document.error.message}")
        return "\n".join(lines)
    lines.append(f"   title: {document.title or '(none)'}")
    lines.append(f"   date:  {document.date or '(unknown)'} (from {document.date_source})")
    for warning in document.warnings:
        lines.append(f"   warning {warning.code}: {warning.message}")
    if document.removed:
        kinds = sorted({r.kind for r in document.removed})
        lines.append(f"   removed: {len(document.removed)} chrome lines ({', '.join(kinds)})")
    lines.append(f"   events: {len(document.events)}")
    for event in document.events:
        lines.append("     " + format_event(event))
    if document.quotes:
        lines.append(f"   quotes: {len(document.quotes)}")
    return "\n".join(lines)


def _implied(actor) -> str:
    return f"(implied: {actor.name})" if actor.name else "(implied)"


def format_event(event) -> str:
    def side(actors, empty: str) -> str:
        # An actor with no words is implied (docs/schema.md): say so, with
        # the name the article gives it elsewhere, if any.
        return " + ".join(f"{a.entity_text or _implied(a)} [{a.code or '?'}{'/' + ','.join(a.sector) if a.sector else ''}]"
                          for a in actors) or empty

    aux = f" {{{', '.join(event.aux_mode)}}}" if event.aux_mode else ""
    mode = f"/{event.mode}" if event.mode else ""
    when = event.date or "no date"
    if event.date_precision and event.date_precision != "day":
        when += f", {event.date_precision}"
    # No actor is unknown; no recipient is an act aimed at no one (a meeting, a protest).
    return f"{event.event}{mode} {side(event.actor, '?')} → {side(event.recipient, '(none)')} ({when}){aux}"


@main.command("eval")
@click.argument("task")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON instead of a table.")
@click.option("--limit", type=int, default=None, help="Score only the first N gold records.")
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False),
              help="articles: the JSONL holding the gold's article texts (default ../shared/corpus/news.jsonl).")
@model_option
@event_options
def eval_command(task: str, gold: str, as_json: bool, limit: Optional[int], corpus: Optional[str],
                 model: Optional[str], min_confidence: Optional[float], allow_empty_actor: bool) -> None:
    """Score wirecoder against a gold file in the shared/gold formats.

    Tasks are the modules of wirecoder.evaluate (events, articles, quotes, time, geo, ...).

    Example: wirecoder eval articles gold/articles/test.jsonl
    """
    from .evaluate import load_task

    module = load_task(task)
    # As `code` does: what is scored is what users run (and a long gold set codes faster).
    settings = default_settings().with_overrides(model=model, stage_process=True,
                                                 **_event_settings(min_confidence, allow_empty_actor))
    if corpus and task != "articles":
        raise click.UsageError("--corpus is for the articles task")
    result = module.run(gold, settings, limit, corpus=corpus) if task == "articles" else module.run(gold, settings, limit)
    click.echo(json.dumps(result, indent=2, ensure_ascii=False) if as_json else module.format_table(result))


db_option = click.option("--db", default="wirecoder.duckdb", show_default=True, type=click.Path(dir_okay=False),
                         help="The store (a DuckDB file).")


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=int, default=1, show_default=True, help="Worker processes that code in parallel.")
@click.option("--dask", default=None, metavar="ADDRESS|local", help="Code on a Dask cluster (scheduler address).")
@click.option("--batch", "commit_size", type=click.IntRange(1), default=64, show_default=True,
              help="Documents per committed batch (what a crash can lose and a rerun redoes).")
@click.option("--json", "as_json", is_flag=True, help="Print the run's counts as JSON.")
@model_option
@event_options
def ingest_command(paths: tuple[str, ...], db: str, workers: int, dask: Optional[str], commit_size: int,
                   as_json: bool, model: Optional[str], min_confidence: Optional[float],
                   allow_empty_actor: bool) -> None:
    """Code a corpus into the store: idempotent, resumable, in batches.

    Example: wirecoder ingest news.jsonl --db news.duckdb --workers 2
    """
    from .store import ingest

    # One process: its stages run in a second process beside the parse (Settings.stage_process).
    settings = default_settings().with_overrides(model=model, stage_process=workers == 1 and not dask,
                                                 **_event_settings(min_confidence, allow_empty_actor))
    summary = ingest(list(paths), db, settings, workers=workers, dask=dask, progress=sys.stderr,
                     commit_size=commit_size)
    if as_json:
        click.echo(json.dumps(summary.as_dict()))
    else:
        click.echo(f"run {summary.run_id}: {summary.seen} read, {summary.added} added, {summary.skipped} already in "
                   f"the store, {summary.errors} errors, {summary.events} events; "
                   f"{summary.stories.get('stories', 0)} stories, {summary.stories.get('duplicates', 0)} duplicates")


def _write_rows(columns: list[str], rows, fmt: Optional[str]) -> None:
    from .store.export import write_csv, write_jsonl

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    records = (dict(zip(columns, row, strict=True)) for row in rows)
    if fmt == "jsonl":
        write_jsonl(records, sys.stdout)
    elif fmt == "csv":
        write_csv(columns, records, sys.stdout)
    else:
        from .store.export import flat

        table = [[str(flat(r[c])) for c in columns] for r in records]
        widths = [min(40, max([len(c)] + [len(row[i]) for row in table])) for i, c in enumerate(columns)]
        click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
        for row in table:
            click.echo("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths, strict=True)))


@contextmanager
def _reading(db: str, allow_files: bool = False) -> Iterator:
    """The store opened read-only and sealed (docs/store.md), closed afterwards;
    a refusal or an unreadable store is a usage error (exit 1)."""
    from .store import open_store

    try:
        con = open_store(db, read_only=True, allow_files=allow_files)
    except WirecoderError as exc:
        raise click.ClickException(exc.message) from exc
    try:
        yield con
    except WirecoderError as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        con.close()


format_option = click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default=None,
                             help="Output: table (default on a terminal), jsonl (default otherwise) or csv.")


@main.command("query")
@db_option
@click.option("--actor", help="Actor code (e.g. RUS).")
@click.option("--recipient", help="Recipient code (e.g. USA).")
@click.option("--event", help="PLOVER event type (e.g. REJECT).")
@click.option("--quad", type=click.IntRange(1, 4), help="Quad code 1-4.")
@click.option("--since", callback=_check_date, help="Events on or after YYYY-MM-DD.")
@click.option("--until", callback=_check_date, help="Events on or before YYYY-MM-DD.")
@click.option("--country", help="Country code of the place, actor or recipient.")
@click.option("--text", help="Whole words in the sentence or the article (all of them; docs/store.md, Query).")
@click.option("--limit", type=int, default=None, help="At most N rows.")
@click.option("--include-unasserted", is_flag=True,
              help="Also events the text negates or only supposes (aux_mode negation or hypothetical).")
@format_option
def query_command(db: str, fmt: Optional[str], **filters) -> None:
    """Events in the store, each counted once per story.

    Example: wirecoder query --actor RUS --event REJECT --since 2022-01-01
    """
    from .store import EventFilters, query_events

    with _reading(db) as con:
        columns, rows = query_events(con, EventFilters(**filters))
        _write_rows(columns, rows, fmt)


@main.command("sql")
@click.argument("statement")
@db_option
@format_option
@click.option("--allow-files", is_flag=True,
              help="Let the SQL read and write files (COPY, read_csv, ATTACH...); the store stays read-only.")
def sql_command(statement: str, db: str, fmt: Optional[str], allow_files: bool) -> None:
    """Run SQL on the store: read-only, no file access unless --allow-files.

    Writes, file reads and writes, ATTACH and extensions are refused (exit 1);
    see docs/store.md for the tables and the rules.

    Example: wirecoder sql "SELECT event, count(*) FROM events GROUP BY 1"
    """
    import duckdb

    from .store import run_sql

    with _reading(db, allow_files) as con:
        try:
            columns, rows = run_sql(con, statement)
            _write_rows(columns, rows, fmt)
        except duckdb.Error as exc:
            raise click.ClickException(str(exc)) from exc


@main.command("export")
@db_option
@click.option("--what", type=click.Choice(["events", "documents", "quotes", "stories"]), default="events",
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "plover", "gdelt"]), default="jsonl",
              show_default=True, help="plover and gdelt export events only; parquet needs --out.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write to FILE instead of stdout.")
@click.option("--include-unasserted", is_flag=True,
              help="Events: also those the text negates or only supposes (aux_mode negation or hypothetical).")
def export_command(db: str, what: str, fmt: str, out: Optional[str], include_unasserted: bool) -> None:
    """Export the store's events, documents, quotes or stories.

    Events are the asserted ones, once per story, unless --include-unasserted.

    Example: wirecoder export --what documents --format csv --out docs.csv
    """
    from .store import export

    with _reading(db) as con:
        export(con, what, fmt, out or sys.stdout, include_unasserted)


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="WIRECODER_TOKEN", default=None,
              help="Bearer token for POST /v1/ingest (or WIRECODER_TOKEN); none: writes off, store read-only.")
@click.option("--max-body", type=click.IntRange(1024), default=None,
              help="Largest request body in bytes (default 5 MiB); bigger ones get 413.")
@model_option
def serve_command(db: str, host: str, port: int, token: Optional[str], max_body: Optional[int],
                  model: Optional[str]) -> None:
    """Serve the HTTP API (/v1/..., schema at /docs) and the web reader over the store.

    Example: wirecoder serve --db news.duckdb --port 8000
    """
    from .api import DEFAULT_MAX_BODY, serve

    settings = default_settings().with_overrides(model=model)
    serve(db, host=host, port=port, token=token or None, settings=settings, max_body=max_body or DEFAULT_MAX_BODY,
          announce=click.echo)


def run() -> None:
    """Console entry point: usage errors exit 1 (click's default is 2, which
    our contract reserves for failed documents), never a traceback."""
    try:
        result = main.main(standalone_mode=False)
    except SystemExit as exc:
        if _QUICK_EXIT:
            _quick_exit(exc.code if isinstance(exc.code, int) else EXIT_OK)
        raise
    except click.ClickException as exc:  # includes click.UsageError
        exc.show()
        sys.exit(EXIT_USAGE)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(EXIT_USAGE)
    except WirecoderError as exc:
        click.echo(f"Error: {exc.message}", err=True)
        sys.exit(EXIT_USAGE)
    sys.exit(result if isinstance(result, int) else EXIT_OK)


def _quick_exit(status: int) -> None:
    """End `wirecoder code` without the interpreter's teardown: freeing the
    spaCy model and ~1,300 modules one by one costs 0.5-1 s of a 2 s run
    (docs/performance.md) and frees nothing the system would not. Only after
    `code` has written and closed its output; atexit handlers still run."""
    import atexit
    import os

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`) or stream: nothing more to write
            pass
    os._exit(status)
