import codecs
import io
import json

import pytest

from wirecoder.errors import DocumentError
from wirecoder.ingest import read_sources
from wirecoder.ingest.decode import decode_bytes

TEXT = "Le ministre a déclaré « oui » — café.\r\nSecond line."


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
    (TEXT.encode("cp1252"), "cp1252"),
])
def test_decodes_common_encodings_and_normalises_newlines(data, encoding):
    text, found = decode_bytes(data)
    assert found == encoding
    assert text == TEXT.replace("\r\n", "\n")


def test_nfc_normalisation():
    text, _ = decode_bytes("cafe\u0301".encode("utf-8"))
    assert text == "caf\u00e9"


@pytest.mark.parametrize("garbled,repaired", [
    # UTF-8 read as cp1252 once, and twice; cp1252 dashes and an ellipsis read as Latin-1 (C1 controls).
    ("The detainees at Guant\u00c3\u00a1namo Bay", "The detainees at Guant\u00e1namo Bay"),
    ("President Fran\u00c3\x83\u00c2\u00a7ois Martel said", "President Fran\u00e7ois Martel said"),
    ("OAKVILLE \x97 The mayor resigned\x85 A stand\x96alone vote", "OAKVILLE \u2014 The mayor resigned\u2026 A stand\u2013alone vote"),
    ("\u00e2\u20ac\u0153We will not yield,\u00e2\u20ac\u009d she said", "\u201cWe will not yield,\u201d she said"),
    # ...and then compatibility-normalised: "\u00c3\u00bc" (\u00fc) became "\u00c31\u20444", "\u00c3\u00af" (\u00ef) "\u00c3 \u0304".
    ("ties to Mr. G\u00c31\u20444nter's movement", "ties to Mr. G\u00fcnter's movement"),
    ("a na\u00c3 \u0304ve plan by Ms. Dupr\u00c3 \u0308s", "a na\u00efve plan by Ms. Dupr\u00e8s"),
    ("ties to Mr. GA\u03031\u20444nter's movement", "ties to Mr. G\u00fcnter's movement"),  # decomposed (NFKD)
])
def test_mojibake_is_repaired(garbled, repaired):
    text, _ = decode_bytes(garbled.encode("utf-8"))
    assert text == repaired


@pytest.mark.parametrize("correct", [
    "S\u00c3O PAULO \u2014 Jo\u00e3o said \u201cn\u00e3o\u201d to the na\u00efve plan \u2026 caf\u00e9",
    "Ren\u00e9e \u00c5ngstr\u00f6m paid \u00a3300 for \u00bd a \u00b5-chip \u00a9 2016",
])
def test_correct_text_is_not_touched_by_the_repair(correct):
    text, _ = decode_bytes(correct.encode("utf-8"))
    assert text == correct


def test_jsonl_text_is_repaired_too(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Talks in Ciudad Ju\u00c3\u00a1rez ended."}) + "\n", encoding="utf-8")
    [raw] = list(read_sources([str(path)]))
    assert raw.text == "Talks in Ciudad Ju\u00e1rez ended."


@pytest.mark.parametrize("data,code", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (b"%PDF-1.7 binary", "binary"),
    (bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 40, "undecodable"),
])
def test_bad_bytes_raise_coded_errors(data, code):
    with pytest.raises(DocumentError) as info:
        decode_bytes(data)
    assert info.value.code == code
    assert info.value.message  # says what was wrong


def test_directory_is_walked_sorted_and_unknown_extensions_reported(tmp_path):
    (tmp_path / "b.txt").write_text("Second article about talks.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article about talks.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.htm").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text("skip me", encoding="utf-8")
    raws = list(read_sources([str(tmp_path)]))
    names = [r.id.rsplit("/", 1)[-1] for r in raws]
    assert names == ["a.txt", "b.txt", "notes.docx", "c.htm"]
    assert raws[2].error.code == "unknown-extension"
    assert raws[3].html is not None


def test_jsonl_records_keep_ids_and_bad_lines_become_errors(tmp_path):
    lines = [
        json.dumps({"id": "ok-1", "text": "Talks resumed.", "date": "2024-01-02", "url": "http://x"}),
        "{not json",
        json.dumps({"id": "no-text", "title": "only a title"}),
        json.dumps({"id": "html-1", "html": "<html><body><p>Hi</p></body></html>"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "bad-date", "text": "Text.", "date": "yesterday"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    raws = list(read_sources([str(path)]))
    assert [r.id for r in raws] == ["ok-1", f"{path}:2", "no-text", "html-1", f"{path}:5", "bad-date"]
    assert raws[0].date == "2024-01-02" and raws[0].url == "http://x"
    assert raws[1].error.code == "bad-json"
    assert raws[2].error.code == "no-text"
    assert raws[3].html.startswith("<html>")
    assert raws[4].error.code == "bad-json"
    assert raws[5].date is None and raws[5].warnings[0][0] == "bad-date"


def test_stdin_text_and_jsonl():
    raws = list(read_sources(["-"], stdin=io.BytesIO(b"Plain article from a pipe.")))
    assert raws[0].id == "stdin" and raws[0].text == "Plain article from a pipe."
    raws = list(read_sources(["-"], stdin=io.BytesIO(b'{"id": "s1", "text": "A"}\n{"id": "s2", "text": "B"}\n')))
    assert [r.id for r in raws] == ["s1", "s2"]


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 5000)
    raw = next(read_sources([str(path)], max_bytes=1000))
    assert raw.error.code == "too-large"
    assert "5,000 bytes" in raw.error.message


def test_missing_file_is_an_error_record(tmp_path):
    raw = next(read_sources([str(tmp_path / "nope.txt")]))
    assert raw.error.code == "unreadable"


def test_a_folder_that_cannot_be_listed_is_an_error_record(tmp_path, monkeypatch):
    """os.walk skips such a folder silently; its files would be lost unseen.
    (Simulated: as root, chmod 000 does not stop listing.)"""
    import os

    from wirecoder.ingest import readers

    (tmp_path / "a.txt").write_text("Talks resumed.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        for root, dirs, files in real_walk(top, onerror=onerror, **kwargs):
            if root.endswith("locked"):
                onerror(PermissionError(13, "Permission denied", root))
                continue
            yield root, dirs, files

    monkeypatch.setattr(readers.os, "walk", walk)
    raws = list(read_sources([str(tmp_path)]))
    assert [(r.id.rsplit("/", 1)[-1], r.error.code if r.error else None) for r in raws] == [
        ("a.txt", None), ("locked", "unreadable")]
    assert "Permission denied" in raws[1].error.message
