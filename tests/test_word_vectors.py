"""The model's word vectors read in place (word_vectors.py): the same parse as
spaCy's own load, a cache file written once and rebuilt when damaged, and a
key table that answers like spaCy's dict."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from wirecoder import word_vectors
from wirecoder.word_vectors import KeyRows

TEXT = ("The defence ministry of Norland said on Tuesday that its envoy, Ana Ruiz, met the foreign minister "
        "of Estavia in Port Orme.\n\nProtesters gathered outside parliament; police detained twelve of them, "
        "a spokesman said.")


def small_table() -> KeyRows:
    return KeyRows(np.array([3, 10, 2**63 + 5], dtype=np.uint64), np.array([1, 0, 2], dtype=np.int64))


def test_key_rows_answer_like_a_dict():
    table = small_table()
    assert table.get(10) == 0 and table.get(2**63 + 5) == 2 and table[3] == 1
    assert table.get(4, -1) == -1 and table.get(4) is None and 4 not in table and 3 in table
    assert table.get(-7, -1) == -1  # not a hash at all: a miss, not an error
    with pytest.raises(KeyError):
        table[11]
    assert len(table) == 3 and dict(table.items()) == {3: 1, 10: 0, 2**63 + 5: 2}
    assert pickle.loads(pickle.dumps(table)) == {3: 1, 10: 0, 2**63 + 5: 2}


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def table(tmp_path):
    import srsly

    path = tmp_path / "key2row"
    srsly.write_msgpack(path, {10: 0, 3: 1, 2**63 + 5: 2})
    return path


def test_the_cache_is_written_once_and_read_back(cache_dir, table, monkeypatch):
    first = word_vectors.load_key_rows(table)
    assert [p.name for p in cache_dir.glob("key2row-*.npy")] == [word_vectors.cache_path(table).name]
    monkeypatch.setattr(word_vectors, "_from_table", lambda path: pytest.fail("the table was read again"))
    assert dict(word_vectors.load_key_rows(table).items()) == dict(first.items()) == {3: 1, 10: 0, 2**63 + 5: 2}


@pytest.mark.parametrize("content", [b"", b"not an array", None])
def test_a_damaged_cache_is_rebuilt(cache_dir, table, content):
    path = word_vectors.cache_path(table)
    cache_dir.mkdir(parents=True)
    if content is None:  # a valid array of the wrong shape, keys unsorted
        np.save(path, np.array([[5, 4, 3], [0, 1, 2]], dtype=np.uint64))
    else:
        path.write_bytes(content)
    assert dict(word_vectors.load_key_rows(table).items()) == {3: 1, 10: 0, 2**63 + 5: 2}
    assert word_vectors._read(path) is not None  # and rewritten


def test_an_unwritable_cache_directory_only_costs_speed(tmp_path, table, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(blocker / "cache"))
    assert word_vectors.load_key_rows(table)[10] == 0


def test_the_parse_is_the_same_as_with_spacys_own_vectors(tmp_path, monkeypatch):
    from wirecoder.errors import ModelNotFound
    from wirecoder.nlp import _VECTORS_IN_PLACE, _skipped_parts, find_model, load_model
    from wirecoder.spacy_import import import_spacy

    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(tmp_path / "cache"))
    spacy = import_spacy()
    for name in sorted(_VECTORS_IN_PLACE):
        try:
            path = find_model(name)
        except ModelNotFound:
            pytest.skip(f"model {name} not installed")
        reference = spacy.load(path, exclude=_skipped_parts(name))
        reference.add_pipe("wirecoder_paragraph_breaks", before="parser")
        load_model.cache_clear()
        ours = load_model(name)
        assert type(ours.vocab.vectors.key2row) is KeyRows
        assert ours.vocab.vectors.shape == reference.vocab.vectors.shape
        ours_doc, reference_doc = ours(TEXT), reference(TEXT)
        assert [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_, t.has_vector) for t in ours_doc] \
            == [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_, t.has_vector) for t in reference_doc]
        assert np.array_equal(ours_doc.tensor, reference_doc.tensor)
        assert np.array_equal(ours_doc[1].vector, reference_doc[1].vector)
