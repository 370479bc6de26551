"""The corpus store: an embedded DuckDB database of coded documents.

Entry points: `open_store` (schema.py), `ingest` (ingest.py),
`build_stories` (stories.py), `query_events` / `run_sql` (query.py) and
`export` (export.py). docs/store.md describes the tables.

Reading the store (query, sql, export) must not pay for what only ingest
needs (datasketch and scipy, 1-2 s to import): `build_stories` is imported
on first use, and ingest.py imports the duplicate and story passes inside
the functions that run them.
"""

from typing import Any

from .export import export
from .ingest import IngestSummary, ingest
from .query import EventFilters, query_events, run_sql
from .schema import DEFAULT_DB, open_store

__all__ = ["DEFAULT_DB", "EventFilters", "IngestSummary", "build_stories", "export", "ingest", "open_store",
           "query_events", "run_sql"]


def __getattr__(name: str) -> Any:
    if name == "build_stories":
        from .stories import build_stories

        return build_stories
    raise AttributeError(f"module 'wirecoder.store' has no attribute {name!r}")
