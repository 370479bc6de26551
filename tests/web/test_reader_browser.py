"""The web reader in a real headless Chromium, with the network cut off.

Each view is loaded on the small store built from examples/, its highlights,
chart, network and map are checked, a row is followed from the events view
to its article, and a screenshot of each view is saved (tmp/artifacts/).
After every view, the browser's network log must show no request that left
127.0.0.1, and its console no error (a refused request or a CSP violation
would show there too).
"""

from __future__ import annotations

import json
from urllib.parse import quote, urlparse

import pytest

pytestmark = pytest.mark.browser

READY_TIMEOUT = 30


def _open(browser, live_server, route: str, view: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{live_server}/{route}")
    WebDriverWait(browser, READY_TIMEOUT).until(lambda d: d.execute_script(
        "const a = document.getElementById('app'); return a && a.dataset.view === arguments[0] && a.dataset.ready;",
        view) or d.execute_script("return !!document.querySelector('.error')"))
    ready = browser.execute_script("return document.getElementById('app').dataset.ready")
    error = browser.execute_script("const e = document.querySelector('.error'); return e && e.textContent;")
    assert ready == view, f"view {ready!r} instead of {view!r}: {error}"


def _requests(browser) -> list[str]:
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _assert_offline(browser, live_server) -> None:
    """Every request of the page went to the test server on loopback; the console has no error."""
    urls = _requests(browser)
    assert urls, "the network log is empty: performance logging is not on"
    origin = urlparse(live_server)
    for url in urls:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https", "ws", "wss", "ftp"):
            continue  # data:, blob:, chrome:// and about: never touch the network
        assert (parsed.hostname, parsed.port) == (origin.hostname, origin.port), f"a request left loopback: {url}"
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


def _shot(browser, artifacts, name: str) -> None:
    path = artifacts / f"{name}.png"
    browser.save_screenshot(str(path))
    assert path.stat().st_size > 10_000


def test_front_page_lists_stories_newest_first(browser, live_server, artifacts):
    _open(browser, live_server, "#/", "front")
    cards = browser.execute_script("""return [...document.querySelectorAll('.card.story')].map(c => ({
        title: c.querySelector('h3').textContent, meta: c.querySelector('.meta').textContent,
        events: c.querySelectorAll('.top-events li').length}))""")
    assert len(cards) == 6
    sanctions = next(c for c in cards if c["title"] == "EU widens Iran sanctions")
    assert "3 copies" in sanctions["meta"] and "1 recycled" in sanctions["meta"]
    assert "claimed date 2024-02-05 (from input)" in sanctions["meta"] and sanctions["events"] == 3
    # Newest first: the April reprint does not move its story; 2024-02 stories come before 2023 and 2019.
    assert [c["title"] for c in cards][-1] == "France and Germany agree to reopen harbour talks"
    # A title with markup is shown as text and its script never runs.
    assert any(c["title"].startswith("<script>window.pwned") for c in cards)
    assert browser.execute_script("return window.pwned === undefined")
    _shot(browser, artifacts, "front")
    _assert_offline(browser, live_server)


def test_events_view_draws_timeline_network_and_map(browser, live_server, artifacts):
    _open(browser, live_server, "#/events", "events")
    chart = browser.execute_script("""const c = wc.chart; return {canvas: !!document.querySelector('#timeline'),
        types: c.data.datasets.length, total: c.data.datasets.reduce((s, d) => s + d.data.reduce((a, b) => a + b, 0), 0)}""")
    total = browser.execute_script("return Number(document.getElementById('total').textContent.split(' ')[0])")
    assert chart["canvas"] and chart["types"] >= 3 and chart["total"] == total > 20
    graph = browser.execute_script("return {nodes: wc.cy.nodes().length, edges: wc.cy.edges().length, "
                                   "canvas: document.querySelectorAll('#network canvas').length}")
    assert graph["nodes"] >= 4 and graph["edges"] >= 3 and graph["canvas"] >= 1
    world = browser.execute_script("return {countries: document.querySelectorAll('#map path').length, "
                                   "places: document.querySelectorAll('#map path.event-place').length, "
                                   "markers: wc.markers, tiles: document.querySelectorAll('#map img').length}")
    assert world["countries"] > 150 and world["places"] == world["markers"] >= 3 and world["tiles"] == 0
    rows = browser.execute_script("return document.querySelectorAll('#event-rows tr.event-row').length")
    assert rows >= 20
    _shot(browser, artifacts, "events")
    _assert_offline(browser, live_server)


def test_events_view_filters_like_query(browser, live_server, client):
    _open(browser, live_server, "#/events?actor=KEN&quad=4", "events")
    actors = browser.execute_script(
        "return [...document.querySelectorAll('#event-rows tr.event-row')].map(r => r.children[2].textContent)")
    expected = client.get("/v1/events", params={"actor": "KEN", "quad": 4}).json()["events"]
    assert actors and len(actors) == len(expected)
    assert all("KEN" in a.split("+") for a in actors)
    assert browser.execute_script("return document.querySelector('select[name=quad]').value") == "4"
    _assert_offline(browser, live_server)


def test_a_row_opens_its_article_with_the_sentence_highlighted(browser, live_server, artifacts):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, live_server, "#/events?event=SANCTION", "events")
    link = browser.find_element(By.CSS_SELECTOR, "#event-rows a.row-link")
    sentence = link.text
    link.click()
    WebDriverWait(browser, READY_TIMEOUT).until(
        lambda d: d.execute_script("return document.getElementById('app').dataset.ready") == "article")
    assert "?event=" in browser.current_url
    marked = browser.execute_script(
        "return [...document.querySelectorAll('#article-text .hl-sentence')].map(m => m.textContent).join('')")
    assert marked == sentence and "sanctions" in marked
    selected = browser.execute_script("return document.querySelector('table.article-events tr.selected td:nth-child(2)')"
                                      ".textContent")
    assert selected.startswith("SANCTION")
    _shot(browser, artifacts, "article-from-row")
    _assert_offline(browser, live_server)


def test_article_view_highlights_and_shows_codes(browser, live_server, artifacts, client):
    from selenium.webdriver.common.by import By

    key = client.get("/v1/documents/" + quote(str(_example("harbour-talks.txt")))).json()["store"]["doc_key"]
    _open(browser, live_server, f"#/doc/{key}", "article")
    kinds = browser.execute_script("""const n = {}; for (const m of document.querySelectorAll('#article-text mark.hl'))
        n[m.dataset.kind] = (n[m.dataset.kind] || 0) + 1; return n""")
    for kind in ("trigger", "actor", "quote", "date", "place"):
        assert kinds.get(kind, 0) >= 1, kinds
    trigger = browser.find_element(By.CSS_SELECTOR, "#article-text mark.hl-trigger")
    assert "quad" in trigger.get_attribute("title") and "CAMEO" in trigger.get_attribute("title")
    trigger.click()
    panel = browser.find_element(By.ID, "selection").text
    assert panel.startswith("trigger") and "CAMEO" in panel
    quote_title = browser.find_element(By.CSS_SELECTOR, "#article-text mark.hl-quote").get_attribute("title")
    assert "quote" in quote_title and "speaker" in quote_title
    place_title = browser.find_element(By.CSS_SELECTOR, "#article-text mark.hl-place").get_attribute("title")
    assert "place" in place_title
    removed = browser.execute_script("return [...document.querySelectorAll('.removed li .kind')].map(k => k.textContent)")
    assert {"navigation", "caption"} <= set(removed)
    assert "Recent posts" not in browser.find_element(By.ID, "article-text").text  # chrome stays apart
    warnings = browser.execute_script("return [...document.querySelectorAll('h1 ~ div .badge')].map(b => b.textContent)")
    assert any(w.startswith("date-unverified") for w in warnings)
    rows = browser.execute_script("return document.querySelectorAll('table.article-events tbody tr').length")
    assert rows == len(client.get(f"/v1/documents/{key}").json()["events"]) > 5
    _shot(browser, artifacts, "article")
    _assert_offline(browser, live_server)


def test_story_view_shows_copies_first_seen_and_recycled(browser, live_server, artifacts, client):
    story = next(s for s in client.get("/v1/stories").json()["stories"] if s["n_documents"] == 3)
    _open(browser, live_server, f"#/story/{story['story_id']}", "story")
    rows = browser.execute_script("""return [...document.querySelectorAll('table.copies tbody tr')].map(r =>
        ({id: r.children[0].textContent, note: r.children[3].textContent, flags: r.children[4].textContent}))""")
    assert [r["id"] for r in rows] == ["wire-003", "wire-003-copy", "wire-003-reprint"]
    assert rows[0]["note"] == "first seen" and rows[1]["note"] == "copy of wire-003"
    assert "recycled" in rows[2]["flags"] and "recycled" not in rows[1]["flags"]
    assert "first seen 2024-02-05" in browser.find_element("css selector", "p.meta").text
    _shot(browser, artifacts, "story")
    _assert_offline(browser, live_server)


def test_api_docs_page_works_offline(browser, live_server, artifacts):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{live_server}/docs")
    WebDriverWait(browser, READY_TIMEOUT).until(
        lambda d: d.execute_script("return document.querySelectorAll('.opblock').length") >= 7)
    paths = browser.execute_script("return [...document.querySelectorAll('.opblock-summary-path')].map(p => p.textContent)")
    assert {"/v1/code", "/v1/events", "/v1/ingest"} <= {p.replace("\u200b", "") for p in paths}
    _shot(browser, artifacts, "api-docs")
    _assert_offline(browser, live_server)


def _example(name: str):
    from tests.conftest import EXAMPLES

    return EXAMPLES / name
