"""The corpus store: an embedded DuckDB database of coded documents.

Entry points: `open_store` (schema.py), `ingest` (ingest.py),
`build_stories` (stories.py), `query_events` / `run_sql` (query.py) and
`export` (export.py). docs/store.md describes the tables.
"""

from .export import export
from .ingest import IngestSummary, ingest
from .query import EventFilters, query_events, run_sql
from .schema import DEFAULT_DB, open_store
from .stories import build_stories

__all__ = ["DEFAULT_DB", "EventFilters", "IngestSummary", "build_stories", "export", "ingest", "open_store",
           "query_events", "run_sql"]
