"""Bulk inserts: rows go to DuckDB as one Arrow table per statement.

DuckDB's executemany runs one statement per row; an Arrow scan inserts a
batch of thousands of rows in one go.
"""

from __future__ import annotations

from typing import Any, Sequence

import duckdb
import pyarrow as pa


def insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[Sequence[Any]]) -> int:
    if not rows:
        return 0
    arrow = pa.table({name: pa.array([row[i] for row in rows]) if any(row[i] is not None for row in rows)
                      else pa.nulls(len(rows)) for i, name in enumerate(columns)})
    con.register("_wirecoder_rows", arrow)
    try:
        names = ", ".join(columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _wirecoder_rows")
    finally:
        con.unregister("_wirecoder_rows")
    return len(rows)
