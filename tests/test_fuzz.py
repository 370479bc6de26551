"""Property tests: hostile input never crashes a reader, the cleaner or the
pipeline. Every input ends as text, HTML or a coded error; every output is
one JSON document per input with offsets inside its text. A few hundred
cases here; bench/fuzz.py runs 100,000 (docs/performance.md)."""

from __future__ import annotations

import codecs
import json
import os
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder.clean import clean
from wirecoder.errors import DocumentError
from wirecoder.ingest import read_sources
from wirecoder.ingest.decode import decode_bytes
from wirecoder.ingest.raw import RawDocument
from wirecoder.ingest.readers import read_jsonl

# Fixed examples (derandomize) so a run is repeatable; no example database
# written into the working tree.
CHEAP = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SLOW = settings(CHEAP, max_examples=40)
MODEL = settings(CHEAP, max_examples=12)

READER_CODES = {"empty", "binary", "undecodable", "too-large", "unknown-extension", "bad-json", "no-text",
                "unreadable"}
CONTROLS = {chr(c) for c in range(32) if chr(c) not in "\t\n"} | {chr(c) for c in range(0x7f, 0xa0)}

SENTENCES = ["Russia rejected the proposal on Monday.", "Protesters clashed with police in Kyiv.",
             "“We will not accept this,” the minister said.", "NATO and Finland agreed to hold talks next week.",
             "He said on February 30, 2023 that «nothing» had changed.", "Officials met in Paris, Texas."]
DAMAGE = st.sampled_from(["\x00", "\x01", "\x1b", "\x7f", "\r", "\r\n", "\u2028", "\ufeff", "\u200b", "😀",
                          "\u0301", "\ufffd", "\x85", "\t", " " * 300, "x" * 5000, "\n" * 20, "<", "&#0;"])
TEXTS = st.lists(st.one_of(st.sampled_from(SENTENCES), DAMAGE, st.text(max_size=40)), max_size=30).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
                             "latin-1", "koi8-r", "mac-roman"])


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "replace")


@CHEAP
@given(st.binary(max_size=3000))
def test_any_bytes_decode_to_clean_text_or_a_coded_error(data):
    try:
        text, encoding = decode_bytes(data)
    except DocumentError as exc:
        assert exc.code in {"empty", "binary", "undecodable"} and exc.message
        return
    assert isinstance(text, str) and text.strip() and isinstance(encoding, str)
    assert not CONTROLS & set(text)


@CHEAP
@given(TEXTS, ENCODINGS, st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]))
def test_damaged_text_in_any_encoding_decodes_or_fails_with_a_code(text, encoding, bom):
    try:
        decoded, _ = decode_bytes(bom + encoded(text, encoding))
    except DocumentError as exc:
        assert exc.code in {"empty", "binary", "undecodable"}
        return
    assert "\x00" not in decoded and not CONTROLS & set(decoded)


@CHEAP
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".html", ".htm", ".jsonl", "", ".pdf", ".TXT"]))
def test_any_file_is_read_into_documents_or_coded_errors(data, extension):
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "case" + extension)
        with open(path, "wb") as handle:
            handle.write(data)
        raws = list(read_sources([path]))
    for raw in raws:
        if raw.error is not None:
            assert raw.error.code in READER_CODES and raw.error.message
        else:
            assert isinstance(raw.text if raw.html is None else raw.html, str)
    assert raws or extension == ".jsonl"  # a JSONL file of blank lines holds no records


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
    | st.sampled_from(["", " ", "\t\n", "2024-13-45", "yesterday", "2024-02-30", "0000-00-00", "2024-05-21",
                       "20240101", "2024-05-21T10:00:00Z", "\x00", "<html><body><p>Hi</p></body></html>"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8)
RECORDS = st.dictionaries(st.sampled_from(["id", "text", "html", "date", "url", "title", "extra"]), JSON_VALUES,
                          max_size=7)


@CHEAP
@given(st.lists(st.one_of(RECORDS.map(json.dumps), st.sampled_from(["{not json", "[]", "null", "42", "[" * 5000,
                                                                    "\ufeff{\"text\": \"A.\"}", "{\"text\": \"a\\u0000b\"}"])),
                min_size=1, max_size=5))
def test_jsonl_with_wrong_types_gives_one_record_per_line(lines):
    import io

    raws = list(read_jsonl(io.BytesIO("\n".join(lines).encode("utf-8", "surrogatepass")), "batch.jsonl"))
    assert len(raws) == len(lines)
    for raw in raws:
        assert isinstance(raw.id, str) and raw.id
        assert raw.date is None or (len(raw.date) == 10 and raw.date[4] == "-")
        if raw.error is None:
            body = raw.text if raw.text is not None else raw.html
            assert isinstance(body, str) and "\x00" not in body
            assert raw.url is None or isinstance(raw.url, str)
            assert raw.title is None or isinstance(raw.title, str)
        else:
            assert raw.error.code in READER_CODES


FRAGMENTS = st.one_of(
    st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<style>", "<!--", "-->",
                     "<![CDATA[", "]]>", "&#0;", "&#xD800;", "&bogus;", "&#99999999;", "<table><tr><td>",
                     "<svg><foreignObject>", "<meta name=\"date\" content=\"2024-13-45\">", "<title>", "</title>",
                     "<br/>", "<?xml version='1.0'?>", "<html>", "<body>", "\x00", "<p " + "x" * 2000]),
    st.sampled_from(SENTENCES), st.text(max_size=30))


@SLOW
@given(st.lists(FRAGMENTS, max_size=40).map("".join))
def test_broken_html_is_cleaned_or_a_coded_error(html):
    try:
        document = clean(RawDocument(id="h", html="<html><body>" + html))
    except DocumentError as exc:
        assert exc.code == "no-article"
        return
    assert isinstance(document.text, str)


@pytest.mark.parametrize("depth, closed", [(1000, True), (10_000, True), (10_000, False)])
@pytest.mark.parametrize("tag", ["div", "b", "table"])
def test_deeply_nested_html_does_not_crash(depth, closed, tag):
    from wirecoder.pipeline import _prepare

    body = f"<{tag}>" * depth + "<p>" + " ".join(SENTENCES) + "</p>" + (f"</{tag}>" * depth if closed else "")
    document = _prepare(RawDocument(id="n", html=f"<html><body>{body}</body></html>"), None, 1_000_000)
    assert document.error is None or document.error.code == "no-article"


def check(document: dict) -> None:
    text = document["text"]
    assert document["schema"] == "wirecoder/1"
    assert document["error"] is None or (document["error"]["code"] != "internal" and document["error"]["message"])
    for field in ("entities", "dates", "places", "quotes", "events"):
        for item in document[field]:
            assert 0 <= item["start"] <= item["end"] <= len(text), (field, item)


@pytest.mark.model
@MODEL
@given(st.lists(st.one_of(TEXTS, st.lists(FRAGMENTS, max_size=20).map(lambda f: "<html><body>" + "".join(f))),
                min_size=1, max_size=4),
       st.sampled_from([None, "2024-05-21", "1999-12-31"]))
def test_the_pipeline_codes_every_input_or_records_its_error(items, date):
    from wirecoder.pipeline import code_many

    documents = [d.to_dict() for d in code_many(items, date=date)]
    assert len(documents) == len(items)
    for document in documents:
        check(json.loads(json.dumps(document)))


@pytest.mark.model
def test_a_huge_line_is_coded():
    from wirecoder.pipeline import code

    document = code(" ".join(SENTENCES * 150).replace("\n", " "), date="2024-05-21").to_dict()
    assert document["error"] is None and len(document["text"]) > 30_000
    check(document)
