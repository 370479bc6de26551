"""Browsing the store: pages of events, stats, stories and whole documents.

Entry points (the HTTP API and the web reader are thin over these):
`event_page`, `event_stats`, `story_list`, `story_detail`, `document_json`.
Every function takes a connection (or cursor) and returns plain dicts. All
SQL is fixed text with `?` parameters: user input is never spliced in.

Events are counted once per story, as `wirecoder query` counts them (the
same story, type, mode, quad, actor codes, recipient codes and date are one
event); each row keeps the first mention (lowest event key) as its evidence.
"""

from __future__ import annotations

import json
from typing import Any, Optional

import duckdb

from .index import StoryEventIndex
from .index import where as index_where
from .query import EventFilters, _where

# The story-level events under the filters: one row per counted event, keyed
# by its first mention (the lowest event key), which is the evidence shown.
_STORY_EVENTS = """
    SELECT coalesce(d.story_id, e.doc_key) AS story_id, e.event, e.mode, e.quad_code,
           e.actor_codes AS actor, e.recipient_codes AS recipient, coalesce(e.date, d.date) AS date,
           count(DISTINCT e.doc_key) AS count, {extra}
           min(e.event_key) AS event_key
    FROM events e JOIN documents_v d USING (doc_key)
    {where}
    GROUP BY coalesce(d.story_id, e.doc_key), e.event, e.mode, e.quad_code, e.actor_codes, e.recipient_codes,
             coalesce(e.date, d.date)"""
_PAGE_EXTRA = "list(DISTINCT e.doc_id ORDER BY e.doc_id) AS documents,"
# Stats need the day to count an event on (its own date when that is a day,
# else its article's: weeks, months and years have no one day) and its place.
_STATS_EXTRA = """CASE WHEN regexp_matches(coalesce(e.date, d.date), '^\\d{4}-\\d{2}-\\d{2}')
                THEN left(coalesce(e.date, d.date), 10) ELSE min(left(d.date, 10)) END AS day,
           arg_min(e.loc_name, e.event_key) AS loc_name, arg_min(e.loc_country, e.event_key) AS loc_country,
           arg_min(e.loc_lat, e.event_key) AS loc_lat, arg_min(e.loc_lon, e.event_key) AS loc_lon,"""

GROUP_FIELDS = ("story_id", "event", "mode", "quad_code", "actor", "recipient", "date", "count", "documents",
                "event_key")
EVIDENCE_FIELDS = ("doc_key", "doc_id", "event_id", "sentence", "event_text", "actor_names", "recipient_names",
                   "loc_name", "loc_country", "loc_lat", "loc_lon")
_ORDER = "ORDER BY date DESC NULLS LAST, story_id, event, event_key"

DATE_WARNINGS = ("date-unverified", "date-mismatch", "date-future", "weekday-mismatch", "bad-date")


def event_page(con: duckdb.DuckDBPyConnection, filters: EventFilters, offset: int = 0, limit: int = 50,
               index: Optional[StoryEventIndex] = None) -> dict[str, Any]:
    """One page of story-level events, newest first; `next` is the next offset or None.

    With a built `index` the story-level rows come from it (fast on big
    stores); without, they are grouped from the events here. Either way the
    evidence (sentence, names, place) is then read for the page's first
    mentions alone, by their row ids (`_evidence`).
    """
    fields = ", ".join(GROUP_FIELDS)
    if index is not None and index.ready:
        cursor = index.cursor()
        where, params = index_where(filters, con, cursor)
        # The page's row numbers first (one integer column), then those rows.
        sql = (f"SELECT {fields} FROM se WHERE ord IN (SELECT ord FROM se {where} ORDER BY ord LIMIT ? OFFSET ?) "
               "ORDER BY ord")
    else:
        where, params = _where(filters)
        sql = (f"SELECT {fields} FROM ({_STORY_EVENTS.format(where=where, extra=_PAGE_EXTRA)}) {_ORDER} "
               "LIMIT ? OFFSET ?")
        cursor = con
    try:
        rows = cursor.execute(sql, params + [limit + 1, offset]).fetchall()
    finally:
        if cursor is not con:
            cursor.close()
    events = [dict(zip(GROUP_FIELDS, row, strict=True)) for row in rows[:limit]]
    evidence = _evidence(con, [e["event_key"] for e in events])
    for event in events:
        event.update(zip(EVIDENCE_FIELDS, evidence[event["event_key"]], strict=True))
    return {"events": events, "offset": offset, "limit": limit,
            "next": offset + limit if len(rows) > limit else None}


def _evidence(con: duckdb.DuckDBPyConnection, keys: list[str]) -> dict[str, tuple]:
    """The evidence columns of these events, by event key.

    In two steps: the rows' ids by their keys (one narrow column read), then
    the rows by id, which DuckDB fetches without reading the wide columns of
    the rest of the table. One query filtering the wide columns by key read
    them all: 150 ms against 50 ms for a page of 50 on a million events
    (docs/performance.md). The rows are keyed by the key they hold, so a row
    moved by a write between the two steps is looked up again by key."""
    if not keys:
        return {}
    fields = ", ".join(EVIDENCE_FIELDS)
    marks = ", ".join("?" * len(keys))
    ids = [row[0] for row in con.execute(f"SELECT rowid FROM events WHERE event_key IN ({marks})", keys).fetchall()]
    found = {row[0]: row[1:] for row in con.execute(
        f"SELECT event_key, {fields} FROM events WHERE rowid = ANY(?)", [ids]).fetchall()}
    missing = [key for key in keys if key not in found]
    if missing:
        found.update((row[0], row[1:]) for row in con.execute(
            f"SELECT event_key, {fields} FROM events WHERE event_key IN ({', '.join('?' * len(missing))})",
            missing).fetchall())
    return found


def event_stats(con: duckdb.DuckDBPyConnection, filters: EventFilters, top: int = 200,
                index: Optional[StoryEventIndex] = None) -> dict[str, Any]:
    """Counts of story-level events by type, day (and type), dyad and place."""
    if index is not None and index.ready:
        cursor = index.cursor()
        where, params = index_where(filters, con, cursor)
        base = f"WITH hits AS (SELECT * FROM se {where})"
    else:
        where, params = _where(filters)
        base = f"WITH hits AS MATERIALIZED ({_STORY_EVENTS.format(where=where, extra=_STATS_EXTRA)})"
        cursor = con

    def rows(select: str, extra: Optional[list[Any]] = None) -> list[tuple]:
        return cursor.execute(f"{base} {select}", params + (extra or [])).fetchall()

    try:
        return _stats(rows, top)
    finally:
        if cursor is not con:
            cursor.close()


def _stats(rows, top: int) -> dict[str, Any]:
    total = rows("SELECT count(*) FROM hits")[0][0]
    by_type = [{"event": e, "quad_code": q, "count": n} for e, q, n in rows(
        "SELECT event, any_value(quad_code), count(*) FROM hits GROUP BY 1 ORDER BY 3 DESC, 1")]
    by_day = [{"day": day, "event": e, "count": n} for day, e, n in rows(
        "SELECT day, event, count(*) FROM hits WHERE day IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2")]
    by_dyad = [{"actor": a, "recipient": r, "count": n} for a, r, n in rows(
        """SELECT a, r, count(*) FROM (SELECT a, unnest(recipient) AS r FROM (SELECT unnest(actor) AS a, recipient
           FROM hits)) GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?""", [top])]
    by_place = [{"name": name, "country": country, "lat": lat, "lon": lon, "count": n}
                for name, country, lat, lon, n in rows(
        """SELECT loc_name, loc_country, loc_lat, loc_lon, count(*) FROM hits
           WHERE loc_lat IS NOT NULL AND loc_lon IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT ?""",
        [top])]
    return {"total": total, "by_type": by_type, "by_day": by_day, "by_dyad": by_dyad, "by_place": by_place}


def story_list(con: duckdb.DuckDBPyConnection, offset: int = 0, limit: int = 20,
               top_events: int = 3, index: Optional[StoryEventIndex] = None) -> dict[str, Any]:
    """Stories newest first (by first-seen date) with their first article's claimed date,
    date warnings, copies and top events."""
    rows = con.execute(
        """SELECT s.story_id, s.title, s.first_seen, s.last_seen, s.n_documents, s.first_doc_id
           FROM stories s ORDER BY s.first_seen DESC NULLS LAST, s.story_id LIMIT ? OFFSET ?""",
        [limit + 1, offset]).fetchall()
    stories = [_story_head(row) for row in rows[:limit]]
    _add_story_details(con, stories, top_events, index)
    return {"stories": stories, "offset": offset, "limit": limit,
            "next": offset + limit if len(rows) > limit else None}


def story_detail(con: duckdb.DuckDBPyConnection, story_id: str, top_events: int = 50,
                 index: Optional[StoryEventIndex] = None) -> Optional[dict[str, Any]]:
    """A story with every copy (recycled and misdated ones flagged) and its events."""
    row = con.execute("""SELECT story_id, title, first_seen, last_seen, n_documents, first_doc_id
                         FROM stories WHERE story_id = ?""", [story_id]).fetchone()
    if row is None:
        return None
    story = _story_head(row)
    _add_story_details(con, [story], top_events, index)
    members = con.execute(
        """SELECT d.id, d.doc_key, d.title, d.url, d.date, d.date_source, d.first_seen, d.duplicate_of,
                  coalesce(d.recycled, false), d.warnings, d.store_warnings, d.seq,
                  (SELECT count(*) FROM events e WHERE e.doc_key = d.doc_key)
           FROM documents_v d WHERE d.story_id = ? ORDER BY left(d.date, 10) NULLS LAST, d.seq""",
        [story_id]).fetchall()
    story["documents"] = [_member(row) for row in members]
    return story


def document_json(con: duckdb.DuckDBPyConnection, ident: str) -> Optional[dict[str, Any]]:
    """The wirecoder/1 document with `doc_key` (or the newest with `id`) = `ident`,
    plus a `store` object (its key, story, duplicate and recycled flags).

    The store keeps sentence offsets but not trigger, actor or speaker offsets:
    those are recovered by finding their words in the sentence (or near the
    quote); a mention that cannot be found keeps 0, 0.
    """
    row = con.execute(
        """SELECT doc_key, id, title, url, lang, date, date_source, text, removed, warnings, meta, story_id,
                  duplicate_of, first_seen, coalesce(recycled, false), store_warnings, source, seq
           FROM documents_v WHERE doc_key = ? OR id = ? ORDER BY (doc_key = ?) DESC, seq DESC LIMIT 1""",
        [ident, ident, ident]).fetchone()
    if row is None:
        return None
    (key, doc_id, title, url, lang, date, date_source, text, removed, warnings, meta, story_id, duplicate_of,
     first_seen, recycled, store_warnings, source, seq) = row
    text = text or ""
    document = {"id": doc_id, "schema": "wirecoder/1", "title": title, "url": url, "lang": lang, "date": date,
                "date_source": date_source, "text": text, "removed": _json_list(removed),
                "entities": _entities(con, key), "events": _events(con, key, text),
                "quotes": _quotes(con, key, text), "dates": _dates(con, key), "places": _places(con, key),
                "warnings": _json_list(warnings), "error": None}
    meta = _json_object(meta)
    if meta:
        document["meta"] = meta
    document["store"] = {"doc_key": key, "story_id": story_id, "duplicate_of": duplicate_of,
                         "first_seen": first_seen, "recycled": bool(recycled),
                         "store_warnings": _json_list(store_warnings), "source": source, "seq": seq}
    return document


def _story_head(row: tuple) -> dict[str, Any]:
    story_id, title, first_seen, last_seen, n_documents, first_doc_id = row
    return {"story_id": story_id, "title": title, "first_seen": first_seen, "last_seen": last_seen,
            "n_documents": n_documents, "first_doc_id": first_doc_id}


def _add_story_details(con: duckdb.DuckDBPyConnection, stories: list[dict[str, Any]], top_events: int,
                       index: Optional[StoryEventIndex] = None) -> None:
    """Fill each story's first article (claimed date, source), date warnings and top events."""
    if not stories:
        return
    ids = [s["story_id"] for s in stories]
    marks = ", ".join("?" * len(ids))
    first = {}
    for story_id, doc_key, doc_id, title, date, date_source, n_recycled in con.execute(
            f"""SELECT story_id, arg_min(doc_key, (left(date, 10), seq)), arg_min(id, (left(date, 10), seq)),
                       arg_min(title, (left(date, 10), seq)), arg_min(date, (left(date, 10), seq)),
                       arg_min(date_source, (left(date, 10), seq)), count(*) FILTER (WHERE recycled)
                FROM documents_v WHERE story_id IN ({marks}) GROUP BY story_id""", ids).fetchall():
        first[story_id] = {"doc_key": doc_key, "id": doc_id, "title": title, "date": date,
                           "date_source": date_source, "n_recycled": n_recycled}
    warnings: dict[str, list[dict[str, Any]]] = {}
    for story_id, doc_id, doc_warnings in con.execute(
            f"""SELECT story_id, id, warnings FROM documents_v
                WHERE story_id IN ({marks}) AND warnings IS NOT NULL AND warnings <> '[]' ORDER BY seq""",
            ids).fetchall():
        for warning in _json_list(doc_warnings):
            if warning.get("code") in DATE_WARNINGS:
                warnings.setdefault(story_id, []).append({"doc_id": doc_id, **warning})
    # The story-level events: from the index when it is built (the view groups every event of the store).
    # (Asserted events only: the view counts no others, nor does a page of the index by default.)
    if index is not None and index.ready:
        source, codes, cursor = "se", "actor AS actor_codes, recipient AS recipient_codes", index.cursor()
        only = "AND asserted"
    else:
        source, codes, cursor, only = "story_events", "actor_codes, recipient_codes", con, ""
    try:
        ranked = cursor.execute(
            f"""SELECT story_id, event, actor_codes, recipient_codes, date, count, total FROM (
                    SELECT story_id, event, {codes}, date, count,
                           row_number() OVER (PARTITION BY story_id ORDER BY count DESC, date, event_key) AS rank,
                           count(*) OVER (PARTITION BY story_id) AS total
                    FROM {source} WHERE story_id IN ({marks}) {only})
                WHERE rank <= ? ORDER BY story_id, rank""", ids + [top_events]).fetchall()
    finally:
        if cursor is not con:
            cursor.close()
    events: dict[str, list[dict[str, Any]]] = {}
    totals: dict[str, int] = {}
    for story_id, event, actor, recipient, date, count, total in ranked:
        events.setdefault(story_id, []).append({"event": event, "actor": actor, "recipient": recipient,
                                                "date": date, "count": count})
        totals[story_id] = total
    for story in stories:
        head = first.get(story["story_id"], {})
        story["first_document"] = {k: head.get(k) for k in ("doc_key", "id", "title", "date", "date_source")}
        story["title"] = story["title"] or head.get("title")
        story["n_recycled"] = head.get("n_recycled", 0)
        story["date_warnings"] = warnings.get(story["story_id"], [])
        story["n_events"] = totals.get(story["story_id"], 0)
        story["top_events"] = events.get(story["story_id"], [])


def _member(row: tuple) -> dict[str, Any]:
    (doc_id, key, title, url, date, date_source, first_seen, duplicate_of, recycled, warnings, store_warnings,
     seq, n_events) = row
    own = _json_list(warnings)
    return {"id": doc_id, "doc_key": key, "title": title, "url": url, "date": date, "date_source": date_source,
            "first_seen": first_seen, "duplicate_of": duplicate_of, "recycled": bool(recycled),
            "misdated": any(w.get("code") in DATE_WARNINGS for w in own),
            "warnings": own + _json_list(store_warnings), "seq": seq, "n_events": n_events}


def _events(con: duckdb.DuckDBPyConnection, key: str, text: str) -> list[dict[str, Any]]:
    actors: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for event_key, role, entity_text, name, code, sector in con.execute(
            """SELECT a.event_key, a.role, a.entity_text, a.name, a.code, a.sector FROM event_actors a
               JOIN events e USING (event_key) WHERE e.doc_key = ? ORDER BY a.event_key, a.role, a.position""",
            [key]).fetchall():
        actors.setdefault(event_key, {}).setdefault(role, []).append(
            {"entity_text": entity_text, "name": name, "code": code, "sector": list(sector or [])})
    out = []
    for row in con.execute(
            """SELECT event_key, event_id, event, mode, context, quad_code, cameo, event_text, sentence,
                      start_offset, end_offset, date, date_precision, date_text, loc_name, loc_country, loc_lat,
                      loc_lon, loc_geonameid, aux_mode, confidence, source_of_claim
               FROM events WHERE doc_key = ? ORDER BY CAST(split_part(event_key, ':', 2) AS INTEGER)""",
            [key]).fetchall():
        (event_key, event_id, event, mode, context, quad_code, cameo, event_text, sentence, start, end, date,
         precision, date_text, loc_name, loc_country, lat, lon, geonameid, aux_mode, confidence, claim) = row
        start, end = start or 0, end or 0
        trigger = _locate(text, event_text, start, end)
        roles = actors.get(event_key, {})
        loc = None
        if loc_name or lat is not None:
            loc = {"name": loc_name, "country": loc_country, "lat": lat, "lon": lon, "geonameid": geonameid}
        out.append({
            "id": event_id, "event": event, "mode": mode, "context": list(context or []), "quad_code": quad_code,
            "cameo": cameo, "actor": [_placed(a, text, start, end) for a in roles.get("actor", [])],
            "recipient": [_placed(a, text, start, end) for a in roles.get("recipient", [])],
            "event_text": event_text, "sentence": sentence, "start": start, "end": end, "date": date,
            "date_precision": precision, "date_text": date_text, "event_loc": loc, "aux_mode": list(aux_mode or []),
            "confidence": confidence, "source_of_claim": json.loads(claim) if claim else None,
            "trigger_start": trigger[0], "trigger_end": trigger[1]})
    return out


def _quotes(con: duckdb.DuckDBPyConnection, key: str, text: str) -> list[dict[str, Any]]:
    out = []
    for quote_text, start, end, direct, cue, speaker_text, speaker_name, speaker_code in con.execute(
            """SELECT text, start_offset, end_offset, direct, cue, speaker_text, speaker_name, speaker_code
               FROM quotes WHERE doc_key = ? ORDER BY n""", [key]).fetchall():
        speaker = None
        if speaker_text or speaker_name:
            # The speaker is named near its quote: look in the quote's paragraph neighbourhood.
            near = _locate(text, speaker_text, max(0, start - 300), min(len(text), end + 300), avoid=(start, end))
            speaker = {"entity_text": speaker_text, "name": speaker_name, "code": speaker_code, "sector": [],
                       "start": near[0], "end": near[1]}
        out.append({"text": quote_text, "start": start, "end": end, "direct": direct, "cue": cue,
                    "speaker": speaker})
    return out


def _dates(con: duckdb.DuckDBPyConnection, key: str) -> list[dict[str, Any]]:
    return [{"text": t, "start": s, "end": e, "value": v, "precision": p} for t, s, e, v, p in con.execute(
        "SELECT text, start_offset, end_offset, value, precision FROM dates WHERE doc_key = ? ORDER BY n",
        [key]).fetchall()]


def _places(con: duckdb.DuckDBPyConnection, key: str) -> list[dict[str, Any]]:
    names = ("text", "start", "end", "name", "country", "lat", "lon", "geonameid", "feature", "admin1", "demonym")
    return [dict(zip(names, row, strict=True)) for row in con.execute(
        """SELECT text, start_offset, end_offset, name, country, lat, lon, geonameid, feature, admin1,
                  coalesce(demonym, false) FROM places WHERE doc_key = ? ORDER BY n""", [key]).fetchall()]


def _entities(con: duckdb.DuckDBPyConnection, key: str) -> list[dict[str, Any]]:
    return [{"text": t, "label": label, "start": s, "end": e} for t, label, s, e in con.execute(
        "SELECT text, label, start_offset, end_offset FROM entities WHERE doc_key = ? ORDER BY n", [key]).fetchall()]


def _placed(actor: dict[str, Any], text: str, start: int, end: int) -> dict[str, Any]:
    found = _locate(text, actor["entity_text"], start, end)
    return {**actor, "start": found[0], "end": found[1]}


def _locate(text: str, needle: Optional[str], lo: int, hi: int,
            avoid: Optional[tuple[int, int]] = None) -> tuple[int, int]:
    """Offsets of `needle` in text[lo:hi] (outside `avoid`), or (0, 0) when it is not there."""
    if not needle:
        return 0, 0
    position = text.find(needle, lo, hi)
    while position >= 0 and avoid and avoid[0] <= position < avoid[1]:
        position = text.find(needle, position + 1, hi)
    return (position, position + len(needle)) if position >= 0 else (0, 0)


def _json_list(value: Any) -> list[Any]:
    if not value:
        return []
    parsed = json.loads(value) if isinstance(value, str) else value
    return parsed if isinstance(parsed, list) else []


def _json_object(value: Any) -> dict[str, Any]:
    if not value:
        return {}
    parsed = json.loads(value) if isinstance(value, str) else value
    return parsed if isinstance(parsed, dict) else {}
