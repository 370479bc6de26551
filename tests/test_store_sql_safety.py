"""A read-only store is sealed: `wirecoder sql`, `query`, `export` and
`open_store(path, read_only=True)` cannot write the store, read or write
files through SQL, attach databases or load extensions (docs/store.md)."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest
from click.testing import CliRunner
from tests.store_corpus import write
from tests.test_store import light_coder

from wirecoder.cli import main
from wirecoder.errors import QueryRefused
from wirecoder.store import ingest, open_store, run_sql


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A store file written by ingest, then closed (readers open it read-only)."""
    base = tmp_path_factory.mktemp("sealed")
    path = base / "t.duckdb"
    con = open_store(str(path))
    corpus = base / "corpus"
    corpus.mkdir()
    ingest([str(write(corpus))], con=con, coder=light_coder)
    con.close()
    (base / "secret.txt").write_text("name,password\nroot,hunter2\n", encoding="utf-8")
    return path


def counts(db) -> tuple:
    con = open_store(str(db), read_only=True)
    try:
        return con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
                           "(SELECT count(*) FROM errors)").fetchone()
    finally:
        con.close()


def statements(base) -> list[tuple[str, str]]:
    """(statement, the kind of refusal) for every way out of the store we know."""
    secret, out, other = base / "secret.txt", base / "leak.csv", base / "other.duckdb"
    return [
        (f"COPY (SELECT 1) TO '{out}'", "file"),
        (f"COPY documents TO '{out}' (FORMAT csv)", "file"),
        (f"SELECT * FROM read_text('{secret}')", "file"),
        (f"SELECT * FROM read_csv('{secret}')", "file"),
        (f"SELECT * FROM read_csv_auto('{secret}')", "file"),
        (f"SELECT * FROM read_parquet('{base / 'x.parquet'}')", "file"),
        (f"SELECT * FROM glob('{base}/*')", "file"),
        (f"ATTACH '{other}' AS other", "file"),
        (f"EXPORT DATABASE '{base / 'dump'}'", "file"),
        ("INSTALL httpfs", "file"),
        ("LOAD httpfs", "file"),
        ("INSERT INTO errors (error_key, code) VALUES ('x', 'y')", "write"),
        ("DELETE FROM documents", "write"),
        ("UPDATE documents SET title = 'x'", "write"),
        ("DROP TABLE events", "write"),
        ("CREATE TABLE t (x INTEGER)", "write"),
        ("SET enable_external_access = true", "settings"),
        ("RESET lock_configuration", "settings"),
    ]


def test_every_way_out_is_refused_with_a_clear_message_and_exit_1(db):
    base = db.parent
    before = counts(db)
    runner = CliRunner()
    for statement, kind in statements(base):
        result = runner.invoke(main, ["sql", "--db", str(db), statement])
        assert result.exit_code == 1, (statement, result.output)
        assert "refused" in result.output, (statement, result.output)
        hint = {"file": "--allow-files", "write": "read-only", "settings": "locked"}[kind]
        assert hint in result.output, (statement, result.output)
        assert "hunter2" not in result.output
    assert not (base / "leak.csv").exists() and not (base / "other.duckdb").exists()
    assert not (base / "dump").exists()
    assert counts(db) == before


def test_the_console_command_exits_1_without_a_traceback(db):
    result = subprocess.run([sys.executable, "-m", "wirecoder", "sql", "--db", str(db),
                             f"SELECT * FROM read_text('{db.parent / 'secret.txt'}')"], capture_output=True)
    assert result.returncode == 1
    assert b"refused" in result.stderr and b"Traceback" not in result.stderr
    assert b"hunter2" not in result.stdout + result.stderr


def test_reading_the_store_still_works(db):
    result = CliRunner().invoke(main, ["sql", "--db", str(db), "--format", "jsonl",
                                       "SELECT count(*) AS n FROM documents_v"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"n": 8}
    result = CliRunner().invoke(main, ["query", "--db", str(db), "--format", "jsonl", "--event", "AGREE"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[0])["documents"] == ["summit", "summit-wire"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt"])
def test_exports_work_on_the_sealed_store(db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--what", "events", "--format", fmt,
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    if fmt == "parquet":
        assert duckdb.sql(f"SELECT count(*), min(event) FROM '{out}'").fetchone() == (1, "AGREE")


def test_allow_files_lets_sql_read_and_write_files_but_not_the_store(db, tmp_path):
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(main, ["sql", "--db", str(db), "--allow-files",
                                       f"COPY (SELECT event FROM events) TO '{out}' (HEADER)"])
    assert result.exit_code == 0, result.output
    assert out.read_text().splitlines() == ["event", "AGREE", "AGREE"]
    result = CliRunner().invoke(main, ["sql", "--db", str(db), "--allow-files", "--format", "jsonl",
                                       f"SELECT password FROM read_csv('{db.parent / 'secret.txt'}')"])
    assert result.exit_code == 0 and json.loads(result.output) == {"password": "hunter2"}
    result = CliRunner().invoke(main, ["sql", "--db", str(db), "--allow-files", "DELETE FROM documents"])
    assert result.exit_code == 1 and "read-only" in result.output


def test_open_store_read_only_is_sealed_for_every_caller(db):
    """The library default the HTTP API relies on: the connection itself refuses,
    whether SQL goes through run_sql (QueryRefused) or straight to DuckDB."""
    con = open_store(str(db), read_only=True)
    try:
        secret = db.parent / "secret.txt"
        with pytest.raises(QueryRefused, match="--allow-files"):
            run_sql(con, f"SELECT * FROM read_text('{secret}')")
        with pytest.raises(QueryRefused, match="read-only"):
            run_sql(con, "DELETE FROM events")
        with pytest.raises(duckdb.PermissionException):
            con.execute(f"SELECT * FROM read_csv('{secret}')")
        with pytest.raises(duckdb.PermissionException):
            con.cursor().execute(f"SELECT * FROM read_csv('{secret}')")
        columns, rows = run_sql(con, "SELECT count(*) FROM events")
        assert list(rows) == [(2,)]
    finally:
        con.close()


def test_an_ordinary_sql_error_is_not_called_a_refusal(db):
    result = CliRunner().invoke(main, ["sql", "--db", str(db), "SELECT * FROM no_such_table"])
    assert result.exit_code == 1 and "refused" not in result.output
    assert "no_such_table" in result.output
