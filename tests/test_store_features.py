"""Word features of the store (tokens.py, dedup.py, vectors.py): stable word
hashes, MinHash estimates that track the true Jaccard similarity, and
vectors that do not depend on the batch a document came in."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from tests.store_corpus import BOILERPLATE, HARBOUR, ORCHESTRA, SUMMIT

from wirecoder.store import dedup, features, vectors
from wirecoder.store.tokens import batch_token_hashes, token_hashes, word_hash
from wirecoder.store.vectors import IdfTable, batch_vectors, cosine, story_vector, top_terms


def test_a_word_hashes_the_same_wherever_it_is():
    hashes, lengths = token_hashes("Kessin talks: the KESSIN deal, kessin's crossings")
    assert hashes[0] == hashes[3] == hashes[5] == word_hash("kessin")
    assert list(lengths[:3]) == [6, 5, 3]


def test_word_characters_and_hashes_are_those_every_store_was_written_with():
    # Stored signatures, vectors, postings and the IDF table all hold these numbers.
    assert (word_hash("harbour"), word_hash("x_9"), word_hash("é")) == (
        10709708512403029405, 6446169294545385274, 4884968747031827524)
    for code in range(1, 128):
        character = chr(code)
        joined = character.isascii() and (character.isalnum() or character == "_")
        assert len(token_hashes(f"a{character}b")[0]) == (1 if joined else 2), repr(character)


def test_curly_quotes_and_dashes_split_words_like_ascii_punctuation():
    curly, _ = token_hashes("“Estria’s president” — said")
    plain, _ = token_hashes("\"Estria's president\" - said")
    assert list(curly) == list(plain)
    assert word_hash("café") != word_hash("cafe")  # letters outside ASCII are word characters


def test_a_batch_gives_each_text_the_hashes_it_gets_alone():
    texts = ["First text here.", "", "Ségolène’s second text", "third"]
    hashes, lengths, owner = batch_token_hashes(texts)
    for i, text in enumerate(texts):
        alone, alone_lengths = token_hashes(text)
        assert list(hashes[owner == i]) == list(alone) and list(lengths[owner == i]) == list(alone_lengths)


def _jaccard(a: str, b: str) -> float:
    sa, sb = dedup.shingles(a), dedup.shingles(b)
    return len(sa & sb) / len(sa | sb)


@pytest.mark.parametrize("copy", [
    "\n\n".join(HARBOUR[:-1]),
    "\n\n".join(HARBOUR + [BOILERPLATE]),
    "\n\n".join(HARBOUR[1:]),
])
def test_the_minhash_estimate_is_close_to_the_true_jaccard(copy):
    original = "\n\n".join(HARBOUR)
    estimate = dedup.similarity(dedup.signature(token_hashes(original)[0]), dedup.signature(token_hashes(copy)[0]))
    assert abs(estimate - _jaccard(original, copy)) < 0.15
    assert estimate >= dedup.THRESHOLD


def test_different_articles_share_almost_no_bins_and_short_texts_have_no_signature():
    a = dedup.signature(token_hashes("\n\n".join(HARBOUR))[0])
    b = dedup.signature(token_hashes("\n\n".join(ORCHESTRA))[0])
    assert dedup.similarity(a, b) < 0.1
    assert dedup.signature(token_hashes("Too short to compare.")[0]) is None
    assert len(dedup.band_buckets(a)) == dedup.BANDS


def test_a_vector_does_not_depend_on_its_batch():
    texts = ["\n\n".join(HARBOUR), "\n\n".join(SUMMIT), "", "\n\n".join(ORCHESTRA)]
    titles = ["Ship aground", "Crossings reopen", "", "Concert"]
    body, body_lengths, body_owner = batch_token_hashes(texts)
    head, head_lengths, head_owner = batch_token_hashes(titles)
    terms, weights, offsets = batch_vectors(np.concatenate((head, body)), np.concatenate((head_lengths, body_lengths)),
                                            np.concatenate((head_owner, body_owner)), len(texts))
    for i, (title, text) in enumerate(zip(titles, texts, strict=True)):
        alone = story_vector(title, *token_hashes(text))
        assert list(alone.terms) == list(terms[offsets[i]:offsets[i + 1]])
        assert list(alone.weights) == list(weights[offsets[i]:offsets[i + 1]])


def test_vectors_are_unit_length_and_a_rewrite_is_closer_than_another_story():
    harbour = story_vector("Ship aground", *token_hashes("\n\n".join(HARBOUR)))
    rewrite = story_vector("Channel blocked", *token_hashes("\n\n".join(HARBOUR[2:4])))
    summit = story_vector("Crossings reopen", *token_hashes("\n\n".join(SUMMIT)))
    assert np.dot(harbour.weights, harbour.weights) == pytest.approx(1.0)
    assert cosine(harbour, rewrite) > 0.3 > 0.1 > cosine(harbour, summit)
    assert len(top_terms(harbour)) == 12
    assert word_hash("the") not in set(harbour.terms.view(np.uint64).tolist())  # a stop word


def test_a_batch_with_no_word_to_weigh_is_written():
    from wirecoder.store import open_store
    from wirecoder.store.features import FeatureRows

    con = open_store(":memory:")
    rows = FeatureRows()
    rows.add("k1", 1, None, "The and of a.", "2024-03-05")
    rows.add("k2", 2, "", "", None)
    rows.write(con)
    assert con.execute("SELECT doc_key, len(terms) FROM story_vectors ORDER BY 1").fetchall() == [("k1", 0), ("k2", 0)]
    assert con.execute("SELECT count(*) FROM story_keys").fetchone() == (0,)


def test_the_migration_backfill_writes_the_rows_ingest_writes():
    """Story keys and word postings recomputed from stored documents (migration 6) equal those of the batches."""
    from wirecoder.store import open_store
    from wirecoder.store.features import FeatureRows, backfill_keys_and_words

    con = open_store(":memory:")
    texts = [" ".join(SUMMIT), " ".join(HARBOUR), " ".join(ORCHESTRA), " ".join(SUMMIT[:3]), ""]
    for batch in ((0, 1, 2), (3, 4)):
        rows = FeatureRows()
        for n in batch:
            key, date = f"k{n}", f"2024-03-0{n + 1}"
            con.execute("INSERT INTO documents (doc_key, id, content_hash, seq, title, text, date) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [key, key, key, n + 1, "Title", texts[n], date])
            rows.add(key, n + 1, "Title", texts[n], date)
        rows.write(con)
    tables = {"story_keys": "SELECT key, seq, day FROM story_keys",
              "word_postings": "SELECT word, unnest(seqs) AS seq FROM word_postings"}
    ingested = {name: sorted(con.execute(sql).fetchall()) for name, sql in tables.items()}
    assert ingested["word_postings"] and ingested["story_keys"]
    con.execute("DELETE FROM story_keys")
    con.execute("DELETE FROM word_postings")
    backfill_keys_and_words(con)
    assert {name: sorted(con.execute(sql).fetchall()) for name, sql in tables.items()} == ingested


def test_the_idf_table_answers_as_a_search_of_the_sorted_words_does():
    rng = np.random.default_rng(7)
    listed = np.unique(rng.integers(1, 2**64 - 1, 5000, dtype=np.uint64))
    listed[:40] = ((listed[0] >> np.uint64(40)) << np.uint64(40)) + np.arange(1, 41, dtype=np.uint64)  # one slot
    listed = np.append(np.unique(listed), np.uint64(0))  # and one that hashes to 0
    idf = rng.uniform(1, 18, len(listed))
    table = IdfTable(listed, idf, unlisted=18.42)
    asked = np.concatenate((listed, rng.integers(1, 2**64 - 1, 5000, dtype=np.uint64), listed[::-7]))
    order = np.argsort(listed)
    position = np.minimum(np.searchsorted(listed[order], asked), len(listed) - 1)
    expected = np.where(listed[order][position] == asked, idf[order][position], 18.42)
    assert np.array_equal(table.idf(asked), expected)
    assert table.idf(np.zeros(0, dtype=np.uint64)).shape == (0,)


@pytest.fixture
def idf_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(tmp_path / "cache"))
    vectors._tables.cache_clear()
    yield tmp_path / "cache"
    vectors._tables.cache_clear()


def small_tables() -> tuple[IdfTable, np.ndarray]:
    hashes = np.array([word_hash("harbour"), word_hash("the")], dtype=np.uint64)
    return IdfTable(hashes, np.array([9.5, 1.5]), unlisted=18.42), np.array([word_hash("the")], dtype=np.uint64)


def test_the_idf_tables_are_built_once_then_read_from_the_cache_file(idf_cache, monkeypatch):
    built, built_stop = vectors._tables()
    assert [path.name for path in idf_cache.glob("idf-*.npz")] == [vectors.cache_path().name]
    vectors._tables.cache_clear()
    monkeypatch.setattr(vectors, "_build_tables", lambda: pytest.fail("the tables were built again"))
    table, stop = vectors._tables()
    asked = np.concatenate((built.keys[built.keys != 0][:2000], np.array([0, 1, word_hash("harbour")], dtype=np.uint64)))
    assert np.array_equal(table.idf(asked), built.idf(asked)) and np.array_equal(stop, built_stop)
    assert table.bits == built.bits and table.idf(np.array([word_hash("zqxv")], dtype=np.uint64))[0] == built.unlisted


@pytest.mark.parametrize("content", [b"", b"not an archive", "wrong shape"])
def test_a_damaged_idf_cache_is_rebuilt(idf_cache, monkeypatch, content):
    monkeypatch.setattr(vectors, "_build_tables", small_tables)
    path = vectors.cache_path()
    idf_cache.mkdir(parents=True)
    if content == "wrong shape":  # a valid archive whose table is not a power of two long
        np.savez(path, keys=np.arange(1, 21, dtype=np.uint64), values=np.ones(20), stop=np.zeros(1, dtype=np.uint64),
                 zero=np.float64(0), unlisted=np.float64(1))
    else:
        path.write_bytes(content)
    table, stop = vectors._tables()
    assert list(table.idf(np.array([word_hash("harbour"), word_hash("kessin")], dtype=np.uint64))) == [9.5, 18.42]
    assert vectors._read(path) is not None  # and written again


def test_an_unwritable_idf_cache_directory_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(vectors, "_build_tables", small_tables)
    vectors._tables.cache_clear()
    try:
        assert list(vectors._tables()[1]) == [word_hash("the")]
    finally:
        vectors._tables.cache_clear()



def _densify_one_row(sig: np.ndarray, filled: np.ndarray) -> np.ndarray:
    """The rotation densification of one signature, bin by bin (the definition)."""
    out = sig.copy()
    for empty in np.flatnonzero(~filled):
        distance = next(d for d in range(1, dedup.NUM_PERM) if filled[(empty + d) % dedup.NUM_PERM])
        with np.errstate(over="ignore"):  # uint64 arithmetic wraps, as in dedup (arrays there do not warn)
            out[empty] = sig[(empty + distance) % dedup.NUM_PERM] + np.uint64(distance) * dedup._ROTATION
    return out


def test_empty_bins_borrow_from_the_next_filled_bin_in_every_row():
    rng = np.random.default_rng(7)
    sig = rng.integers(0, 2**57, size=(6, dedup.NUM_PERM), dtype=np.uint64)
    filled = rng.random((6, dedup.NUM_PERM)) < [[0.9], [0.5], [0.1], [0.02], [0.99], [0.3]]
    filled[:, 0] |= ~filled.any(axis=1)  # every row has a filled bin
    filled[3] = False
    filled[3, dedup.NUM_PERM - 1] = True  # one filled bin, the last: every other bin wraps round to it
    dense = dedup._densify(sig, filled)
    for row in range(len(sig)):
        assert list(dense[row]) == list(_densify_one_row(sig[row], filled[row]))


def test_a_short_text_keeps_the_signature_every_store_was_written_with():
    text = ("The harbour board met on Tuesday and agreed to close the eastern quay for repairs after a storm "
            "damaged two cranes, the chair of the board told reporters in the town hall.")
    sig = dedup.signature(token_hashes(text)[0])  # 32 words: most of the 128 bins borrow
    assert hashlib.sha256(sig.tobytes()).hexdigest()[:16] == "583884401d4505fc"
    assert sig[:3].tolist() == [1677258867645544566, 8723288122031897697, -2677426697291300788]


def test_the_story_keys_are_those_of_each_documents_own_sort():
    rng = np.random.default_rng(3)
    lengths = [0, 5, 12, 13, 40, 1]
    offsets = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    terms = np.concatenate([np.sort(rng.choice(2**40, size=n, replace=False)) for n in lengths]).astype(np.int64)
    weights = rng.choice([0.1, 0.2, 0.3], size=len(terms)).astype(np.float32)  # many equal weights
    fast = features._heaviest(terms, weights, offsets)
    one_by_one = [start + i for start, end in zip(offsets[:-1], offsets[1:], strict=True)
                  for i in np.lexsort((terms[start:end], -weights[start:end]))[:vectors.TOP_TERMS]]
    assert list(fast) == list(one_by_one)
    assert len(fast) == sum(min(n, vectors.TOP_TERMS) for n in lengths)
