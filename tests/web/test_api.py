"""The HTTP API, endpoint by endpoint: good input, bad input (4xx with an
error code, never a 500), tokens, body size, and SQL injection through every
filter (nothing extra comes back, nothing changes, no file is read or written)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from .conftest import TOKEN

FILTERS = ("actor", "recipient", "event", "quad", "since", "until", "country", "text")
INJECTIONS = ("' OR 1=1 --", "KEN' OR '1'='1", "') OR TRUE; DROP TABLE events; --",
              "x' UNION SELECT content FROM read_text('/etc/passwd') --", "read_text('/etc/passwd')",
              "'; COPY events TO '/tmp/wirecoder-injected.csv' --", "COPY (SELECT 1) TO '/tmp/wirecoder-injected.csv'",
              "'; ATTACH '/tmp/wirecoder-injected.duckdb' AS x; --", "%", "_", "\\", "\x00")


def _error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code and len(error["message"]) > 10
    return error


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- GET /v1/events ------------------------------------------------------------------------------------------------

def test_events_are_counted_once_per_story_with_evidence(client):
    body = client.get("/v1/events", params={"limit": 1000}).json()
    events = body["events"]
    assert body["next"] is None and len(events) > 20
    sanction = [e for e in events if e["event"] == "SANCTION" and e["date"] == "2024-02-05"]
    assert len(sanction) == 1  # wire-003 and its copy: one event, two documents
    assert sanction[0]["count"] == 2 and sanction[0]["documents"] == ["wire-003", "wire-003-copy"]
    assert sanction[0]["actor"] == ["EUR"] and sanction[0]["recipient"] == ["IRN"]
    for event in events:
        assert event["doc_key"] and event["event_id"] and event["sentence"]
    dates = [e["date"] for e in events if e["date"]]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_events_filters_match_the_query_command(client, reader_store):
    from wirecoder.api.access import connect
    from wirecoder.store import EventFilters, query_events

    con = connect(str(reader_store), writable=False)
    cases = [{"actor": "KEN"}, {"recipient": "irn"}, {"event": "sanction"}, {"quad": 4}, {"since": "2024-02-03"},
             {"until": "2019-12-31"}, {"country": "DEU"}, {"text": "tear gas"}, {"actor": "KEN", "quad": 4},
             {"since": "2024-01-01", "until": "2024-02-04", "quad": 1}]
    for params in cases:
        rows = client.get("/v1/events", params={**params, "limit": 1000}).json()["events"]
        columns, expected = query_events(con, EventFilters(**params))
        assert rows, params
        got = sorted((r["story_id"], r["event"], r["date"], r["count"]) for r in rows)
        want = sorted((row[0], row[1], row[6], row[7]) for row in expected)
        assert got == want, params
    con.close()


def test_events_paging(client):
    everything = client.get("/v1/events", params={"limit": 1000}).json()["events"]
    first = client.get("/v1/events", params={"limit": 10}).json()
    second = client.get("/v1/events", params={"limit": 10, "offset": first["next"]}).json()
    assert first["next"] == 10 and first["events"] + second["events"] == everything[:20]


@pytest.mark.parametrize("params, code", [
    ({"quad": 5}, "bad-parameter"), ({"quad": "four"}, "bad-parameter"), ({"event": "INVADE"}, "bad-parameter"),
    ({"since": "last week"}, "bad-date"), ({"until": "2024-13-01"}, "bad-date"), ({"limit": 0}, "bad-parameter"),
    ({"limit": 100000}, "bad-parameter"), ({"offset": -1}, "bad-parameter"), ({"actor": "X" * 101}, "bad-parameter"),
    ({"text": "x" * 501}, "bad-parameter"),
])
def test_events_bad_input_is_422_with_a_code(client, params, code):
    _error(client.get("/v1/events", params=params), 422, code)


@pytest.mark.parametrize("name", FILTERS)
def test_injection_through_every_filter_returns_nothing_and_changes_nothing(client, reader_store, name):
    before = _digest(reader_store)
    baseline = client.get("/v1/stats").json()["total"]
    for attempt in INJECTIONS:
        for route in ("/v1/events", "/v1/stats"):
            response = client.get(route, params={name: attempt})
            assert response.status_code in (200, 422), (route, name, attempt, response.text)
            if response.status_code == 422:  # typed filters refuse it outright
                assert response.json()["error"]["code"] in ("bad-parameter", "bad-date")
            elif route == "/v1/events":
                rows = response.json()["events"]
                # Only rows that really contain the literal text may come back (LIKE wildcards are literal
                # characters of the value, never SQL): '%' and '_' may match, nothing else does.
                assert not rows or attempt in ("%", "_"), (name, attempt, rows[:1])
                assert all("root:" not in str(row) for row in rows)
            else:
                assert response.json()["total"] in (0, baseline) or attempt in ("%", "_")
    assert not Path("/tmp/wirecoder-injected.csv").exists() and not Path("/tmp/wirecoder-injected.duckdb").exists()
    assert client.get("/v1/stats").json()["total"] == baseline
    assert _digest(reader_store) == before


@pytest.mark.parametrize("route", ["/v1/stories/{}", "/v1/documents/{}"])
def test_injection_through_path_ids_finds_nothing(client, route):
    for attempt in INJECTIONS[:8]:
        response = client.get(route.format(attempt.replace("/", "%2F").replace("?", "%3F").replace("#", "%23")))
        assert response.status_code == 404, (attempt, response.text)
        assert response.json()["error"]["code"] in ("not-found",)


def test_the_store_connection_cannot_touch_files(reader_store):
    """Defence in depth: even a statement we would never send cannot read or write a file."""
    import duckdb

    from wirecoder.api.access import StoreAccess

    store = StoreAccess(str(reader_store), writable=False)
    with store.reader() as con:
        for statement in ("SELECT * FROM read_text('/etc/passwd')", "COPY events TO '/tmp/wirecoder-injected.csv'",
                          "ATTACH '/tmp/wirecoder-injected.duckdb'", "SET enable_external_access = true",
                          "INSTALL httpfs"):
            with pytest.raises(duckdb.Error):
                con.execute(statement)
    with store.reader() as con:
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM events")
    store.close()
    assert not Path("/tmp/wirecoder-injected.csv").exists()


def test_status_reports_counts_writes_and_the_index(client):
    status = client.get("/v1/status").json()
    assert (status["documents"], status["stories"], status["errors"], status["writes"]) == (8, 6, 0, False)
    assert status["events"] >= status["index"]["rows"] > 20 and status["index"]["ready"]


# --- GET /v1/stats -------------------------------------------------------------------------------------------------

def test_stats_count_by_type_day_dyad_and_place(client):
    stats = client.get("/v1/stats").json()
    events = client.get("/v1/events", params={"limit": 1000}).json()["events"]
    assert stats["total"] == len(events)
    assert sum(row["count"] for row in stats["by_type"]) == stats["total"]
    assert sum(row["count"] for row in stats["by_day"]) == stats["total"]  # every example event has a day
    assert {"actor": "EUR", "recipient": "IRN"} in [{k: d[k] for k in ("actor", "recipient")} for d in stats["by_dyad"]]
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 and p["count"] >= 1 for p in stats["by_place"])
    quad4 = client.get("/v1/stats", params={"quad": 4}).json()
    assert quad4["total"] < stats["total"] and {r["quad_code"] for r in quad4["by_type"]} == {4}


def test_stats_bad_input(client):
    _error(client.get("/v1/stats", params={"top": 0}), 422, "bad-parameter")
    _error(client.get("/v1/stats", params={"since": "2024/01/01"}), 422, "bad-date")


# --- GET /v1/stories, /v1/stories/{id} -----------------------------------------------------------------------------

def test_stories_newest_first_with_copies_and_top_events(client):
    body = client.get("/v1/stories").json()
    stories = body["stories"]
    assert len(stories) == 6 and body["next"] is None
    firsts = [s["first_seen"] for s in stories]
    assert firsts == sorted(firsts, reverse=True)
    sanctions = next(s for s in stories if s["n_documents"] == 3)
    assert sanctions["first_seen"] == "2024-02-05" and sanctions["n_recycled"] == 1
    assert sanctions["first_document"]["id"] == "wire-003" and sanctions["first_document"]["date_source"] == "input"
    assert 1 <= len(sanctions["top_events"]) <= 3 and sanctions["top_events"][0]["count"] == 2
    harbour = next(s for s in stories if s["first_seen"] == "2019-03-07")
    assert [w["code"] for w in harbour["date_warnings"]] == ["date-unverified"]
    page = client.get("/v1/stories", params={"limit": 2, "offset": 2}).json()
    assert [s["story_id"] for s in page["stories"]] == [s["story_id"] for s in stories[2:4]] and page["next"] == 4


def test_story_detail_flags_recycled_copies(client):
    story_id = next(s["story_id"] for s in client.get("/v1/stories").json()["stories"] if s["n_documents"] == 3)
    story = client.get(f"/v1/stories/{story_id}").json()
    documents = {d["id"]: d for d in story["documents"]}
    assert list(documents) == ["wire-003", "wire-003-copy", "wire-003-reprint"]
    assert documents["wire-003-copy"]["duplicate_of"] == "wire-003" and not documents["wire-003-copy"]["recycled"]
    assert documents["wire-003-reprint"]["recycled"]
    assert documents["wire-003-reprint"]["warnings"][0]["code"] == "recycled"
    assert all(d["first_seen"] == "2024-02-05" for d in story["documents"])


def test_stories_bad_input(client):
    _error(client.get("/v1/stories/s-000000000000"), 404, "not-found")
    _error(client.get("/v1/stories", params={"limit": 201}), 422, "bad-parameter")
    _error(client.get("/v1/stories", params={"offset": "x"}), 422, "bad-parameter")
    _error(client.get("/v1/stories/" + "s" * 201), 422, "bad-parameter")


# --- GET /v1/documents/{id} ----------------------------------------------------------------------------------------

def test_document_is_wirecoder_1_with_everything(client):
    from tests.conftest import EXAMPLES

    from wirecoder.document import Document

    path = str(EXAMPLES / "harbour-talks.txt")
    doc = client.get(f"/v1/documents/{path}").json()
    assert doc["schema"] == "wirecoder/1" and doc["id"] == path and doc["error"] is None
    assert doc["date"] == "2019-03-07" and doc["date_source"] == "page-header"
    assert {r["kind"] for r in doc["removed"]} >= {"navigation", "caption"}
    assert doc["events"] and doc["quotes"] and doc["dates"] and doc["places"] and doc["entities"]
    assert [w["code"] for w in doc["warnings"]] == ["date-unverified"]
    text = doc["text"]
    for event in doc["events"]:
        assert text[event["start"]:event["end"]] == event["sentence"]
        if event["trigger_end"]:
            assert text[event["trigger_start"]:event["trigger_end"]] == event["event_text"]
        for actor in event["actor"] + event["recipient"]:
            if actor["end"]:
                assert text[actor["start"]:actor["end"]] == actor["entity_text"]
    for mention in doc["quotes"] + doc["dates"] + doc["places"]:
        assert text[mention["start"]:mention["end"]] == mention["text"] or mention in doc["quotes"]
    assert Document.from_dict(doc).to_dict()["events"] == doc["events"]  # round-trips through the data model
    by_key = client.get(f"/v1/documents/{doc['store']['doc_key']}").json()
    assert by_key["id"] == path and by_key["store"]["story_id"]


def test_document_not_found_and_bad_input(client):
    _error(client.get("/v1/documents/no-such-document"), 404, "not-found")
    _error(client.get("/v1/documents/" + "x" * 2001), 422, "bad-parameter")


def test_unknown_route_and_method(client):
    _error(client.get("/v1/nothing"), 404, "not-found")
    _error(client.delete("/v1/events"), 405, "method-not-allowed")


# --- POST /v1/code -------------------------------------------------------------------------------------------------

def test_code_text_html_and_json_record(client):
    text = "Kenyan police detained dozens of protesters in Nairobi on Monday, witnesses said."
    doc = client.post("/v1/code", content=text.encode(), params={"date": "2024-03-04", "id": "k1"},
                      headers={"content-type": "text/plain"}).json()
    assert doc["schema"] == "wirecoder/1" and doc["id"] == "k1" and doc["date"] == "2024-03-04"
    assert doc["events"] and doc["events"][0]["actor"][0]["code"] == "KEN"
    html = (f"<html><head><title>Arrests</title></head><body><nav>Home | World</nav><article><h1>Arrests in Nairobi"
            f"</h1><p>{text}</p><p>Rights groups condemned the arrests.</p></article></body></html>")
    doc = client.post("/v1/code", content=html.encode(), headers={"content-type": "text/html; charset=utf-8"}).json()
    assert doc["error"] is None and "detained" in doc["text"] and "Home" not in doc["text"]
    record = {"id": "r1", "text": text, "date": "2024-03-04", "title": "Arrests", "url": "https://example.org/a"}
    doc = client.post("/v1/code", json=record).json()
    assert (doc["id"], doc["title"], doc["url"], doc["date_source"]) == ("r1", "Arrests", "https://example.org/a", "input")


@pytest.mark.parametrize("body, content_type, status, code", [
    (b"", "text/plain", 422, "empty"),
    (b"   \n  ", "text/plain", 422, "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "application/octet-stream", 422, "binary"),
    (b"{not json", "application/json", 422, "bad-json"),
    (b"[1, 2]", "application/json", 422, "bad-json"),
    (b'{"id": "x", "title": "no body"}', "application/json", 422, "no-text"),
    (b'{"id": "x", "text": "' + b"a " * 600_000 + b'"}', "application/json", 413, "too-large"),
    (b"<html><body><nav>Home</nav><script>x()</script></body></html>", "text/html", 422, "no-article"),
    (b"[" * 100_000, "application/json", 422, "bad-json"),
])
def test_code_bad_documents_get_the_code_commands_error_codes(client, body, content_type, status, code):
    response = client.post("/v1/code", content=body, headers={"content-type": content_type})
    error = _error(response, status, code)
    assert response.json()["schema"] == "wirecoder/1" and response.json()["events"] == [] and error


def test_code_bad_parameters(client):
    _error(client.post("/v1/code", content=b"text", params={"date": "tomorrow"}), 422, "bad-date")
    _error(client.post("/v1/code", content=b"text", headers={"content-type": "multipart/form-data; boundary=x"}),
           415, "unsupported-media-type")
    _error(client.get("/v1/code"), 405, "method-not-allowed")


def test_oversized_bodies_get_413_before_they_are_read(reader_store, reader_settings):
    from fastapi.testclient import TestClient

    from wirecoder.api import create_app

    small = TestClient(create_app(str(reader_store), token=None, settings=reader_settings, max_body=2048))
    _error(small.post("/v1/code", content=b"x" * 4096), 413, "too-large")
    _error(small.post("/v1/ingest", content=b"x" * 4096), 413, "too-large")

    def chunked():  # no Content-Length: the cap must hold while streaming
        for _ in range(10):
            yield b"y" * 1024

    _error(small.post("/v1/code", content=chunked()), 413, "too-large")
    assert small.post("/v1/code", content=b"Police arrested two men in Oslo.").status_code == 200


# --- POST /v1/ingest -----------------------------------------------------------------------------------------------

NEW = {"documents": [
    {"id": "api-1", "date": "2024-06-03", "title": "Border talks", "text": "Chile and Peru agreed on Monday to reopen "
     "talks on their maritime border, the two foreign ministries said in Lima."},
    {"id": "api-2", "title": "no text here"},
]}


def test_ingest_needs_writes_on(client):
    _error(client.post("/v1/ingest", json=NEW), 403, "writes-off")
    _error(client.post("/v1/ingest", json=NEW, headers={"Authorization": f"Bearer {TOKEN}"}), 403, "writes-off")


def test_ingest_with_token(writable_store, reader_settings):
    from fastapi.testclient import TestClient

    from wirecoder.api import create_app

    with TestClient(create_app(str(writable_store), token=TOKEN, settings=reader_settings)) as client:
        before = client.get("/v1/stats").json()["total"]
        missing = client.post("/v1/ingest", json=NEW)
        _error(missing, 401, "unauthorized")
        assert missing.headers["www-authenticate"] == "Bearer"
        _error(client.post("/v1/ingest", json=NEW, headers={"Authorization": "Bearer"}), 401, "unauthorized")
        _error(client.post("/v1/ingest", json=NEW, headers={"Authorization": "Bearer wrong-token"}), 403, "forbidden")
        _error(client.post("/v1/ingest", json=NEW, headers={"Authorization": f"Basic {TOKEN}"}), 401, "unauthorized")
        assert client.get("/v1/stats").json()["total"] == before  # refused writes changed nothing
        auth = {"Authorization": f"Bearer {TOKEN}"}
        summary = client.post("/v1/ingest", json=NEW, headers=auth).json()
        assert (summary["seen"], summary["added"], summary["errors"]) == (2, 1, 1) and summary["events"] >= 1
        doc = client.get("/v1/documents/api-1").json()
        assert doc["events"] and doc["store"]["story_id"]
        assert client.get("/v1/stats").json()["total"] > before
        again = client.post("/v1/ingest", json=NEW, headers=auth).json()
        assert (again["added"], again["skipped"]) == (0, 2)  # idempotent, as `wirecoder ingest`
        _error(client.post("/v1/ingest", content=b"{oops", headers=auth), 422, "bad-json")
        _error(client.post("/v1/ingest", json={"documents": []}, headers=auth), 422, "bad-parameter")
        _error(client.post("/v1/ingest", json={"records": 1}, headers=auth), 422, "bad-parameter")


def test_ingest_token_is_compared_in_constant_time():
    import inspect

    from wirecoder.api import app

    assert "hmac.compare_digest" in inspect.getsource(app._check_token)


def test_read_only_server_refuses_a_missing_store(tmp_path, reader_settings):
    from wirecoder.api import create_app
    from wirecoder.errors import WirecoderError

    with pytest.raises(WirecoderError, match="no store"):
        create_app(str(tmp_path / "absent.duckdb"), settings=reader_settings)


# --- the pages -----------------------------------------------------------------------------------------------------

def test_pages_and_schema_are_served_with_a_strict_policy(client):
    index = client.get("/")
    assert index.status_code == 200 and "/static/app.js" in index.text
    policy = index.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self';" in policy
    assert client.get("/static/vendor/leaflet.js").status_code == 200
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
    schema = client.get("/openapi.json").json()
    assert {"/v1/code", "/v1/events", "/v1/stats", "/v1/stories", "/v1/stories/{story_id}",
            "/v1/documents/{ident}", "/v1/ingest"} <= set(schema["paths"])


def test_web_assets_name_no_outside_host():
    """Nothing the reader loads points outside the server (the vendored libraries are checked by the browser test)."""
    from importlib import resources

    web = resources.files("wirecoder") / "web"
    for name in ("index.html", "app.js", "app.css"):
        text = (web / name).read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, name


def test_serve_command_prints_the_address_and_answers(reader_store, tmp_path):
    """`wirecoder serve` as users run it: a process that prints where to go and serves there."""
    import json
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "WIRECODER_TOKEN": ""}
    process = subprocess.Popen([sys.executable, "-m", "wirecoder", "serve", "--db", str(reader_store), "--port",
                                str(port), "--model", "sm"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env, text=True)
    try:
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line and "writes off" in line, line
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/stats", timeout=5) as response:
                    assert json.load(response)["total"] > 20
                break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None, process.stderr.read()
                time.sleep(0.2)
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_the_index_and_the_direct_grouping_give_the_same_pages(reader_store):
    """browse works with the in-memory story-event index (big stores) and without it (while it builds)."""
    from wirecoder.api.access import StoreAccess
    from wirecoder.store import EventFilters, browse

    store = StoreAccess(str(reader_store), writable=False)
    assert store.index.ready
    with store.reader() as con:
        for filters in (EventFilters(), EventFilters(actor="IRN"), EventFilters(country="KEN"),
                        EventFilters(text="Tear Gas"), EventFilters(since="2024-01-01", quad=3)):
            direct = browse.event_page(con, filters, 0, 1000)
            indexed = browse.event_page(con, filters, 0, 1000, index=store.index)
            assert direct == indexed and direct["events"], filters
            assert browse.event_stats(con, filters) == browse.event_stats(con, filters, index=store.index)
    store.close()


def test_a_writing_server_can_checkpoint_its_store(writable_store):
    # The server's connection once kept its last query's transaction open for
    # its whole life, so no checkpoint could follow an update: the log only grew.
    from wirecoder.api.access import StoreAccess

    store = StoreAccess(str(writable_store), writable=True)
    try:
        with store.writer() as con:
            con.execute("INSERT INTO runs (run_id, status) VALUES (1000, 'running')")
            con.execute("UPDATE runs SET status = 'done' WHERE run_id = 1000")
            con.execute("CHECKPOINT")  # "there are other write transactions active" before
    finally:
        store.close()
