"""Shared fixtures: hand-built spaCy Docs for unit tests, the real model for
end-to-end tests, and the path to ../shared (tests that need it skip when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WIRECODER_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def vocab():
    import spacy

    return spacy.blank("en").vocab


@pytest.fixture(scope="session")
def make_doc(vocab):
    """Build a parsed Doc by hand: words with heads (absolute indices), deps, pos.

    `ents` is a list of (start, end, label) token spans.
    """
    from spacy.tokens import Doc, Span

    def build(words, heads, deps, pos, tags=None, lemmas=None, ents=(), spaces=None):
        doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
                  tags=tags or [_default_tag(p, w) for p, w in zip(pos, words, strict=True)],
                  lemmas=lemmas or [w.lower() for w in words])
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
        return doc

    return build


def _default_tag(pos: str, word: str) -> str:
    if pos == "PROPN":
        return "NNP"
    if pos == "NOUN":
        return "NNS" if word.endswith("s") else "NN"
    return {"VERB": "VBD", "DET": "DT", "ADJ": "JJ", "ADP": "IN", "PRON": "PRP", "PUNCT": ".",
            "CCONJ": "CC", "AUX": "VBZ", "PART": "RB"}.get(pos, "XX")


@pytest.fixture
def document_for():
    """Wrap a hand-built Doc in a Document ready for the extract stages."""
    from wirecoder.document import Document

    def wrap(doc, date="2024-05-21", doc_id="t"):
        return Document(id=doc_id, text=doc.text, date=date, date_source="input", spacy_doc=doc)

    return wrap


@pytest.fixture
def lexicon_detector():
    """Rule tests on hand-built Docs: every lexicon trigger is backed by the
    detector (a stand-in), so candidates, roles and modes are tested alone."""
    from wirecoder.events.detector import AgreeingDetector, use_detector

    use_detector(AgreeingDetector())
    yield
    use_detector(None)


@pytest.fixture(scope="session")
def load_script():
    """A function that imports scripts/NAME.py as a module (the scripts are no package)."""
    import importlib.util

    def load(name: str):
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def coded_seed(shared_dir):
    import wirecoder

    path = shared_dir / "seed" / "article-russia-nato.txt"
    if not path.is_file():
        pytest.skip("seed article not present")
    from wirecoder.ingest import read_sources
    from wirecoder.pipeline import code_raw

    return next(code_raw(read_sources([str(path)]), keep_spacy_doc=True)), wirecoder
