"""The store: schema and migrations, idempotent ingest, errors, query, SQL and
exports. Coding is replaced by a light coder (no spaCy) so these run fast;
tests/test_distributed.py runs the real pipeline."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from tests.store_corpus import EXPECTED_DUPLICATES, write

from wirecoder.clean import clean
from wirecoder.document import Actor, Event
from wirecoder.errors import WirecoderError
from wirecoder.store import EventFilters, export, ingest, open_store, query_events, run_sql
from wirecoder.store.schema import LATEST, MIGRATIONS, migrate, schema_version


def light_coder(chunks):
    """Clean each raw and add one event when the text says 'agreed'."""
    for chunk in chunks:
        documents = []
        for _, _, raw in chunk:
            if raw.error is not None:
                from wirecoder.document import Document

                documents.append(Document(id=raw.id).fail(raw.error.code, raw.error.message))
                continue
            document = clean(raw)
            if "agreed" in document.text:
                document.events.append(Event(
                    id=f"{document.id}-e1", event="AGREE", quad_code=1, cameo="057",
                    actor=[Actor("Norland", name="Norland", code="XNL")],
                    recipient=[Actor("Estria", name="Estria", code="XES")],
                    sentence=document.text.split(".")[0], date=document.date, date_precision="day"))
            documents.append(document)
        yield chunk, documents


@pytest.fixture
def corpus(tmp_path):
    return write(tmp_path)


def _ingested(path, corpus, coder) -> duckdb.DuckDBPyConnection:
    """A store at `path` with the test corpus ingested by `coder` (open: close it)."""
    con = open_store(str(path))
    ingest([str(corpus)], con=con, coder=coder, commit_size=3)
    return con


@pytest.fixture
def store(tmp_path, corpus):
    con = _ingested(tmp_path / "t.duckdb", corpus, light_coder)
    yield con
    con.close()


def test_migrations_create_every_table_and_are_recorded():
    con = open_store(":memory:")
    assert schema_version(con) == LATEST == MIGRATIONS[-1].version
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"documents", "events", "event_actors", "quotes", "dates", "places", "entities", "errors", "runs",
            "duplicate_groups", "stories", "story_members", "schema_version", "story_events"} <= tables
    assert migrate(con) == LATEST  # a second pass applies nothing
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)


def test_a_store_newer_than_the_code_is_refused(tmp_path):
    path = str(tmp_path / "new.duckdb")
    con = open_store(path)
    con.execute("INSERT INTO schema_version (version, description) VALUES (?, 'future')", [LATEST + 1])
    con.close()
    with pytest.raises(WirecoderError):
        open_store(path)


def test_ingest_counts_and_second_ingest_adds_nothing(tmp_path, corpus):
    con = open_store(str(tmp_path / "t.duckdb"))
    first = ingest([str(corpus)], con=con, coder=light_coder, commit_size=3)
    assert (first.seen, first.added, first.errors) == (9, 8, 1)
    counts = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
                         "(SELECT count(*) FROM errors)").fetchone()
    second = ingest([str(corpus)], con=con, coder=light_coder, commit_size=3)
    assert (second.added, second.errors, second.events, second.skipped) == (0, 0, 0, 9)
    assert con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
                       "(SELECT count(*) FROM errors)").fetchone() == counts
    assert con.execute("SELECT count(*), count(finished_at) FROM runs").fetchone() == (2, 2)


def test_a_bad_line_becomes_an_errors_row(store):
    code, message = store.execute("SELECT code, message FROM errors").fetchone()
    assert code == "bad-json" and "line 9" in message


def test_events_are_counted_once_per_story(store):
    columns, rows = query_events(store, EventFilters(event="agree"))
    rows = [dict(zip(columns, r, strict=True)) for r in rows]
    # The summit and its wire copy report one agreement: one row, two sources.
    assert len(rows) == 1
    assert rows[0]["count"] == 2 and rows[0]["documents"] == ["summit", "summit-wire"]
    assert rows[0]["actor"] == "XNL" and rows[0]["recipient"] == "XES"
    assert store.execute("SELECT count(*) FROM events").fetchone()[0] == 2


@pytest.mark.parametrize("filters, expected", [
    (EventFilters(actor="XNL"), 1), (EventFilters(actor="XES"), 0), (EventFilters(recipient="xes"), 1),
    (EventFilters(quad=1), 1), (EventFilters(quad=4), 0), (EventFilters(since="2024-03-08"), 0),
    (EventFilters(until="2024-03-07"), 1), (EventFilters(country="XES"), 1), (EventFilters(text="Kessin"), 1),
    (EventFilters(text="bandstand"), 0),
    # The word index (store/words.py): whole words, any case; more than one
    # word must also appear as written.
    (EventFilters(text="KESSIN"), 1), (EventFilters(text="Kessi"), 0), (EventFilters(text="border town"), 1),
    (EventFilters(text="town border"), 0), (EventFilters(text="Norland's prime"), 1), (EventFilters(text="--"), 0),
])
def test_query_filters(store, filters, expected):
    _, rows = query_events(store, filters)
    assert len(list(rows)) == expected


def test_sql_runs_anything(store):
    columns, rows = run_sql(store, "SELECT count(*) AS n FROM documents_v WHERE duplicate_of IS NOT NULL")
    assert columns == ["n"] and list(rows) == [(len(EXPECTED_DUPLICATES),)]


def test_export_documents_jsonl_has_the_story_fields(store):
    out = io.StringIO()
    assert export(store, "documents", "jsonl", out) == 8
    docs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {"id", "story_id", "duplicate_of", "first_seen", "warnings"} <= set(docs[0])
    by_id = {d["id"]: d for d in docs}
    assert by_id["harbour-redated"]["warnings"][-1]["code"] == "recycled"


@pytest.mark.parametrize("what", ["events", "documents", "quotes", "stories"])
def test_export_csv_and_parquet(store, tmp_path, what):
    out = io.StringIO()
    n = export(store, what, "csv", out)
    table = list(csv.reader(io.StringIO(out.getvalue())))
    assert len(table) == n + 1
    path = str(tmp_path / f"{what}.parquet")
    assert export(store, what, "parquet", path) == n
    assert duckdb.sql(f"SELECT count(*) FROM '{path}'").fetchone()[0] == n


def test_export_plover_and_gdelt(store):
    out = io.StringIO()
    export(store, "events", "plover", out)
    record = json.loads(out.getvalue())
    assert record["event"] == "AGREE" and record["actor_country"] == "XNL" and record["num_sources"] == 2
    assert record["source_documents"] == ["summit", "summit-wire"]
    out = io.StringIO()
    export(store, "events", "gdelt", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert len(rows) == 1
    row = rows[0]
    assert (row["Day"], row["EventCode"], row["EventRootCode"], row["QuadClass"]) == ("20240307", "057", "05", "1")
    assert (row["Actor1Code"], row["Actor2Code"], row["NumArticles"]) == ("XNL", "XES", "2")


def test_plover_and_gdelt_export_events_only(store):
    with pytest.raises(WirecoderError):
        export(store, "documents", "gdelt", io.StringIO())


def store_written_before(path: str, version: int) -> duckdb.DuckDBPyConnection:
    """A store file at `path` as a wirecoder before migration `version` left it (its migrations' statements only)."""
    con = duckdb.connect(path)
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    for migration in MIGRATIONS[:version - 1]:
        for statement in migration.statements:
            con.execute(statement)
        con.execute("INSERT INTO schema_version (version, description) VALUES (?, ?)",
                    [migration.version, migration.description])
    return con


def test_a_version_3_store_gains_the_demonym_flag_and_keeps_its_places(tmp_path):
    path = str(tmp_path / "old.duckdb")
    con = store_written_before(path, 4)
    con.execute("INSERT INTO places (doc_key, n, text, start_offset, end_offset, name) "
                "VALUES ('k', 0, 'Lindholm', 3, 11, 'Lindholm')")
    con.close()
    con = open_store(path)
    assert schema_version(con) == LATEST
    assert con.execute("SELECT name, demonym FROM places").fetchall() == [("Lindholm", False)]


def test_a_version_6_store_keeps_its_events_without_their_key_indexes(tmp_path):
    path = str(tmp_path / "old.duckdb")
    con = store_written_before(path, 7)
    con.execute("INSERT INTO documents (doc_key, id, content_hash, seq, text) VALUES ('k', 'd1', 'h', 1, 'x')")
    con.execute("INSERT INTO events (event_key, doc_key, doc_id, event, actor_codes, recipient_codes) "
                "VALUES ('k:0', 'k', 'd1', 'AGREE', ['XNL'], ['XES'])")
    con.execute("INSERT INTO event_actors VALUES ('k:0', 'actor', 0, 'Norland', 'Norland', 'XNL', ['GOV'])")
    con.close()
    con = open_store(path)
    assert schema_version(con) == LATEST
    assert con.execute("SELECT event_key, event, actor_codes FROM events").fetchall() == [("k:0", "AGREE", ["XNL"])]
    assert con.execute("SELECT code, sector FROM event_actors").fetchall() == [("XNL", ["GOV"])]
    assert con.execute("SELECT event, count FROM story_events").fetchall() == [("AGREE", 1)]
    assert con.execute("""SELECT count(*) FROM duckdb_constraints()
                          WHERE table_name IN ('events', 'event_actors')
                          AND constraint_type = 'PRIMARY KEY'""").fetchone()[0] == 0


def test_a_version_7_store_keeps_its_signatures_and_vectors_without_their_key_indexes(tmp_path):
    path = str(tmp_path / "old.duckdb")
    con = store_written_before(path, 8)
    con.execute("INSERT INTO minhash VALUES ('k', [1, 2, 3])")
    con.execute("INSERT INTO story_vectors VALUES ('k', [7, 9], [0.6, 0.8])")
    con.close()
    con = open_store(path)
    assert schema_version(con) == LATEST
    assert con.execute("SELECT doc_key, signature FROM minhash").fetchall() == [("k", [1, 2, 3])]
    assert con.execute("SELECT doc_key, terms FROM story_vectors").fetchall() == [("k", [7, 9])]
    assert con.execute("""SELECT count(*) FROM duckdb_constraints()
                          WHERE table_name IN ('minhash', 'story_vectors')
                          AND constraint_type = 'PRIMARY KEY'""").fetchone()[0] == 0


@pytest.mark.parametrize("text", ["Kessin", "kessin", "Kessi", "border town", "town border", "--", "agreed"])
def test_the_text_filter_gives_the_same_pages_with_and_without_the_story_event_index(store, text):
    """The server's index reads the word index of the store; the direct grouping reads it in SQL."""
    from wirecoder.store import browse
    from wirecoder.store.index import StoryEventIndex

    index = StoryEventIndex().build(store)
    filters = EventFilters(text=text)
    direct = browse.event_page(store, filters, 0, 100)
    assert browse.event_page(store, filters, 0, 100, index=index) == direct
    assert browse.event_stats(store, filters) == browse.event_stats(store, filters, index=index)
    _, rows = query_events(store, filters)
    assert len(list(rows)) == len(direct["events"])


def test_the_story_event_index_keeps_no_copy_of_the_texts(store):
    # It once kept every document's lower-cased text: gigabytes in memory
    # on a store of a million documents, which no text filter read.
    from wirecoder.store.index import StoryEventIndex, where

    index = StoryEventIndex().build(store)
    cursor = index.cursor()
    try:
        tables = [row[0] for row in cursor.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        assert tables == ["doc_ords", "se"]
        with pytest.raises(ValueError, match="needs the store"):
            where(EventFilters(text="Kessin"))
        assert "_wc_text_seqs" in where(EventFilters(text="Kessin"), store, cursor)[0]
    finally:
        cursor.close()


def _coder_with_unasserted_events(chunks):
    """light_coder, plus two events the summit texts do not assert: a refusal
    they deny ("did not reject") and a threat they only suppose."""
    for chunk, documents in light_coder(chunks):
        for document in documents:
            if "agreed" not in (document.text or ""):
                continue
            for number, (event, quad, aux) in enumerate((("REJECT", 3, ["negation"]),
                                                         ("THREATEN", 3, ["hypothetical", "future"])), start=2):
                document.events.append(Event(
                    id=f"{document.id}-e{number}", event=event, quad_code=quad, cameo="120",
                    actor=[Actor("Estria", name="Estria", code="XES")],
                    recipient=[Actor("Norland", name="Norland", code="XNL")],
                    sentence=document.text.split(".")[0], date=document.date, date_precision="day", aux_mode=aux))
        yield chunk, documents


@pytest.fixture
def unasserted_store(tmp_path, corpus):
    con = _ingested(tmp_path / "u.duckdb", corpus, _coder_with_unasserted_events)
    yield con
    con.close()


def test_negated_and_supposed_events_are_not_counted_unless_asked_for(unasserted_store):
    from wirecoder.store import browse
    from wirecoder.store.index import StoryEventIndex

    store = unasserted_store
    assert store.execute("SELECT count(*) FROM events").fetchone()[0] == 6  # kept, with their aux_mode

    def types(rows, column=1):
        return sorted(row[column] for row in rows)

    assert types(query_events(store, EventFilters())[1]) == ["AGREE"]
    assert types(query_events(store, EventFilters(include_unasserted=True))[1]) == ["AGREE", "REJECT", "THREATEN"]
    assert types(store.execute("SELECT * FROM story_events").fetchall()) == ["AGREE"]
    index = StoryEventIndex().build(store)
    for with_index in (None, index):
        page = browse.event_page(store, EventFilters(), 0, 100, index=with_index)
        assert [e["event"] for e in page["events"]] == ["AGREE"]
        everything = browse.event_page(store, EventFilters(include_unasserted=True), 0, 100, index=with_index)
        assert sorted(e["event"] for e in everything["events"]) == ["AGREE", "REJECT", "THREATEN"]
        stories = browse.story_list(store, index=with_index)["stories"]
        assert [e["event"] for s in stories for e in s["top_events"]] == ["AGREE"]
    out = io.StringIO()
    assert export(store, "events", "plover", out) == 1
    out = io.StringIO()
    assert export(store, "events", "plover", out, include_unasserted=True) == 3
    aux = {r["event"]: r["aux_mode"] for r in map(json.loads, out.getvalue().splitlines())}
    assert aux == {"AGREE": [], "REJECT": ["negation"], "THREATEN": ["future", "hypothetical"]}


def test_query_and_export_commands_take_include_unasserted(tmp_path, corpus):
    from click.testing import CliRunner

    from wirecoder.cli import main

    path = str(tmp_path / "c.duckdb")
    _ingested(path, corpus, _coder_with_unasserted_events).close()
    for command in (["query", "--format", "jsonl"], ["export", "--what", "events"]):
        asserted = CliRunner().invoke(main, [*command, "--db", path])
        everything = CliRunner().invoke(main, [*command, "--db", path, "--include-unasserted"])
        assert asserted.exit_code == everything.exit_code == 0, asserted.output + everything.output
        assert sorted(json.loads(line)["event"] for line in asserted.output.splitlines()) == ["AGREE"]
        assert sorted(json.loads(line)["event"] for line in everything.output.splitlines()) == \
            ["AGREE", "REJECT", "THREATEN"]


def test_a_pages_evidence_is_read_by_row_id_and_by_key_for_rows_that_moved(store):
    from wirecoder.store import browse

    fields = ", ".join(browse.EVIDENCE_FIELDS)
    keys = [row[0] for row in store.execute("SELECT event_key FROM events ORDER BY event_key").fetchall()]
    by_key = {row[0]: row[1:] for row in store.execute(f"SELECT event_key, {fields} FROM events").fetchall()}
    assert keys and browse._evidence(store, keys) == by_key

    class Moved:
        """The store as seen when a write moved every row between the two steps."""

        def execute(self, sql, params=()):
            if sql.startswith("SELECT rowid"):
                return store.execute("SELECT -1 AS rowid")
            return store.execute(sql, params)

    assert browse._evidence(Moved(), keys) == by_key
