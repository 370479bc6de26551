"""Reading the store: filtered events (counted once per story) and raw SQL.

Entry points: `query_events(con, filters)` and `run_sql(con, sql)`; both
return (column names, row iterator) so callers stream any number of rows.
On a read-only store (schema.SEALED) a statement that would write, touch a
file or change a setting raises `QueryRefused` with a message saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Optional

import duckdb

from ..errors import SQL_REFUSED_FILES, SQL_REFUSED_SETTINGS, SQL_REFUSED_WRITE, QueryRefused
from .words import text_match

# Rows fetched per round trip while streaming results.
FETCH = 1000


# The PLOVER auxiliary modes of an event the text does not assert: "police
# did not arrest anyone" (negation), "the army could attack" (hypothetical).
# Such rows stay in `events` (their evidence can be read) but are no events
# to count: every story-level count, query, page, statistic and export
# leaves them out unless asked for (`include_unasserted`).
UNASSERTED_MODES = ("negation", "hypothetical")


def asserted(aux_mode_column: str) -> str:
    """SQL that is true for a row whose aux modes assert the event."""
    modes = ", ".join(f"'{m}'" for m in UNASSERTED_MODES)
    return f"NOT list_has_any(coalesce({aux_mode_column}, []::VARCHAR[]), [{modes}])"


@dataclass
class EventFilters:
    actor: Optional[str] = None
    recipient: Optional[str] = None
    event: Optional[str] = None
    quad: Optional[int] = None
    since: Optional[str] = None
    until: Optional[str] = None
    country: Optional[str] = None
    text: Optional[str] = None
    limit: Optional[int] = None
    # Also events the text negates or only supposes (UNASSERTED_MODES).
    include_unasserted: bool = False


def query_events(con: duckdb.DuckDBPyConnection, filters: EventFilters) -> tuple[list[str], Iterator[tuple]]:
    """Events matching the filters, one row per (story, type, actor, recipient, date)."""
    where, params = _where(filters)
    sql = f"""
        SELECT coalesce(d.story_id, e.doc_key) AS story_id, e.event, e.mode, e.quad_code,
               array_to_string(e.actor_codes, ';') AS actor, array_to_string(e.recipient_codes, ';') AS recipient,
               coalesce(e.date, d.date) AS date, count(DISTINCT e.doc_key) AS count,
               list(DISTINCT e.doc_id ORDER BY e.doc_id) AS documents, min(e.sentence) AS sentence
        FROM events e JOIN documents_v d USING (doc_key)
        {where}
        GROUP BY ALL ORDER BY date NULLS LAST, story_id, event, actor, recipient
        {"LIMIT " + str(int(filters.limit)) if filters.limit else ""}"""
    return run_sql(con, sql, params)


@dataclass(frozen=True)
class FilterColumns:
    """How one table spells what the structured filters read: `events` joined
    with `documents` here, the story-event index in index.py."""

    actor: str  # a list of actor codes
    recipient: str  # a list of recipient codes
    event: str
    quad: str
    date: str  # an ISO day (YYYY-MM-DD) or longer
    place: str  # a condition on the event's place country, with one `?`
    asserted: str  # a condition true for events the text asserts


EVENT_COLUMNS = FilterColumns(actor="e.actor_codes", recipient="e.recipient_codes", event="e.event",
                              quad="e.quad_code", date="left(coalesce(e.date, d.date), 10)",
                              place="e.loc_country = ?", asserted=asserted("e.aux_mode"))


def filter_clauses(filters: EventFilters, columns: FilterColumns) -> tuple[list[str], list[Any]]:
    """The conditions (always parameterised) of every filter but `text`."""
    clauses: list[str] = []
    params: list[Any] = []
    if not filters.include_unasserted:
        clauses.append(columns.asserted)
    if filters.actor:
        clauses.append(f"list_contains({columns.actor}, ?)")
        params.append(filters.actor.upper())
    if filters.recipient:
        clauses.append(f"list_contains({columns.recipient}, ?)")
        params.append(filters.recipient.upper())
    if filters.event:
        clauses.append(f"{columns.event} = ?")
        params.append(filters.event.upper())
    if filters.quad is not None:
        clauses.append(f"{columns.quad} = ?")
        params.append(int(filters.quad))
    # Dates are ISO strings: lexical order is date order for day dates.
    if filters.since:
        clauses.append(f"{columns.date} >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{columns.date} <= ?")
        params.append(filters.until)
    if filters.country:
        code = filters.country.upper()
        clauses.append(f"({columns.place} OR list_contains({columns.actor}, ?) OR list_contains({columns.recipient}, ?))")
        params.extend([code, code, code])
    return clauses, params


def _where(filters: EventFilters) -> tuple[str, list[Any]]:
    clauses, params = filter_clauses(filters, EVENT_COLUMNS)
    if filters.text:
        # The sentence is part of its document's text: the documents that have
        # the words (words.py: the word index, whole words, case-insensitive).
        match, match_params = text_match(filters.text)
        clauses.append(f"e.doc_key IN (SELECT doc_key FROM documents WHERE seq IN ({match}))")
        params.extend(match_params)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def run_sql(con: duckdb.DuckDBPyConnection, sql: str, params: Optional[list[Any]] = None
            ) -> tuple[list[str], Iterator[tuple]]:
    try:
        cursor = con.execute(sql, params or [])
    except duckdb.Error as exc:
        refused = refusal(exc)
        if refused is not None:
            raise refused from exc
        raise
    columns = [d[0] for d in cursor.description] if cursor.description else []

    def rows() -> Iterator[tuple]:
        while True:
            chunk = cursor.fetchmany(FETCH)
            if not chunk:
                return
            yield from chunk

    return columns, rows()


def refusal(exc: duckdb.Error) -> Optional[QueryRefused]:
    """The QueryRefused a DuckDB error means on a sealed read-only store, or None
    for an ordinary SQL error (a typo, a missing table)."""
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, duckdb.PermissionException):
        template = SQL_REFUSED_FILES
    elif "read-only mode" in detail:
        template = SQL_REFUSED_WRITE
    elif "configuration has been locked" in detail:
        template = SQL_REFUSED_SETTINGS
    else:
        return None
    return QueryRefused(template[1].format(detail=detail), code=template[0])
