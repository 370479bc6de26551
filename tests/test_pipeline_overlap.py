"""The stage thread: parsed documents are coded in a second thread while
spaCy parses the next batch. Output, order and error isolation must be the
same as in one thread; `ingest` feeds one stream through it, not one
`code_raw` per commit."""

from __future__ import annotations

import json

import pytest

from wirecoder import pipeline
from wirecoder.document import Document
from wirecoder.errors import DocumentError
from wirecoder.ingest import RawDocument
from wirecoder.settings import default_settings
from wirecoder.store.ingest import _coder

ARTICLES = [
    "Norland's foreign minister met her Estrian counterpart in Velgrad on Monday to discuss the border.",
    "",  # nothing to code: an `empty` error in its place
    "Police in the capital arrested two men after a protest outside the parliament turned violent.",
    "The finance ministry said on Tuesday it had rejected the union's demand for higher wages.",
    "Rebels attacked an army post near the river, killing three soldiers, the army said.",
    "The two governments agreed to reopen talks on fishing rights next month.",
]


def _raws():
    raws = [RawDocument(id=f"a{number}", text=text, source="test") for number, text in enumerate(ARTICLES)]
    raws.insert(3, RawDocument(id="broken", source="test", error=DocumentError("not text", code="binary")))
    return raws


def _coded(**overrides):
    settings = default_settings().with_overrides(batch_size=2, **overrides)
    return [json.dumps(d.to_dict(), sort_keys=True) for d in pipeline.code_raw(_raws(), settings)]


def test_the_stage_thread_gives_the_same_output_in_the_same_order():
    overlapped = _coded(overlap_stages=True)
    assert overlapped == _coded(overlap_stages=False)
    ids = [json.loads(d)["id"] for d in overlapped]
    assert ids == ["a0", "a1", "a2", "broken", "a3", "a4", "a5"]
    errors = {json.loads(d)["id"]: (json.loads(d).get("error") or {}).get("code") for d in overlapped}
    assert errors["a1"] == "empty" and errors["broken"] == "binary" and errors["a0"] is None


def test_a_stage_failing_in_the_thread_fails_only_its_document(monkeypatch):
    def explode_on_police(document, settings):
        if "Police" in document.text:
            raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "STAGES", [("explode", explode_on_police)])
    documents = list(pipeline.code_raw(_raws(), default_settings().with_overrides(batch_size=2)))
    failed = {d.id: d.error.code for d in documents if d.error is not None}
    assert failed == {"a1": "empty", "a2": "internal", "broken": "binary"}
    assert "explode" in next(d for d in documents if d.id == "a2").error.message


@pytest.mark.parametrize("sizes", [[2, 1, 3], [1], [4, 4]])
def test_ingest_codes_one_stream_and_cuts_it_back_into_its_chunks(monkeypatch, sizes):
    calls = []

    def fake_code_raw(raws, settings):
        calls.append(1)
        for raw in raws:
            yield Document(id=raw.id, text=raw.text or "")

    monkeypatch.setattr(pipeline, "code_raw", fake_code_raw)
    chunks, number = [], 0
    for size in sizes:
        chunks.append([(f"k{number + i}", "h", RawDocument(id=f"d{number + i}", text="x")) for i in range(size)])
        number += size
    out = list(_coder(default_settings(), 1, None)(iter(chunks)))
    assert calls == [1]
    assert [chunk for chunk, _ in out] == chunks
    assert [[d.id for d in documents] for _, documents in out] == [[raw.id for _, _, raw in c] for c in chunks]


def test_stages_in_a_second_process_give_the_same_output_in_the_same_order(monkeypatch):
    # The process takes over after the first documents (32 in a real run; 2 here).
    monkeypatch.setattr(pipeline._StageProcess, "_THREAD_FIRST", 2)
    sent = []
    submit = pipeline._StageProcess.submit

    def counted(self, document, spacy_doc):
        sent.append(document.id)
        return submit(self, document, spacy_doc)

    monkeypatch.setattr(pipeline._StageProcess, "submit", counted)
    assert _coded(stage_process=True) == _coded(stage_process=False)
    assert sent == ["a3", "a4", "a5"]  # the parsed documents after the first two


def test_documents_a_dead_stage_process_held_become_error_records():
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    future = Future()
    future.wirecoder_document = Document(id="held", text="Rebels attacked an army post.")
    future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
    document = pipeline._result(future)
    assert document.id == "held" and document.error.code == "internal"
    assert "stage process" in document.error.message


def test_documents_after_the_stage_process_is_gone_are_coded_in_the_thread():
    class GonePool:
        def submit(self, *args):
            raise RuntimeError("cannot schedule new futures after shutdown")

    remote = pipeline._StageProcess(default_settings())
    remote.pool = GonePool()
    document = Document(id="next", text="Rebels attacked an army post.")
    assert remote.submit(document, spacy_doc=_ParsedStub()) is None
    assert remote.broken and not remote.takes_another()


class _ParsedStub:
    def to_bytes(self, exclude=()):
        return b""
