"""Bulk inserts: rows go to DuckDB as one Arrow table per statement.

DuckDB's executemany runs one statement per row; an Arrow scan inserts a
batch of thousands of rows in one go. `arrow_rows` builds the table (Python
work) and `insert_arrow` hands it to DuckDB, so an ingest can build the next
batch's tables while DuckDB writes this one (ingest.py).
"""

from __future__ import annotations

from typing import Any, Sequence

import duckdb
import pyarrow as pa


def insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[Sequence[Any]]) -> int:
    if not rows:
        return 0
    insert_arrow(con, table, arrow_rows(columns, rows))
    return len(rows)


def arrow_rows(columns: Sequence[str], rows: list[Sequence[Any]]) -> pa.Table:
    # zip(*rows) turns the rows into columns in C (a list per column built in
    # Python was ~40 % of a commit's Python time); a column of None only is an
    # Arrow null column, which DuckDB casts to the table's type.
    return pa.table({name: pa.array(values) for name, values in zip(columns, zip(*rows, strict=True), strict=True)})


def insert_arrow(con: duckdb.DuckDBPyConnection, table: str, arrow: pa.Table) -> None:
    """INSERT every row of `arrow` into `table`, by column name."""
    if arrow.num_rows == 0:
        return
    con.register("_wirecoder_rows", arrow)
    try:
        names = ", ".join(arrow.column_names)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _wirecoder_rows")
    finally:
        con.unregister("_wirecoder_rows")
