"""Ingest: read, code and commit a corpus into the store, batch by batch.

Entry point: `ingest(paths, db, settings, ...)`.

- Idempotent: a document's key is a hash of its id and its content (text or
  HTML, date, title, url); keys already in `documents` or `errors`, or
  taken earlier in the same run, are skipped before coding.
- Resumable: every batch is one transaction (documents with all their rows),
  so a killed run leaves whole batches only; running the same command again
  skips them and codes the rest.
- Flat memory: inputs are streamed, at most a few batches are in flight.
- Failures: a document that cannot be coded becomes an `errors` row.
- Overlapped: the caller's thread codes and builds each batch's rows; a
  writer thread commits them (`_Writer`), so DuckDB's work runs beside the
  next batch's Python. Batches that wait for the writer are committed
  together.
After the last batch, the documents without a story get one (stories.py:
incremental, and the same whatever order documents came in).
"""

from __future__ import annotations

import hashlib
import json
import logging
import queue
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from typing import IO, Any, Callable, Iterable, Iterator, Optional

import duckdb
import pyarrow as pa

from ..document import Actor, Document
from ..ingest import RawDocument, read_sources
from ..settings import Settings, default_settings
from .features import FeatureRows
from .rows import arrow_rows, insert_arrow
from .schema import DEFAULT_DB, open_store, scalar

LOGGER = logging.getLogger(__name__)

# Documents per commit: big enough that the commit cost (~10 ms) is noise
# next to coding 64 articles (~5 s), small enough that a kill loses little.
COMMIT_SIZE = 64
# DuckDB's own memory (its caches, joins and indexes) during an ingest it
# opened. Its default is 80 % of the machine's memory, and it keeps what it
# wrote cached. With 1 GB a first run of 100,000 documents peaked at 2.1 GB
# (process RSS); since the story pass finds candidate pairs for 20,000
# pending documents at a time, 512 MB is enough (it once ran out of memory
# in the one join over all 100,000). With 512 MB the peak of a first run of
# 100,000 generated documents varied from 1.42 to 1.68 GB (it falls in the
# story pass, where the scored vectors sit beside DuckDB's cache); with
# 384 MB it was 1.27-1.32 GB at the same CPU time, within the runs' spread
# (docs/performance.md).
STORE_MEMORY_LIMIT = "384MB"
# DuckDB checkpoints (rewrites the changed tables and their indexes into the
# file) whenever its write-ahead log passes 16 MB, i.e. every few commits
# here; each checkpoint costs more as the store grows, so commits slowed down
# as the store grew (30,000 documents: 121 s with the default, 60 s with
# 256 MB). Why it grows: a checkpoint rewrites every row group appended to,
# and a row group holds 122,880 rows, so until then each checkpoint rewrites
# all of `documents` (the texts) and `story_vectors` (4-5 s at 100,000
# documents). With 1 GB a first run of 30,000 generated documents makes no
# checkpoint until its story pass commits (commits 5.5 s in all, against
# 12.6 s with 256 MB; docs/performance.md), and one of 100,000 makes one on
# the way. A commit is still durable: it is in the log until the checkpoint;
# a killed run's next open replays at most about 1 GB of log. (Until the
# thirtieth session no ingest checkpointed before its end whatever the
# threshold: the main connection held a finished query's transaction open,
# see schema.scalar, and the log of 100,000 documents reached 2 GB.)
CHECKPOINT_THRESHOLD = "1GB"

Chunk = list[tuple[str, str, RawDocument]]
# A coder turns chunks of (key, content hash, raw) into (chunk, documents).
Coder = Callable[[Iterable[Chunk]], Iterator[tuple[Chunk, list[Document]]]]


@dataclass
class IngestSummary:
    run_id: int = 0
    seen: int = 0
    added: int = 0
    skipped: int = 0
    errors: int = 0
    events: int = 0
    words: int = 0
    seconds: float = 0.0
    stories: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def ingest(paths: Iterable[str], db: str = DEFAULT_DB, settings: Optional[Settings] = None,
           workers: int = 1, dask: Optional[str] = None, progress: Optional[IO[str]] = None,
           commit_size: int = COMMIT_SIZE, con: Optional[duckdb.DuckDBPyConnection] = None,
           coder: Optional[Coder] = None, raws: Optional[Iterable[RawDocument]] = None) -> IngestSummary:
    """Code every document under `paths` into the store at `db`; return counts.

    `coder` replaces the coding step (tests use a light one); by default it
    is chosen from `workers` and `dask`. `raws` gives the documents directly
    (the HTTP API's request body); `paths` then only names the run.
    """
    settings = settings or default_settings()
    paths = list(paths)
    own = con is None
    con = con or open_store(db)
    if own:
        con.execute(f"SET memory_limit = '{STORE_MEMORY_LIMIT}'")
        con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
        # Big results need not keep their order (every query that needs one says ORDER BY).
        con.execute("SET preserve_insertion_order = false")
    summary = IngestSummary(run_id=_start_run(con, paths, settings, workers, dask))
    started = time.monotonic()
    meter = Progress(progress, _estimate_total(paths) if raws is None and progress is not None and progress.isatty()
                     else None)
    writer = _Writer(con, summary)
    try:
        sources = iter(raws) if raws is not None else read_sources(paths, max_bytes=settings.max_bytes)
        chunks = _pending_chunks(con, sources, commit_size, summary)
        # Seqs are numbered here, in input order: this ingest is the store's
        # only writer (DuckDB locks the file; the HTTP API holds its write lock).
        next_seq = scalar(con, "SELECT coalesce(max(seq), 0) + 1 FROM documents")
        for chunk, documents in (coder or _coder(settings, workers, dask))(chunks):
            batch = _Batch.build(chunk, documents, next_seq, summary.run_id)
            next_seq += len(batch.rows.documents)
            writer.put(batch)
            meter.update(summary)
        writer.close()
        from .stories import build_stories  # here: datasketch and scipy load only when a run ends

        summary.stories = build_stories(con)
        summary.seconds = time.monotonic() - started
        con.execute("UPDATE runs SET finished_at = now(), status = 'done' WHERE run_id = ?", [summary.run_id])
    finally:
        writer.abandon()
        meter.close()
        if own:
            con.close()
    return summary


def document_key(raw: RawDocument) -> tuple[str, str]:
    """(key, content hash): the key is what makes re-ingesting a no-op."""
    content = hashlib.sha256()
    for part in (raw.text, raw.html, raw.date, raw.title, raw.url):
        content.update((part or "").encode("utf-8", "surrogatepass") + b"\0")
    content_hash = content.hexdigest()
    if raw.error is not None:  # reader failures have no content: key on where and why
        content_hash = hashlib.sha256(f"{raw.source}\0{raw.error.code}".encode()).hexdigest()
    key = hashlib.sha256(f"{raw.id}\0{content_hash}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return key, content_hash


def _pending_chunks(con: duckdb.DuckDBPyConnection, raws: Iterator[RawDocument], size: int,
                    summary: IngestSummary) -> Iterator[list[tuple[str, str, RawDocument]]]:
    """Chunks of (key, content hash, raw) not yet in the store, in input order.

    A key is pending when the store did not hold it when the run started
    and this run has not taken it yet: every key taken is committed by this
    run (or the run fails), so the same article twice, even with both
    copies in flight, is stored once. The run's keys are kept in memory
    (~100 bytes a document); the store is only asked when it held documents
    at the start, which saves a query per batch on a first ingest.
    """
    store_empty = not scalar(con, "SELECT EXISTS (FROM documents) OR EXISTS (FROM errors)")
    taken: set[str] = set()
    while True:
        batch = list(islice(raws, size))
        if not batch:
            return
        keyed = [(*document_key(raw), raw) for raw in batch]
        done = set() if store_empty else _existing(con, [k for k, _, _ in keyed if k not in taken])
        pending = []
        for key, content_hash, raw in keyed:
            if key in done or key in taken:
                summary.skipped += 1
                continue
            taken.add(key)
            pending.append((key, content_hash, raw))
        summary.seen += len(batch)
        if pending:
            yield pending


def _existing(con: duckdb.DuckDBPyConnection, keys: list[str]) -> set[str]:
    if not keys:
        return set()
    # The keys go in as one Arrow column: DuckDB's Python client tries to
    # import pandas for every `?` parameter, which cost ~1 ms per key.
    con.register("_wirecoder_keys", pa.table({"doc_key": pa.array(keys, type=pa.string())}))
    try:
        rows = con.execute("""SELECT doc_key FROM documents SEMI JOIN _wirecoder_keys USING (doc_key)
                              UNION ALL SELECT error_key FROM errors
                              SEMI JOIN _wirecoder_keys k ON error_key = k.doc_key""").fetchall()
    finally:
        con.unregister("_wirecoder_keys")
    return {row[0] for row in rows}


def _coder(settings: Settings, workers: int, dask: Optional[str]):
    """A function from chunks of raws to (chunk, coded documents), in order."""
    if dask:
        from ..distributed import dask_coder

        return dask_coder(dask, settings)
    if workers > 1:
        from ..distributed import process_coder

        return process_coder(workers, settings)
    from ..pipeline import code_raw

    def local(chunks):
        # One code_raw over the whole stream, cut back into the chunks: a
        # code_raw per chunk would drain spaCy's batches and the stage
        # thread at every chunk's end, so parse and stages stopped
        # overlapping for a quarter of the documents.
        started: deque = deque()

        def raws():
            for chunk in chunks:
                started.append(chunk)
                yield from (raw for _, _, raw in chunk)

        coded: list[Document] = []
        for document in code_raw(raws(), settings):
            coded.append(document)
            if len(coded) == len(started[0]):
                yield started.popleft(), coded
                coded = []

    return local


@dataclass
class _Batch:
    """One commit's documents and every row they give, built before the store is touched."""

    chunk: Chunk
    documents: list[Document]
    first_seq: int
    run_id: int
    rows: "_Rows"

    @classmethod
    def build(cls, chunk: Chunk, documents: list[Document], first_seq: int, run_id: int) -> "_Batch":
        rows = _Rows()
        seq = first_seq
        for (key, content_hash, raw), document in zip(chunk, documents, strict=True):
            if document.error is not None:
                rows.errors.append((key, document.id, raw.source, document.error.code, document.error.message, run_id))
                continue
            rows.add_document(key, content_hash, seq, run_id, raw, document)
            seq += 1
        rows.prepare()
        return cls(chunk, documents, first_seq, run_id, rows)


class _Writer:
    """Commits batches in order, in a thread of its own, while the caller builds the next one.

    DuckDB does its work outside Python's lock, so on two cores writing a
    batch overlaps with coding and building the next (docs/performance.md).
    At most `WAITING` batches wait. When the caller builds batches faster
    than they are written (a fast coder, or a replay), the waiting ones are
    committed together, as one transaction: a commit's fixed costs (a dozen
    statements, each waiting for Python's lock to come back, and the log's
    sync) are then shared, and a killed run still leaves whole batches only.
    A failed commit is raised to the caller at its next `put` or at `close`,
    and no later batch is written.
    """

    # Batches that may wait for the writer: each holds one commit's rows
    # (64 documents by default), so a few cost little memory.
    WAITING = 4

    def __init__(self, con: duckdb.DuckDBPyConnection, summary: IngestSummary) -> None:
        self.con = con.cursor()  # a connection of its own to the same database
        self.summary = summary
        self.error: Optional[BaseException] = None
        self.queue: queue.Queue[Optional[_Batch]] = queue.Queue(maxsize=self.WAITING)
        self.thread = threading.Thread(target=self._run, name="wirecoder-writer", daemon=True)
        self.thread.start()

    def put(self, batch: _Batch) -> None:
        self._raise()
        self.queue.put(batch)

    def close(self) -> None:
        """Wait until every batch put is committed; raise the first failure."""
        self._stop()
        self._raise()

    def abandon(self) -> None:
        """Stop after the batch being written (the caller failed): the rest is not written."""
        if self.thread.is_alive():
            self.error = self.error or _Abandoned()
            self._stop()
        self.con.close()

    def _stop(self) -> None:
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()

    def _raise(self) -> None:
        if self.error is not None and not isinstance(self.error, _Abandoned):
            raise self.error

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            batches, stop = self._with_waiting(batch)
            if self.error is None:
                try:
                    _commit(self.con, self.summary, batches)
                except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                    self.error = exc
            if stop:
                return

    def _with_waiting(self, batch: _Batch) -> tuple[list[_Batch], bool]:
        """`batch` and the batches already waiting behind it; and whether the end mark was among them."""
        batches = [batch]
        while True:
            try:
                waiting = self.queue.get_nowait()
            except queue.Empty:
                return batches, False
            if waiting is None:
                return batches, True
            batches.append(waiting)


class _Abandoned(Exception):
    pass


def _commit(con: duckdb.DuckDBPyConnection, summary: IngestSummary, batches: list[_Batch]) -> None:
    """One transaction: every row of every document in the batches, or none."""
    rows = _Rows.merged([batch.rows for batch in batches])
    con.execute("BEGIN TRANSACTION")
    try:
        rows.write(con)
        con.execute("""UPDATE runs SET docs_seen = ?, docs_added = docs_added + ?, errors_added = errors_added + ?,
                       events_added = events_added + ? WHERE run_id = ?""",
                    [summary.seen, len(rows.documents), len(rows.errors), len(rows.events), batches[0].run_id])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    summary.added += len(rows.documents)
    summary.errors += len(rows.errors)
    summary.events += len(rows.events)
    summary.words += sum(row[11] for row in rows.documents)


class _Rows:
    """The rows of one commit, table by table."""

    DOCUMENT_COLUMNS = ("doc_key", "id", "content_hash", "seq", "run_id", "source", "url", "title", "lang",
                        "date", "date_source", "n_words", "text", "warnings", "meta", "removed")
    EVENT_COLUMNS = ("event_key", "doc_key", "doc_id", "event_id", "event", "mode", "context", "quad_code",
                     "cameo", "actor_codes", "recipient_codes", "actor_names", "recipient_names", "date",
                     "date_precision", "date_text", "event_text", "sentence", "start_offset", "end_offset",
                     "loc_name", "loc_country", "loc_lat", "loc_lon", "loc_geonameid", "aux_mode", "confidence",
                     "source_of_claim")

    def __init__(self) -> None:
        self.documents: list[tuple] = []
        self.events: list[tuple] = []
        self.actors: list[tuple] = []
        self.quotes: list[tuple] = []
        self.dates: list[tuple] = []
        self.places: list[tuple] = []
        self.entities: list[tuple] = []
        self.features = FeatureRows()
        self.errors: list[tuple] = []
        self.tables: list[tuple[str, pa.Table]] = []

    def add_document(self, key: str, content_hash: str, seq: int, run_id: int, raw: RawDocument,
                     document: Document) -> None:
        # Attributes are read directly: Document.to_dict() costs more than
        # every other step of a commit together (dataclasses.asdict).
        n_words = len(document.text.split())
        warnings = [{"code": w.code, "message": w.message} for w in document.warnings]
        removed = [{"kind": r.kind, "text": r.text} for r in document.removed]
        self.documents.append((key, document.id, content_hash, seq, run_id, raw.source, document.url,
                               document.title, document.lang, document.date, document.date_source, n_words,
                               document.text, _json(warnings), _json(document.meta, default=str), _json(removed)))
        for n, event in enumerate(document.events):
            event_key = f"{key}:{n}"
            loc = event.event_loc or {}
            claim = event.source_of_claim
            self.events.append((
                event_key, key, document.id, event.id, event.event, event.mode, list(event.context),
                event.quad_code, event.cameo, _codes(event.actor), _codes(event.recipient),
                [a.name or a.entity_text for a in event.actor], [a.name or a.entity_text for a in event.recipient],
                event.date, event.date_precision, event.date_text, event.event_text, event.sentence, event.start,
                event.end, loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"), loc.get("geonameid"),
                list(event.aux_mode), event.confidence, _json(_actor_dict(claim) if claim else None)))
            for role, actors in (("actor", event.actor), ("recipient", event.recipient)):
                for position, actor in enumerate(actors):
                    self.actors.append((event_key, role, position, actor.entity_text, actor.name, actor.code,
                                        list(actor.sector)))
        for n, quote in enumerate(document.quotes):
            speaker = quote.speaker
            self.quotes.append((key, n, quote.text, quote.start, quote.end, quote.direct, quote.cue,
                                speaker.entity_text if speaker else None, speaker.name if speaker else None,
                                speaker.code if speaker else None))
        for n, mention in enumerate(document.dates):
            self.dates.append((key, n, mention.text, mention.start, mention.end, mention.value, mention.precision))
        for n, place in enumerate(document.places):
            self.places.append((key, n, place.text, place.start, place.end, place.name, place.country, place.lat,
                                place.lon, place.geonameid, place.feature, place.admin1, bool(place.demonym)))
        for n, entity in enumerate(document.entities):
            self.entities.append((key, n, entity.text, entity.label, entity.start, entity.end))
        self.features.add(key, seq, document.title, document.text, document.date)

    def prepare(self) -> None:
        """Build every table's Arrow rows, word features included, before the store is touched.

        Here, in the caller's thread: computed in the writer's thread, the
        features (numpy, but many small calls) slowed both threads down.
        """
        self.tables = [(table, arrow_rows(columns, rows)) for table, columns, rows in (
            ("documents", self.DOCUMENT_COLUMNS, self.documents),
            ("events", self.EVENT_COLUMNS, self.events),
            ("event_actors", ("event_key", "role", "position", "entity_text", "name", "code", "sector"), self.actors),
            ("quotes", ("doc_key", "n", "text", "start_offset", "end_offset", "direct", "cue", "speaker_text",
                        "speaker_name", "speaker_code"), self.quotes),
            ("dates", ("doc_key", "n", "text", "start_offset", "end_offset", "value", "precision"), self.dates),
            ("places", ("doc_key", "n", "text", "start_offset", "end_offset", "name", "country", "lat", "lon",
                        "geonameid", "feature", "admin1", "demonym"), self.places),
            ("entities", ("doc_key", "n", "text", "label", "start_offset", "end_offset"), self.entities),
        ) if rows] + self.features.tables()

    @classmethod
    def merged(cls, parts: list["_Rows"]) -> "_Rows":
        """The rows of several prepared commits as one: each table's Arrow rows concatenated (no copy)."""
        if len(parts) == 1:
            return parts[0]
        merged = cls()
        for name in ("documents", "events", "errors"):
            setattr(merged, name, [row for part in parts for row in getattr(part, name)])
        tables: dict[str, list[pa.Table]] = {}
        for part in parts:
            for table, arrow in part.tables:
                tables.setdefault(table, []).append(arrow)
        # A column one batch has only nulls (or empty lists) in is typed null
        # there (arrow_rows): "permissive" gives it the other batches' type.
        merged.tables = [(table, pa.concat_tables(arrows, promote_options="permissive"))
                         for table, arrows in tables.items()]
        return merged

    def write(self, con: duckdb.DuckDBPyConnection) -> None:
        for table, arrow in self.tables:
            insert_arrow(con, table, arrow)
        if self.errors:
            con.executemany("INSERT INTO errors VALUES (?, ?, ?, ?, ?, ?, now())", self.errors)


def _json(value: Any, **options: Any) -> str:
    """json.dumps(value), without its cost for the empty values most rows hold (~3 per document)."""
    if value is None:
        return "null"
    if isinstance(value, (list, dict)) and not value:
        return "[]" if isinstance(value, list) else "{}"
    return json.dumps(value, **options)


def _codes(actors: list[Actor]) -> list[str]:
    """Sorted distinct codes: the key under which copies of an event meet."""
    return sorted({a.code for a in actors if a.code})


def _actor_dict(actor: Actor) -> dict[str, Any]:
    return {"entity_text": actor.entity_text, "name": actor.name, "code": actor.code, "sector": list(actor.sector),
            "start": actor.start, "end": actor.end}


def _start_run(con: duckdb.DuckDBPyConnection, paths: list[str], settings: Settings, workers: int,
               dask: Optional[str]) -> int:
    run_id = scalar(con, "SELECT coalesce(max(run_id), 0) + 1 FROM runs")
    config = {"model": settings.model, "batch_size": settings.batch_size, "workers": workers, "dask": dask}
    con.execute("INSERT INTO runs (run_id, started_at, status, command, settings) VALUES (?, now(), 'running', ?, ?)",
                [run_id, "ingest " + " ".join(paths), json.dumps(config)])
    return run_id


def _estimate_total(paths: list[str]) -> Optional[int]:
    """Documents to expect, for the ETA: JSONL lines plus other files (cheap)."""
    import os

    total = 0
    for path in paths:
        files = [path] if os.path.isfile(path) else [os.path.join(root, name) for root, _, names in os.walk(path)
                                                      for name in names]
        for name in files:
            if name.endswith((".jsonl", ".ndjson")):
                with open(name, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total or None


class Progress:
    """A one-line progress meter with rate and ETA, only on a terminal."""

    def __init__(self, stream: Optional[IO[str]], total: Optional[int]) -> None:
        self.stream = stream if stream is not None and stream.isatty() else None
        self.total = total
        self.started = time.monotonic()

    def update(self, summary: IngestSummary) -> None:
        if self.stream is None:
            return
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = summary.seen / elapsed
        line = f"\r{summary.seen}"
        if self.total:
            left = max(self.total - summary.seen, 0)
            eta = left / rate if rate else 0
            line += f"/{self.total} ({100 * summary.seen / self.total:.0f}%) ETA {int(eta // 60)}m{int(eta % 60):02d}s"
        line += f"  {rate:.1f} docs/s  +{summary.added} new, {summary.skipped} already in, {summary.errors} errors"
        self.stream.write(line)
        self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()


def default_progress_stream() -> IO[str]:
    return sys.stderr
