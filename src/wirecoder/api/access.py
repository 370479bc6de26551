"""What the server holds: one DuckDB database, one spaCy model, and a lock for each.

DuckDB lets one process open a file once, with one configuration, and lets
only one process write it. So the server opens the store once:

- writes off (no token): read-only, external access off. Other processes may
  read the file too (`wirecoder query`), none may write it.
- writes on (a token): read-write, external access off, and no other process
  can open the file while the server runs; `POST /v1/ingest` is the way in.

Each request reads through its own cursor inside a READ ONLY transaction, so
reads run in parallel and see committed data only; ingests take `write_lock`
and run one at a time on the one writer cursor. With external access off no
statement can read or write a file (read_text, COPY, ATTACH, INSTALL fail),
and that cannot be switched back on while the database is open.
"""

from __future__ import annotations

import logging
import os
import threading
from contextlib import contextmanager
from typing import Iterator, Optional

import duckdb

from ..document import Document
from ..errors import WirecoderError
from ..ingest import RawDocument
from ..settings import Settings
from ..store.index import StoryEventIndex
from ..store.schema import LATEST, migrate, schema_version

LOGGER = logging.getLogger(__name__)

# Passed to DuckDB: no file, network or extension access from SQL.
SAFE_CONFIG = {"enable_external_access": False}
# Up to this many event rows the story-event index is built before the
# server answers (well under a second); bigger stores build it in the
# background while requests group the events themselves.
SYNC_INDEX_EVENTS = 200_000


def connect(path: str, writable: bool) -> duckdb.DuckDBPyConnection:
    """Open the store with external access off (read-only unless `writable`)."""
    if not writable and path != ":memory:" and not os.path.exists(path):
        raise WirecoderError(f"there is no store at {path}; create it with `wirecoder ingest PATH --db {path}`")
    try:
        con = duckdb.connect(path, read_only=not writable, config=SAFE_CONFIG)
    except duckdb.Error as exc:
        raise WirecoderError(f"cannot open the store {path}: {exc} (is another process writing it?)") from exc
    if writable:
        migrate(con)
    elif (version := schema_version(con)) != LATEST:
        con.close()
        raise WirecoderError(f"the store {path} is at schema {version}, this wirecoder reads {LATEST}; "
                             "run `wirecoder ingest` on it once to upgrade")
    return con


class StoreAccess:
    """The server's one connection to the store, its reader cursors and its writer."""

    def __init__(self, path: str, writable: bool) -> None:
        self.path = path
        self.writable = writable
        self.con = connect(path, writable)
        self._spawn = threading.Lock()  # cursors are made from the shared connection one at a time
        self.write_lock = threading.Lock()
        self._writer = self.con.cursor() if writable else None
        self.index = StoryEventIndex()
        with self.reader() as con:
            events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        if events <= SYNC_INDEX_EVENTS:
            self.rebuild_index()
        else:
            threading.Thread(target=self.rebuild_index, name="wirecoder-index", daemon=True).start()

    def rebuild_index(self) -> None:
        """Group the store's events into the in-memory story-event index (store/index.py)."""
        with self.reader() as con:
            self.index.build(con)
        LOGGER.info("story-event index: %d rows in %.1f s", self.index.rows, self.index.seconds)

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._spawn:
            cursor = self.con.cursor()
        try:
            cursor.execute("BEGIN TRANSACTION READ ONLY")
            yield cursor
        finally:
            cursor.close()

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._writer is None:
            raise WirecoderError("the store is open read-only")
        with self.write_lock:
            yield self._writer

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self.con.close()


class Coder:
    """The spaCy model, used by one request at a time (a model is not made for
    concurrent calls, and with the GIL threads would not code faster)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lock = threading.Lock()

    def code(self, raw: RawDocument, default_date: Optional[str] = None) -> Document:
        from ..pipeline import code_raw

        with self.lock:
            return next(iter(code_raw([raw], self.settings, default_date=default_date)))

    def chunks(self, chunks):
        """An ingest coder (store.ingest's `coder`) that takes the model lock per batch."""
        from ..pipeline import code_raw

        for chunk in chunks:
            with self.lock:
                documents = list(code_raw([raw for _, _, raw in chunk], self.settings))
            yield chunk, documents

    def warm_up(self) -> None:
        """Load the model and the knowledge tables before the first request needs them."""
        try:
            self.code(RawDocument(id="warm-up", text="Officials met in Paris on Monday.", source="api"))
        except WirecoderError as exc:  # a missing model is reported on the first /v1/code call
            LOGGER.warning("model warm-up failed: %s", exc.message)
