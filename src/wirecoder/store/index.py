"""An in-memory index of story-level events, so filtered pages come back fast on big stores.

Entry point: `StoryEventIndex.build(con)` reads the store once (one
aggregation over all events) into a private in-memory DuckDB database; then
`where(filters)` gives the SQL to filter it, and `browse.event_page` /
`browse.event_stats` use it instead of grouping the events on every request.

Why: grouping a million event mentions into story-level events takes seconds,
and a broad filter (one actor in half the rows) cannot avoid it; filtering
the already grouped rows takes tens of milliseconds. The store file is not
changed (a migration adding this table is the lasting fix; until then the
server builds it when it starts and after each ingest). The text filter reads
the store's word index (words.py) and keeps the grouped rows of the matching
documents (`doc_ords`). The documents' text is not copied here: on a store of
a million documents that copy held gigabytes in memory, for no caller (every
text filter has the store at hand).

Filters mean what `wirecoder query` means, at story level: a story-level
event matches when its place (any mention's), actor or recipient has the
country code, and when the text is in any of its documents; its `count` and
`documents` are then all its copies, not only the matching ones.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Optional

import duckdb
import pyarrow as pa

from .query import EventFilters, FilterColumns, asserted, filter_clauses
from .words import matching_seqs

# One row per story-level event, with its first mention (lowest event key)
# as evidence and what the filters and the stats need.
BUILD_SQL = f"""
    SELECT coalesce(d.story_id, e.doc_key) AS story_id, e.event, e.mode, e.quad_code,
           e.actor_codes AS actor, e.recipient_codes AS recipient, coalesce(e.date, d.date) AS date,
           count(DISTINCT e.doc_key) AS count, list(DISTINCT e.doc_id ORDER BY e.doc_id) AS documents,
           min(e.event_key) AS event_key,
           CASE WHEN regexp_matches(coalesce(e.date, d.date), '^\\d{{4}}-\\d{{2}}-\\d{{2}}')
                THEN left(coalesce(e.date, d.date), 10) ELSE min(left(d.date, 10)) END AS day,
           arg_min(e.loc_name, e.event_key) AS loc_name, arg_min(e.loc_country, e.event_key) AS loc_country,
           arg_min(e.loc_lat, e.event_key) AS loc_lat, arg_min(e.loc_lon, e.event_key) AS loc_lon,
           list(DISTINCT e.loc_country) FILTER (WHERE e.loc_country IS NOT NULL) AS loc_countries,
           list(DISTINCT d.seq) AS doc_seqs, {asserted("e.aux_mode")} AS asserted
    FROM events e JOIN documents_v d USING (doc_key)
    GROUP BY coalesce(d.story_id, e.doc_key), e.event, e.mode, e.quad_code, e.actor_codes, e.recipient_codes,
             coalesce(e.date, d.date), {asserted("e.aux_mode")}"""
# The grouped rows, numbered in page order (newest first) so a page is a
# top-N over one integer, with the day prefix of the date kept as a column.
SE_SQL = """SELECT row_number() OVER (ORDER BY date DESC NULLS LAST, story_id, event, event_key)::INTEGER AS ord,
                   * EXCLUDE (doc_seqs), left(date, 10) AS date10
            FROM _arrow ORDER BY ord"""
# The grouped rows of each document, for the text filter: one row per
# document (not per row and document), so matching documents are found in
# a table of ~70,000 rows rather than ~900,000 on a million events.
DOC_ORDS_SQL = """SELECT seq, list(ord ORDER BY ord) AS ords FROM (SELECT ord, unnest(doc_seqs) AS seq FROM _ranked)
                  GROUP BY seq ORDER BY seq"""
SAFE_CONFIG = {"enable_external_access": False}


class StoryEventIndex:
    def __init__(self) -> None:
        self._con: Optional[duckdb.DuckDBPyConnection] = None
        self._lock = threading.Lock()
        self.rows = 0
        self.seconds = 0.0

    @property
    def ready(self) -> bool:
        return self._con is not None

    def build(self, store: duckdb.DuckDBPyConnection) -> "StoryEventIndex":
        """(Re)build from the store; readers keep the old copy until the new one is in place."""
        started = time.monotonic()
        fresh = duckdb.connect(":memory:", config=SAFE_CONFIG)
        fresh.register("_arrow", store.execute(BUILD_SQL).to_arrow_table())
        fresh.execute("CREATE TEMP TABLE _ranked AS SELECT row_number() OVER (ORDER BY date DESC NULLS LAST, story_id, "
                      "event, event_key)::INTEGER AS ord, doc_seqs FROM _arrow")
        fresh.execute(f"CREATE TABLE se AS {SE_SQL}")
        fresh.execute(f"CREATE TABLE doc_ords AS {DOC_ORDS_SQL}")
        fresh.execute("DROP TABLE _ranked")
        fresh.unregister("_arrow")
        self.rows = fresh.execute("SELECT count(*) FROM se").fetchone()[0]
        with self._lock:
            old, self._con = self._con, fresh
        if old is not None:
            old.close()
        self.seconds = time.monotonic() - started
        return self

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            if self._con is None:
                raise RuntimeError("the story-event index is not built yet")
            return self._con.cursor()


# The index's `se` table: one row per story-level event, its date as a day.
INDEX_COLUMNS = FilterColumns(actor="actor", recipient="recipient", event="event", quad="quad_code", date="date10",
                              place="list_contains(loc_countries, ?)", asserted="asserted")


def where(filters: EventFilters, store: Optional[duckdb.DuckDBPyConnection] = None,
          cursor: Optional[duckdb.DuckDBPyConnection] = None) -> tuple[str, list[Any]]:
    """WHERE clause and parameters over the index's `se` table (always parameterised).

    A `text` filter needs `store` (a connection to the store the index was
    built from), whose word index gives the matching documents, and `cursor`
    (the index cursor the clause will run on), which gets them registered.
    """
    clauses, params = filter_clauses(filters, INDEX_COLUMNS)
    if filters.text:
        if store is None or cursor is None:
            raise ValueError("the text filter needs the store and the index cursor")
        # The sentence is part of its document's text, so "in the sentence or
        # the article" is "in one of its documents": those the store's word
        # index gives (words.py). An Arrow table, not a list parameter: DuckDB
        # converts a list of 10,000 integers value by value (seconds).
        cursor.register("_wc_text_seqs", pa.table({"seq": pa.array(matching_seqs(store, filters.text))}))
        clauses.append("ord IN (SELECT unnest(ords) FROM doc_ords WHERE seq IN (SELECT seq FROM _wc_text_seqs))")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params
