"""Fixtures for the API and web reader tests: one small store built once per
session from examples/ (plus the team's extra articles), an in-process API
client, a live server on loopback, and headless Chromium driven by selenium."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

from . import reader_corpus

TOKEN = "test-token-7f3a"
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = ("/usr/bin/chromedriver",)


@pytest.fixture(scope="session")
def reader_settings():
    from wirecoder.settings import Settings

    # The small model, and every detected row kept (no confidence cut-off):
    # these tests are about the API and the reader, not accuracy, and need a
    # store with events of several types.
    return Settings(model="sm", min_confidence=0.0)


@pytest.fixture(scope="session")
def reader_store(tmp_path_factory, reader_settings) -> Path:
    """examples/ and reader_corpus.RECORDS coded into a store, once per session."""
    from wirecoder.store import ingest

    directory = tmp_path_factory.mktemp("reader")
    db = directory / "reader.duckdb"
    summary = ingest([str(EXAMPLES), str(reader_corpus.write(directory))], str(db), reader_settings)
    assert summary.errors == 0 and summary.added == 8
    return db


@pytest.fixture(scope="session")
def client(reader_store, reader_settings):
    """The app over the store, writes off (no token)."""
    from fastapi.testclient import TestClient

    from wirecoder.api import create_app

    with TestClient(create_app(str(reader_store), settings=reader_settings)) as test_client:
        yield test_client


@pytest.fixture
def writable_store(reader_store, tmp_path) -> Path:
    db = tmp_path / "writable.duckdb"
    shutil.copy(reader_store, db)
    return db


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(reader_store, reader_settings):
    """uvicorn on 127.0.0.1 in a thread, over the session store; yields its base URL."""
    import uvicorn

    from wirecoder.api import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(reader_store), settings=reader_settings), host="127.0.0.1",
                                          port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _first(paths) -> str | None:
    return next((p for p in paths if os.path.exists(p)), shutil.which(os.path.basename(paths[0])))


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """Headless Debian Chromium with the network cut off for everything but loopback."""
    chromium, driver_path = _first(CHROMIUM), _first(CHROMEDRIVER)
    if not chromium or not driver_path:
        pytest.skip("Debian's chromium and chromium-driver are not installed "
                    "(apt-get install -y chromium chromium-driver; .ci/run does it)")
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium must not look for drivers online
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--hide-scrollbars",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
                # No network but loopback: names do not resolve, and anything
                # that is not loopback goes to a closed proxy port.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--proxy-server=http://127.0.0.1:9"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Screenshots of each view land here (tmp/artifacts in the repo; ignored by git)."""
    from tests.conftest import ROOT

    path = Path(os.environ.get("WIRECODER_ARTIFACTS", ROOT / "tmp" / "artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path
