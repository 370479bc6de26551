"""The gazetteer's cache file (places/cache.py): a small hand-built gazetteer
goes through the file and comes back equal; the file is written once, reused,
replaced when its key changes, rebuilt when damaged, and never runs code."""

from __future__ import annotations

import os
import pickle

import pytest

from wirecoder.places import cache
from wirecoder.places.gazetteer import ADM1, CAPITAL, CITY, COUNTRY, Entry, Gazetteer

NORLAND = Entry("Norland", "XNL", 60.5, 12.25, 9000001, COUNTRY, population=4_000_000, country2="XN")
KESSIN = Entry("Kessin", "XNL", 60.1, 11.9, 9000002, CITY, admin1="Upper March", admin1_code="01",
               population=12_500, country2="XN")
VALDORA = Entry("Valdora", "XNL", 61.0, 13.5, 9000003, CAPITAL, population=900_000, country2="XN")
MARCH = Entry("Upper March", "XNL", 60.2, 12.0, None, ADM1, admin1="Upper March", admin1_code="01", country2="XN")
KESSIN_ES = Entry("Kessin", "XES", 58.0, 14.0, 9000004, CITY, population=3_000, country2="XE")


def small() -> Gazetteer:
    return Gazetteer(
        names={"norland": [NORLAND], "the north": [NORLAND], "kessin": [KESSIN, KESSIN_ES], "valdora": [VALDORA],
               "upper march": [MARCH], "zürich ost": [KESSIN_ES]},
        alpha3={"XN": "XNL", "XE": "XES"}, neighbours={"XNL": frozenset({"XES"}), "XES": frozenset({"XNL"})},
        admin1={("XN", "01"): MARCH}, max_words=2, counties={"kessin": frozenset({"XN"})},
        countries={"XNL": NORLAND})


def test_a_gazetteer_comes_back_from_the_file_equal():
    built = small()
    loaded = cache.from_plain(pickle.loads(pickle.dumps(cache.to_plain(built))))
    assert dict(loaded.names) == built.names
    assert sorted(loaded.names) == list(loaded.names) and len(loaded.names) == len(built.names)
    assert loaded.lookup("Kessin") == [KESSIN, KESSIN_ES]
    assert loaded.lookup("Nowhere") == [] and "nowhere" not in loaded.names and "valdora" in loaded.names
    assert (loaded.alpha3, loaded.neighbours, loaded.admin1, loaded.max_words, loaded.counties, loaded.countries) == (
        built.alpha3, built.neighbours, built.admin1, built.max_words, built.counties, built.countries)
    # One object per entry, as when built: Norland under two names and as a country.
    assert loaded.names["norland"][0] is loaded.names["the north"][0] is loaded.countries["XNL"]
    assert loaded.county_states("Kessin County") == frozenset({"XN"})


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting_build():
    calls = []

    def build():
        calls.append(1)
        return small()

    return build, calls


def test_the_file_is_written_once_and_reused(cache_dir):
    build, calls = counting_build()
    first = cache.cached(build)
    second = cache.cached(build)
    assert len(calls) == 1
    assert dict(second.names) == dict(first.names)
    files = list(cache_dir.glob("gazetteer-*.pickle"))
    assert files == [cache.cache_path()]
    assert cache.cache_path().name == f"gazetteer-{cache.cache_key()}.pickle"


def test_a_new_key_replaces_the_old_file(cache_dir, monkeypatch):
    build, calls = counting_build()
    cache.cached(build)
    old = cache.cache_path()
    monkeypatch.setattr(cache, "FORMAT", cache.FORMAT + 1)  # as an upgrade of wirecoder or its data would
    assert cache.cache_path() != old
    cache.cached(build)
    assert len(calls) == 2
    assert list(cache_dir.glob("gazetteer-*.pickle")) == [cache.cache_path()]


def test_the_key_follows_the_source_data(monkeypatch):
    key = cache.cache_key()
    monkeypatch.setattr(cache, "SOURCE_DATA_FILES", ("regions.tsv",))
    assert cache.cache_key() != key


@pytest.mark.parametrize("content", [
    b"",
    b"not a pickle at all",
    pickle.dumps({"format": 1, "names": "truncated"}),
    # A pickle that would run a command when loaded by plain pickle.load.
    b"cos\nsystem\n(S'touch /tmp/wirecoder-cache-pwned'\ntR.",
])
def test_a_damaged_or_tampered_file_is_rebuilt_and_never_run(cache_dir, content):
    build, calls = counting_build()
    cache_dir.mkdir(parents=True)
    cache.cache_path().write_bytes(content)
    gazetteer = cache.cached(build)
    assert calls == [1] and gazetteer.lookup("Valdora") == [VALDORA]
    assert not os.path.exists("/tmp/wirecoder-cache-pwned")
    assert cache.from_plain(cache._PlainUnpickler(open(cache.cache_path(), "rb")).load()).lookup("Valdora")


def test_an_unwritable_cache_directory_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(blocker / "cache"))  # cannot be created under a file
    build, calls = counting_build()
    assert cache.cached(build).lookup("Valdora") == [VALDORA]
    assert cache.cached(build).lookup("Valdora") == [VALDORA]
    assert len(calls) == 2


def test_the_real_gazetteer_is_cached_for_the_next_process():
    """After the session's first use (tests/test_places.py uses it), the
    current cache file is there and serves the same entries."""
    from wirecoder.places.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    path = cache.cache_path()
    assert path.is_file()
    loaded = cache._read(path)
    for name in ("kharkiv", "georgia", "paris", "washington state", "henderson county"):
        assert loaded.names.get(name) == gazetteer.names.get(name), name
    assert loaded.lookup("Kharkov") and len(loaded.names) == len(gazetteer.names)
