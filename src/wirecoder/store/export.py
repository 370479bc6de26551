"""Exports: events, documents, quotes or stories as JSONL, CSV, Parquet,
PLOVER JSONL or a GDELT 2.0-like TSV.

Entry point: `export(con, what, fmt, out)`. Events are exported once per
story: copies of one (type, actor, recipient, date) are one row with a count
and the list of their source documents. docs/store.md documents each column
and the GDELT mapping.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterator

import duckdb

from ..document import NON_STATE_CODES
from ..errors import WirecoderError
from .query import asserted, run_sql

# Rows per Arrow batch while writing Parquet: bounded memory, few row groups.
PARQUET_BATCH_ROWS = 100_000

WHATS = ("events", "documents", "quotes", "stories")
FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")

_WARNING_TYPE = """'[{"code": "VARCHAR", "message": "VARCHAR"}]'"""

# Events once per story; `{where}` leaves out the unasserted ones unless
# they were asked for, and then they group apart from the asserted ones.
EVENTS_SQL = """
        SELECT min(e.event_key) AS event_key, coalesce(d.story_id, e.doc_key) AS story_id, e.event, e.mode,
               any_value(e.context) AS context, e.quad_code, any_value(e.cameo) AS cameo,
               e.actor_codes, any_value(e.actor_names) AS actor_names,
               e.recipient_codes, any_value(e.recipient_names) AS recipient_names,
               coalesce(e.date, d.date) AS date, any_value(e.date_precision) AS date_precision,
               any_value(e.loc_name) AS loc_name, any_value(e.loc_country) AS loc_country,
               any_value(e.loc_lat) AS loc_lat, any_value(e.loc_lon) AS loc_lon,
               any_value(e.loc_geonameid) AS loc_geonameid, max(e.confidence) AS confidence,
               count(DISTINCT e.doc_key) AS count, count(*) AS mentions,
               list(DISTINCT e.doc_id ORDER BY e.doc_id) AS documents,
               min(d.url) AS url, min(e.sentence) AS sentence, min(d.first_seen) AS first_seen,
               list_sort(list_distinct(flatten(list(coalesce(e.aux_mode, []::VARCHAR[]))))) AS aux_mode
        FROM events e JOIN documents_v d USING (doc_key)
        {where}
        GROUP BY coalesce(d.story_id, e.doc_key), e.event, e.mode, e.quad_code, e.actor_codes, e.recipient_codes,
                 coalesce(e.date, d.date), {asserted}
        ORDER BY date NULLS LAST, story_id, event_key"""

SQL = {
    "events": EVENTS_SQL.format(where=f"WHERE {asserted('e.aux_mode')}", asserted=asserted("e.aux_mode")),
    "documents": f"""
        SELECT id, story_id, duplicate_of, first_seen, title, url, date, date_source, lang, n_words, source,
               coalesce(recycled, false) AS recycled,
               list_concat(coalesce(from_json(warnings, {_WARNING_TYPE}), []),
                           coalesce(from_json(store_warnings, {_WARNING_TYPE}), [])) AS warnings,
               (SELECT count(*) FROM events e WHERE e.doc_key = d.doc_key) AS n_events
        FROM documents_v d ORDER BY seq""",
    "quotes": """
        SELECT d.id AS doc_id, d.story_id, q.n, q.text, q.direct, q.cue, q.speaker_text, q.speaker_name,
               q.speaker_code, q.start_offset, q.end_offset
        FROM quotes q JOIN documents_v d USING (doc_key) ORDER BY d.seq, q.n""",
    "stories": """
        SELECT s.story_id, s.first_seen, s.last_seen, s.n_documents, s.title, s.first_doc_id,
               (SELECT count(*) FROM story_members m WHERE m.story_id = s.story_id AND m.duplicate_of IS NOT NULL)
                   AS n_duplicates,
               (SELECT count(*) FROM story_events v WHERE v.story_id = s.story_id) AS n_events
        FROM stories s ORDER BY s.first_seen NULLS LAST, s.story_id""",
}

# GDELT 2.0 event-table columns we can fill, in GDELT's order, and where
# each comes from (docs/store.md has the same table for people).
GDELT_COLUMNS = ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
                 "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode",
                 "EventBaseCode", "EventRootCode", "QuadClass", "NumMentions", "NumSources", "NumArticles",
                 "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
                 "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL")


def export(con: duckdb.DuckDBPyConnection, what: str, fmt: str, out: IO[str] | str,
           include_unasserted: bool = False) -> int:
    """Write `what` in `fmt` to a handle (or a path, required for parquet); return rows written.
    Events are the asserted ones unless `include_unasserted` (query.UNASSERTED_MODES)."""
    if what not in WHATS or fmt not in FORMATS:
        raise WirecoderError(f"cannot export {what!r} as {fmt!r}")
    if fmt in ("plover", "gdelt") and what != "events":
        raise WirecoderError(f"--format {fmt} exports events only")
    sql = EVENTS_SQL.format(where="", asserted=asserted("e.aux_mode")) if what == "events" and include_unasserted \
        else SQL[what]
    if fmt == "parquet":
        if not isinstance(out, str):
            raise WirecoderError("--format parquet needs --out FILE")
        return write_parquet(con, sql, out)
    if isinstance(out, str):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return export(con, what, fmt, handle, include_unasserted)
    columns, rows = run_sql(con, sql)
    records = (dict(zip(columns, row, strict=True)) for row in rows)
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "csv":
        return write_csv(columns, records, out)
    if fmt == "plover":
        return write_jsonl((to_plover(r) for r in records), out)
    return write_csv(GDELT_COLUMNS, (to_gdelt(r) for r in records), out, delimiter="\t")


def write_parquet(con: duckdb.DuckDBPyConnection, sql: str, path: str) -> int:
    """Stream a query's Arrow batches into a Parquet file from Python: the read-only
    store has file access off (schema.SEALED), so DuckDB's COPY cannot write it."""
    import pyarrow.parquet as pq

    reader = con.execute(sql).to_arrow_reader(PARQUET_BATCH_ROWS)
    n = 0
    with pq.ParquetWriter(path, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
    return n


def write_jsonl(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_csv(columns, records: Iterator[dict[str, Any]], out: IO[str], delimiter: str = ",") -> int:
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for record in records:
        writer.writerow([flat(record.get(c)) for c in columns])
        n += 1
    return n


def flat(value: Any) -> Any:
    """A cell: lists joined by ';', warnings by their codes, None empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v.get("code")) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def to_plover(r: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER data-format record (one event, counted once per story)."""
    return {
        "id": r["event_key"], "date": r["date"], "event": r["event"], "mode": r["mode"],
        "context": r["context"] or [], "quad_code": r["quad_code"], "cameo": r["cameo"],
        "actor": ";".join(r["actor_names"] or []), "actor_country": ";".join(r["actor_codes"] or []),
        "recipient": ";".join(r["recipient_names"] or []), "recipient_country": ";".join(r["recipient_codes"] or []),
        "location": {"name": r["loc_name"], "country": r["loc_country"], "lat": r["loc_lat"], "lon": r["loc_lon"],
                     "geonameid": r["loc_geonameid"]} if r["loc_name"] else None,
        "text": r["sentence"], "story_id": r["story_id"], "num_sources": r["count"],
        "source_documents": r["documents"], "url": r["url"], "aux_mode": r["aux_mode"] or [],
    }


def to_gdelt(r: dict[str, Any]) -> dict[str, Any]:
    day = (r["date"] or "")[:10]
    digits = day.replace("-", "") if len(day) == 10 and day[4] == "-" else ""
    cameo = r["cameo"] or ""
    first_actor = (r["actor_codes"] or [""])[0]
    first_recipient = (r["recipient_codes"] or [""])[0]
    return {
        "GlobalEventID": r["event_key"], "Day": digits, "MonthYear": digits[:6], "Year": digits[:4],
        "FractionDate": f"{int(digits[:4]) + (int(digits[4:6]) - 1) / 12 + int(digits[6:]) / 365:.4f}" if digits else "",
        "Actor1Code": ";".join(r["actor_codes"] or []), "Actor1Name": ";".join(r["actor_names"] or []),
        "Actor1CountryCode": first_actor if _is_country(first_actor) else "",
        "Actor2Code": ";".join(r["recipient_codes"] or []), "Actor2Name": ";".join(r["recipient_names"] or []),
        "Actor2CountryCode": first_recipient if _is_country(first_recipient) else "",
        "IsRootEvent": 1, "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": r["quad_code"], "NumMentions": r["mentions"], "NumSources": r["count"],
        "NumArticles": r["count"], "ActionGeo_Type": 4 if r["loc_name"] else 0,
        "ActionGeo_FullName": r["loc_name"], "ActionGeo_CountryCode": r["loc_country"],
        "ActionGeo_Lat": r["loc_lat"], "ActionGeo_Long": r["loc_lon"], "ActionGeo_FeatureID": r["loc_geonameid"],
        "DATEADDED": (r["first_seen"] or "").replace("-", ""), "SOURCEURL": r["url"],
    }


# PLOVER non-state codes are not countries (GDELT's country columns take countries only).


def _is_country(code: str) -> bool:
    return len(code) == 3 and code.isalpha() and code not in NON_STATE_CODES
