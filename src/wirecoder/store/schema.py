"""The store's schema: explicit, numbered migrations applied in order.

Entry point: `open_store(path)` opens (or creates) a DuckDB file, applies the
migrations it lacks, and returns the connection. Each migration runs in its
own transaction and records itself in `schema_version`, so a store written by
an older wirecoder is upgraded in place and a newer one is refused.
`open_store(path, read_only=True)` is the reading side (query, sql, export,
the HTTP API): read-only, and sealed so that SQL cannot reach files.
docs/store.md describes every table and the read-only rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

import duckdb

from ..errors import WirecoderError

DEFAULT_DB = "wirecoder.duckdb"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]
    # Rows SQL alone cannot compute (word hashes), filled after the
    # statements, in the same transaction.
    backfill: Optional[Callable[[duckdb.DuckDBPyConnection], None]] = None


def _backfill_6(con: duckdb.DuckDBPyConnection) -> None:
    from .features import backfill_keys_and_words

    backfill_keys_and_words(con)


# The columns of `events` after its key, and of `event_actors`: created by
# migration 1 with primary keys, rebuilt by migration 7 without them.
_EVENT_COLUMNS = """doc_key VARCHAR NOT NULL, doc_id VARCHAR, event_id VARCHAR,
    event VARCHAR, mode VARCHAR, context VARCHAR[], quad_code INTEGER, cameo VARCHAR,
    actor_codes VARCHAR[], recipient_codes VARCHAR[], actor_names VARCHAR[], recipient_names VARCHAR[],
    date VARCHAR, date_precision VARCHAR, date_text VARCHAR, event_text VARCHAR, sentence VARCHAR,
    start_offset INTEGER, end_offset INTEGER, loc_name VARCHAR, loc_country VARCHAR,
    loc_lat DOUBLE, loc_lon DOUBLE, loc_geonameid BIGINT, aux_mode VARCHAR[], confidence DOUBLE,
    source_of_claim JSON"""
_EVENT_ACTOR_COLUMNS = """event_key VARCHAR NOT NULL, role VARCHAR NOT NULL, position INTEGER NOT NULL,
    entity_text VARCHAR, name VARCHAR, code VARCHAR, sector VARCHAR[]"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, events, actors, quotes, dates, places, entities, errors, runs", (
        """CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
            status VARCHAR, command VARCHAR, settings JSON,
            docs_seen BIGINT DEFAULT 0, docs_added BIGINT DEFAULT 0,
            errors_added BIGINT DEFAULT 0, events_added BIGINT DEFAULT 0)""",
        """CREATE TABLE documents (
            doc_key VARCHAR PRIMARY KEY, id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
            seq BIGINT NOT NULL, run_id INTEGER, source VARCHAR, url VARCHAR, title VARCHAR,
            lang VARCHAR, date VARCHAR, date_source VARCHAR, text VARCHAR, n_words INTEGER,
            warnings JSON, meta JSON, removed JSON)""",
        f"CREATE TABLE events (event_key VARCHAR PRIMARY KEY, {_EVENT_COLUMNS})",
        f"CREATE TABLE event_actors ({_EVENT_ACTOR_COLUMNS}, PRIMARY KEY (event_key, role, position))",
        """CREATE TABLE quotes (
            doc_key VARCHAR NOT NULL, n INTEGER NOT NULL, text VARCHAR, start_offset INTEGER,
            end_offset INTEGER, direct BOOLEAN, cue VARCHAR, speaker_text VARCHAR, speaker_name VARCHAR,
            speaker_code VARCHAR, PRIMARY KEY (doc_key, n))""",
        """CREATE TABLE dates (
            doc_key VARCHAR NOT NULL, n INTEGER NOT NULL, text VARCHAR, start_offset INTEGER,
            end_offset INTEGER, value VARCHAR, precision VARCHAR, PRIMARY KEY (doc_key, n))""",
        """CREATE TABLE places (
            doc_key VARCHAR NOT NULL, n INTEGER NOT NULL, text VARCHAR, start_offset INTEGER,
            end_offset INTEGER, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
            feature VARCHAR, admin1 VARCHAR, PRIMARY KEY (doc_key, n))""",
        """CREATE TABLE entities (
            doc_key VARCHAR NOT NULL, n INTEGER NOT NULL, text VARCHAR, label VARCHAR,
            start_offset INTEGER, end_offset INTEGER, PRIMARY KEY (doc_key, n))""",
        """CREATE TABLE errors (
            error_key VARCHAR PRIMARY KEY, id VARCHAR, source VARCHAR, code VARCHAR, message VARCHAR,
            run_id INTEGER, created_at TIMESTAMP)""",
    )),
    Migration(2, "near-duplicates and stories", (
        # One MinHash band key per (document, band): candidate pairs are a
        # self-join, so detection never needs every signature in memory.
        """CREATE TABLE minhash (
            doc_key VARCHAR PRIMARY KEY, signature BIGINT[])""",
        """CREATE TABLE minhash_bands (
            band SMALLINT NOT NULL, bucket BIGINT NOT NULL, doc_key VARCHAR NOT NULL)""",
        """CREATE TABLE duplicate_groups (
            doc_key VARCHAR PRIMARY KEY, group_id VARCHAR NOT NULL, original_key VARCHAR NOT NULL,
            similarity DOUBLE)""",
        """CREATE TABLE stories (
            story_id VARCHAR PRIMARY KEY, first_seen VARCHAR, last_seen VARCHAR, n_documents INTEGER,
            title VARCHAR, first_doc_id VARCHAR)""",
        """CREATE TABLE story_members (
            doc_key VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL, duplicate_of VARCHAR,
            recycled BOOLEAN, store_warnings JSON)""",
    )),
    Migration(3, "views: documents with their story, events counted once per story", (
        """CREATE VIEW documents_v AS
           SELECT d.*, m.story_id, m.duplicate_of, s.first_seen, m.recycled, m.store_warnings
           FROM documents d LEFT JOIN story_members m USING (doc_key) LEFT JOIN stories s USING (story_id)""",
        # The same (type, actor, recipient, date) in one story is one event.
        """CREATE VIEW story_events AS
           SELECT coalesce(m.story_id, e.doc_key) AS story_id, e.event, e.mode, e.quad_code,
                  e.actor_codes, e.recipient_codes, coalesce(e.date, d.date) AS date,
                  count(DISTINCT e.doc_key) AS count, list(DISTINCT e.doc_id ORDER BY e.doc_id) AS documents,
                  min(e.event_key) AS event_key
           FROM events e JOIN documents d USING (doc_key) LEFT JOIN story_members m USING (doc_key)
           GROUP BY ALL""",
        "CREATE INDEX minhash_bands_bucket ON minhash_bands (band, bucket)",
    )),
    Migration(4, "places.demonym: demonym places (opt-in) keep their flag", (
        "ALTER TABLE places ADD COLUMN demonym BOOLEAN DEFAULT false",
    )),
    Migration(5, "order-free, incremental stories: word features per document, the edge graph, components", (
        # A document's story vector (term hashes, unit weights) and its heaviest
        # terms (with the printed day) that index it for candidate pairs.
        "CREATE TABLE story_vectors (doc_key VARCHAR PRIMARY KEY, terms BIGINT[], weights FLOAT[])",
        "CREATE TABLE story_terms (term BIGINT NOT NULL, doc_key VARCHAR NOT NULL, day INTEGER)",
        # Duplicate and story edges (a < b), each a function of the two documents.
        # No index: they are read by hash joins, and an index would live in memory.
        "CREATE TABLE story_edges (a VARCHAR NOT NULL, b VARCHAR NOT NULL, kind VARCHAR NOT NULL, similarity DOUBLE)",
        # Candidate pairs come from a hash join of the new documents' band keys
        # with the table; the index cost memory (~80 bytes per band key) and insert time.
        "DROP INDEX minhash_bands_bucket",
        "ALTER TABLE story_members ADD COLUMN component VARCHAR",
        "ALTER TABLE story_members ADD COLUMN piece VARCHAR",
        # Signatures from the older MinHash and stories from the older pass are
        # dropped; the next story pass recomputes both from the documents' text.
        "DELETE FROM minhash",
        "DELETE FROM minhash_bands",
        "DELETE FROM story_members",
        "DELETE FROM stories",
        "DELETE FROM duplicate_groups",
    )),
    Migration(6, "integer document ids in the candidate tables (story_keys, minhash_bands); word postings", (
        # The story pass joins these tables with themselves: integers, not
        # 32-character keys, make the joins and their results several times cheaper.
        "CREATE TABLE minhash_bands_6 (band SMALLINT NOT NULL, bucket BIGINT NOT NULL, seq BIGINT NOT NULL)",
        "INSERT INTO minhash_bands_6 SELECT b.band, b.bucket, d.seq FROM minhash_bands b JOIN documents d USING (doc_key)",
        "DROP TABLE minhash_bands",
        "ALTER TABLE minhash_bands_6 RENAME TO minhash_bands",
        # Pairs of a document's 12 heaviest terms (features.story_keys) replace
        # the terms themselves: sharing 2 terms is sharing 1 pair.
        "DROP TABLE story_terms",
        "CREATE TABLE story_keys (key BIGINT NOT NULL, seq BIGINT NOT NULL, day INTEGER)",
        # The word index of the `text` filter (words.py): a word's documents,
        # one list per word and ingest batch.
        "CREATE TABLE word_postings (word BIGINT NOT NULL, seqs BIGINT[] NOT NULL)",
    ), backfill=_backfill_6),
    Migration(7, "no primary-key indexes on events and event_actors", (
        # Their keys are unique by construction (a committed document's rows
        # are written once, with it); the indexes more than doubled the time
        # of inserting these rows and held ~300 MB per million events
        # (bench/event_inserts.py, docs/performance.md). A lookup by event
        # key scans instead (~30 ms over a million events).
        f"CREATE TABLE events_7 (event_key VARCHAR NOT NULL, {_EVENT_COLUMNS})",
        "INSERT INTO events_7 SELECT * FROM events",
        "DROP TABLE events",
        "ALTER TABLE events_7 RENAME TO events",
        f"CREATE TABLE event_actors_7 ({_EVENT_ACTOR_COLUMNS})",
        "INSERT INTO event_actors_7 SELECT * FROM event_actors",
        "DROP TABLE event_actors",
        "ALTER TABLE event_actors_7 RENAME TO event_actors",
    )),
    Migration(8, "no primary-key indexes on minhash and story_vectors", (
        # One row per document, written with it (or by the story pass's
        # back-fill, which deletes first), and read only by hash joins: the
        # indexes made inserting these rows about half as costly again
        # (30,000 documents: 2.45 s against 1.61 s for story_vectors), in the
        # ingest's writer thread, which sets an ingest's pace (docs/performance.md).
        "CREATE TABLE minhash_8 (doc_key VARCHAR NOT NULL, signature BIGINT[])",
        "INSERT INTO minhash_8 SELECT * FROM minhash",
        "DROP TABLE minhash",
        "ALTER TABLE minhash_8 RENAME TO minhash",
        "CREATE TABLE story_vectors_8 (doc_key VARCHAR NOT NULL, terms BIGINT[], weights FLOAT[])",
        "INSERT INTO story_vectors_8 SELECT * FROM story_vectors",
        "DROP TABLE story_vectors",
        "ALTER TABLE story_vectors_8 RENAME TO story_vectors",
    )),
    Migration(9, "story_events counts asserted events only (not negated or hypothetical ones)", (
        # "Police did not arrest anyone" is a row of `events` (with its
        # aux_mode) but no arrest to count (query.UNASSERTED_MODES).
        "DROP VIEW story_events",
        """CREATE VIEW story_events AS
           SELECT coalesce(m.story_id, e.doc_key) AS story_id, e.event, e.mode, e.quad_code,
                  e.actor_codes, e.recipient_codes, coalesce(e.date, d.date) AS date,
                  count(DISTINCT e.doc_key) AS count, list(DISTINCT e.doc_id ORDER BY e.doc_id) AS documents,
                  min(e.event_key) AS event_key
           FROM events e JOIN documents d USING (doc_key) LEFT JOIN story_members m USING (doc_key)
           WHERE NOT list_has_any(coalesce(e.aux_mode, []::VARCHAR[]), ['negation', 'hypothetical'])
           GROUP BY ALL""",
    )),
)

LATEST = MIGRATIONS[-1].version

# A read-only store runs SQL from users (`wirecoder sql`, the HTTP API), so it
# is sealed: no file reads or writes through SQL (COPY, read_text, read_csv,
# ATTACH, EXPORT), no extensions installed or loaded, and the configuration
# locked so a statement cannot turn any of this back on. Writes are refused
# by DuckDB's read-only mode itself.
SEALED = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}
# `--allow-files`: files yes, but still no extension fetched from the network
# behind the user's back (DuckDB would install httpfs for an https:// path).
FILES_ALLOWED = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}


def open_store(path: str = DEFAULT_DB, read_only: bool = False,
               allow_files: bool = False) -> duckdb.DuckDBPyConnection:
    """Open or create the store at `path` (":memory:" works) at the latest schema.

    With `read_only=True` the connection is also sealed (see SEALED) unless
    `allow_files=True` (`wirecoder sql --allow-files`), which keeps it
    read-only but lets SQL read and write files.
    """
    config = (FILES_ALLOWED if allow_files else SEALED) if read_only else {}
    try:
        con = duckdb.connect(path, read_only=read_only, config=dict(config))
    except duckdb.Error as exc:
        raise WirecoderError(f"cannot open the store {path}: {exc}") from exc
    if not read_only:
        migrate(con)
    elif schema_version(con) != LATEST:
        raise WirecoderError(f"the store {path} is at schema {schema_version(con)}; run `wirecoder ingest` to upgrade")
    return con


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Optional[list[Any]] = None) -> Any:
    """The first value of the first row of `sql`, with the query finished.

    `fetchone()` leaves DuckDB's result streaming, and its transaction open,
    until the connection runs its next statement. On a connection that then
    waits while a cursor writes (the main one during an ingest, the server's
    for its whole life), that open transaction stopped every checkpoint once
    a row was updated: the write-ahead log grew without bound (2 GB at the
    end of a 100,000-document ingest, never checkpointed at 1 GB), and the
    old rows' versions were kept for it (docs/performance.md).
    """
    return con.execute(sql, params or []).fetchall()[0][0]


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    if not scalar(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"):
        return 0
    return scalar(con, "SELECT coalesce(max(version), 0) FROM schema_version")


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration newer than the store; return the resulting version."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                "description VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
    current = schema_version(con)
    if current > LATEST:
        raise WirecoderError(f"the store is at schema {current}, newer than this wirecoder ({LATEST})")
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in migration.statements:
                con.execute(statement)
            if migration.backfill is not None:
                migration.backfill(con)
            con.execute("INSERT INTO schema_version (version, description) VALUES (?, ?)",
                        [migration.version, migration.description])
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
    return LATEST
