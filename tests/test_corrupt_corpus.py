"""A corrupt corpus loses nothing: 1,000 generated articles with 5% of their
files broken (tests/corrupt_corpus.py) are ingested; every good article is
stored exactly as in a run over the clean corpus, every broken file is one
`errors` row with its code.

The 1,000-file runs code with the real pipeline's own front half (readers,
cleaning, the error isolation of `pipeline._prepare`) and a stub for the
spaCy stages, so they take seconds; a 70-file slice runs through the real
model. Unreadable files: as root, chmod 000 does not stop reading, so there
the reader's `open` is made to fail with the PermissionError a normal user
gets; elsewhere the file mode alone does it.
"""

from __future__ import annotations

import os
import re
import stat

import pytest
from tests.corrupt_corpus import N_ARTICLES, break_corpus, write_corpus

from wirecoder.document import Actor, Event
from wirecoder.ingest import readers
from wirecoder.pipeline import _prepare
from wirecoder.settings import Settings
from wirecoder.store import ingest, open_store

CODES = {"agreed": ("AGREE", 1, "057"), "rejected": ("REJECT", 3, "120"), "signed": ("AGREE", 1, "057"),
         "called for": ("CONSULT", 1, "040")}
_LEDE = re.compile(r"^(\w+) (agreed|rejected|signed|called for)\b.*? (\w+) on ")


def stub_coder(chunks):
    """Readers' and cleaner's real output, one event from the lede's verb."""
    settings = Settings()
    for chunk in chunks:
        documents = []
        for _, _, raw in chunk:
            document = _prepare(raw, None, settings.max_chars)
            match = _LEDE.match(document.text) if document.error is None else None
            if match:
                event, quad, cameo = CODES[match.group(2)]
                document.events.append(Event(
                    id=f"{document.id}-e1", event=event, quad_code=quad, cameo=cameo,
                    actor=[Actor(match.group(1), name=match.group(1), code=match.group(1)[:3].upper())],
                    recipient=[Actor(match.group(3), name=match.group(3), code=match.group(3)[:3].upper())],
                    sentence=document.text.split("\n")[0], date=document.date, date_precision="day"))
            documents.append(document)
        yield chunk, documents


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    base = tmp_path_factory.mktemp("corrupt")
    write_corpus(base / "clean")
    write_corpus(base / "broken")
    expected = break_corpus(base / "broken")
    yield base / "clean", base / "broken", expected
    for path in (base / "broken").iterdir():  # let pytest remove it
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.fixture
def no_read_permission(monkeypatch):
    """As root, make reading a mode-000 file fail as it does for anyone else."""
    if os.geteuid() != 0:
        return
    real_open = open

    def guarded(path, *args, **kwargs):
        if isinstance(path, str) and os.path.exists(path) and not os.stat(path).st_mode & 0o444:
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(readers, "open", guarded, raising=False)


def stored(directory, coder=stub_coder) -> tuple[dict, dict, dict]:
    """(documents, events, errors) of an ingest of `directory`, keyed by file name."""
    con = open_store(":memory:")
    try:
        ingest([str(directory)], con=con, coder=coder, commit_size=64)
        documents = {os.path.basename(r[0]): r[1:] for r in con.execute(
            "SELECT id, title, lang, date, date_source, n_words, text, warnings, meta, removed FROM documents"
        ).fetchall()}
        events = {}
        for row in con.execute("SELECT doc_id, event, quad_code, cameo, actor_codes, recipient_codes, date, "
                               "date_precision, sentence, start_offset, end_offset FROM events ORDER BY event_key"
                               ).fetchall():
            events.setdefault(os.path.basename(row[0]), []).append(row[1:])
        errors = {os.path.basename(r[0]): (r[1], r[2]) for r in con.execute(
            "SELECT id, code, message FROM errors").fetchall()}
        return documents, events, errors
    finally:
        con.close()


def test_the_corrupt_corpus_loses_nothing(corpora, no_read_permission):
    clean_dir, broken_dir, expected = corpora
    assert len(expected) == N_ARTICLES // 20 and set(expected.values()) == {
        "no-article", "binary", "undecodable", "empty", "unreadable"}
    clean_docs, clean_events, clean_errors = stored(clean_dir)
    assert len(clean_docs) == N_ARTICLES and not clean_errors
    docs, events, errors = stored(broken_dir)
    # Every file is accounted for: a document or an error row, never both, never neither.
    assert len(docs) + len(errors) == N_ARTICLES and not set(docs) & set(errors)
    assert {name: code for name, (code, _) in errors.items()} == expected
    assert all(len(message) > 20 for _, message in errors.values())
    for name, row in docs.items():
        assert row == clean_docs[name], name
        assert events.get(name) == clean_events.get(name), name
    assert len(docs) == N_ARTICLES - len(expected) and len(events) > 0.8 * len(docs)


@pytest.mark.model
def test_a_slice_through_the_real_model_is_coded_as_in_a_clean_run(corpora, no_read_permission, tmp_path):
    """20 good articles alone, then the same 20 files among the 50 broken ones:
    the real pipeline codes the 20 the same, and fails the 50 with their codes."""
    import json

    from wirecoder.pipeline import code_raw
    from wirecoder.settings import default_settings

    # Every row kept, so that many articles' events are compared.
    settings = default_settings().with_overrides(min_confidence=0.0)
    _, broken_dir, expected = corpora
    good = sorted(p for p in broken_dir.iterdir() if p.name not in expected)[:20]
    alone = {p.name: json.dumps(d.to_dict(), sort_keys=True)
             for p, d in zip(good, code_raw(readers.read_sources([str(p) for p in good]), settings), strict=True)}
    mixed = sorted(good + [broken_dir / name for name in expected])
    coded = {os.path.basename(d.id): d for d in code_raw(readers.read_sources([str(p) for p in mixed]), settings)}
    assert len(coded) == 70
    for name, document in coded.items():
        if name in expected:
            assert document.error is not None and document.error.code == expected[name], name
        else:
            assert json.dumps(document.to_dict(), sort_keys=True) == alone[name], name
    assert sum(bool(json.loads(d)["events"]) for d in alone.values()) >= 5  # events were compared too
