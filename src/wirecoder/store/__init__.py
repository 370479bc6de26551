"""The corpus store: an embedded DuckDB database of coded documents.

Entry points: `open_store` (schema.py), `ingest` (ingest.py),
`build_stories` (stories.py), `query_events` / `run_sql` (query.py) and
`export` (export.py). docs/store.md describes the tables.

Names are imported on first use: reading the store (query, sql, export)
must not pay for what only ingest needs (datasketch and scipy, ~1-2 s).
"""

from importlib import import_module
from typing import Any

# name → the module of this package that defines it
_HOMES = {
    "export": ".export",
    "IngestSummary": ".ingest", "ingest": ".ingest",
    "EventFilters": ".query", "query_events": ".query", "run_sql": ".query",
    "DEFAULT_DB": ".schema", "open_store": ".schema",
    "build_stories": ".stories",
}

__all__ = ["DEFAULT_DB", "EventFilters", "IngestSummary", "build_stories", "export", "ingest", "open_store",
           "query_events", "run_sql"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'wirecoder.store' has no attribute {name!r}")
    return getattr(import_module(home, __name__), name)
