"""Compose the stages, batch documents through spaCy, isolate failures.

Entry points: `code_raw(raws, settings)` for RawDocuments (the CLI and the
store use it) and `code` / `code_many` for Python values.

    RawDocument → clean → nlp → entities → dates → places → actors
                → quotes → events → Document
"""

from __future__ import annotations

import logging
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from . import actors, events, places, quotes, timex
from .clean import clean
from .document import Document, Entity
from .errors import INTERNAL, TOO_LARGE, DocumentError, WirecoderError
from .ingest import RawDocument, raw_from_value
from .language import detect_language
from .nlp import parse_texts
from .settings import Settings, default_settings

LOGGER = logging.getLogger(__name__)

Stage = Callable[[Document, Settings], Document]


def annotate_entities(document: Document, settings: Settings) -> Document:
    document.entities = [Entity(e.text, e.label_, e.start_char, e.end_char) for e in document.spacy_doc.ents]
    return document


# The order is the data flow: each stage reads only what earlier ones set.
STAGES: list[tuple[str, Stage]] = [
    ("entities", annotate_entities),
    ("dates", timex.find_dates),
    ("places", places.find_places),
    ("actors", actors.resolve_actors),
    ("quotes", quotes.extract_quotes),
    ("events", events.extract_events),
]


def code(text_or_html: str, date: Optional[str] = None, settings: Optional[Settings] = None,
         **meta: Any) -> Document:
    """Code one article (plain text or HTML). Keeps the spaCy Doc on the result."""
    raw = raw_from_value(text_or_html, 0, date=date, **meta)
    return next(iter(code_raw([raw], settings, keep_spacy_doc=True)))


def code_many(items: Iterable[Any], settings: Optional[Settings] = None,
              date: Optional[str] = None) -> Iterator[Document]:
    """Code many articles: strings, dicts (`id`, `text`/`html`, `date`, …) or RawDocuments."""
    raws = (raw_from_value(item, index, date=None if isinstance(item, dict) else date)
            for index, item in enumerate(items))
    yield from code_raw(raws, settings, default_date=date)


def code_raw(raws: Iterable[RawDocument], settings: Optional[Settings] = None,
             default_date: Optional[str] = None, keep_spacy_doc: bool = False) -> Iterator[Document]:
    """Code RawDocuments in input order.

    One `nlp.pipe` runs over the whole stream (spaCy batches it by
    `settings.batch_size`; with `n_process` > 1 its worker pool starts once),
    so memory stays flat: only the documents spaCy is holding are pending.
    """
    settings = settings or default_settings()
    pending: deque[Document] = deque()
    from .events.detector import preload

    preload(settings.detector_threads)

    def texts_to_parse() -> Iterator[str]:
        for raw in raws:
            document = _prepare(raw, default_date, settings.max_chars)
            pending.append(document)
            if document.error is None:
                yield document.text

    parsed = parse_texts(texts_to_parse(), settings.model, settings.batch_size, settings.n_process)

    def finish(document: Document, spacy_doc) -> Document:
        document.spacy_doc = spacy_doc
        _run_stages(document, settings)
        if not keep_spacy_doc:
            document.spacy_doc = None
            document.mention_index = {}
        return document

    def finished_in_order(run: Callable[..., Any]) -> Iterator[Union[Document, Future]]:
        """Every document in input order; parsed ones through `run(finish, …)`."""
        for spacy_doc in parsed:
            # Documents that failed before parsing keep their place in the order.
            while pending[0].error is not None:
                yield pending.popleft()
            yield run(finish, pending.popleft(), spacy_doc)
        yield from pending

    if not settings.overlap_stages:
        yield from finished_in_order(lambda function, *args: function(*args))
        return
    # One stage thread (or process, see _StageProcess), fed in order: each
    # document's stages run in sequence as before, so the output is the same
    # as without it. At most `batch_size` coded documents wait, so memory
    # stays flat.
    remote = _StageProcess(settings) if settings.stage_process and not keep_spacy_doc else None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirecoder-stages") as pool:

        def run(function: Callable[..., Document], document: Document, spacy_doc) -> Future:
            sent = remote.submit(document, spacy_doc) if remote is not None and remote.takes_another() else None
            return sent or pool.submit(function, document, spacy_doc)

        waiting: deque[Union[Document, Future]] = deque()
        try:
            for item in finished_in_order(run):
                waiting.append(item)
                if len(waiting) > settings.batch_size:
                    yield _result(waiting.popleft())
            while waiting:
                yield _result(waiting.popleft())
        finally:
            if remote is not None:
                remote.close()


def _result(item: Union[Document, Future]) -> Document:
    if not isinstance(item, Future):
        return item
    document = getattr(item, "wirecoder_document", None)
    try:
        return item.result()
    except Exception as exc:  # noqa: BLE001 — the stage process died: this document fails, the batch goes on
        if document is None:
            raise
        LOGGER.error("the stage process failed on %s: %s", document.id, exc)
        return document.fail(INTERNAL[0], INTERNAL[1].format(stage="stage process",
                                                             detail=f"{type(exc).__name__}: {exc}"))


class _StageProcess:
    """Runs the stages in a second process instead of a thread.

    The stages are Python code that holds the GIL, and in a thread each
    second of theirs took about a second from spaCy's parse (150 corpus
    articles: bare parse 37 s, ingest with a stage thread 54 s, with stages
    that do nothing 42 s). A process has its own GIL; each parsed Doc goes
    over as `Doc.to_bytes` (about 5 ms an article) and is rebuilt on a blank
    English vocabulary (the stages read no vectors). Output is identical
    (tests/test_pipeline_overlap.py).

    The process starts only once a run has sent `_THREAD_FIRST` documents to
    the stage thread, so a short run (one article, a test, an API request)
    never pays its start-up. If the process dies, the documents it held
    become `internal` error records and the rest go back to the thread.
    """

    _THREAD_FIRST = 32

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.seen = 0
        self.pool = None
        self.broken = False

    def takes_another(self) -> bool:
        self.seen += 1
        if self.broken or self.seen <= self._THREAD_FIRST:
            return False
        if self.pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: the parent holds threads (the stage thread, onnxruntime's).
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_start_stage_process, initargs=(self.settings,))
        return True

    def submit(self, document: Document, spacy_doc) -> Optional[Future]:
        """The document's future in the process, or None when the process is
        gone (this and later documents are then coded in the thread)."""
        try:
            future = self.pool.submit(_stages_elsewhere, document, spacy_doc.to_bytes(exclude=_NOT_SENT))
        except Exception as exc:  # noqa: BLE001 — a broken pool
            LOGGER.error("the stage process is gone (%s); coding goes on in this process", exc)
            self.broken = True
            return None
        future.wirecoder_document = document  # for _result, should the process die with it
        return future

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


# Parts of a parsed Doc the stages never read.
_NOT_SENT = ["tensor", "user_data"]
_stage_process_state: dict[str, Any] = {}


def _start_stage_process(settings: Settings) -> None:
    """Initialise the stage process: a blank English vocabulary for the Docs,
    and the detector loaded before the first document arrives."""
    from .events.detector import load_detector
    from .spacy_import import import_spacy

    _exit_with_parent()
    _stage_process_state["settings"] = settings
    _stage_process_state["vocab"] = import_spacy().blank("en").vocab
    try:
        load_detector(settings.detector_threads)
    except Exception:  # noqa: BLE001 — reported by the events stage, per document
        pass


def _exit_with_parent() -> None:
    """A stage process whose parent was killed (kill -9, out of memory)
    would wait on its queue for ever: a watcher thread ends it once the
    parent is gone."""
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="wirecoder-parent-watch", daemon=True).start()


def _stages_elsewhere(document: Document, data: bytes) -> Document:
    """In the stage process: rebuild the parsed Doc and run the stages."""
    from spacy.tokens import Doc

    try:
        document.spacy_doc = Doc(_stage_process_state["vocab"]).from_bytes(data)
    except Exception as exc:  # noqa: BLE001
        return document.fail(INTERNAL[0], INTERNAL[1].format(stage="stage process",
                                                             detail=f"{type(exc).__name__}: {exc}"))
    _run_stages(document, _stage_process_state["settings"])
    document.spacy_doc = None
    document.mention_index = {}
    return document


def _prepare(raw: RawDocument, default_date: Optional[str], max_chars: int) -> Document:
    """Reader errors, cleaning failures and texts too long to parse become the document's error."""
    if raw.error is not None:
        return _failed(raw, raw.error)
    try:
        document = clean(raw)
    except DocumentError as exc:
        return _failed(raw, exc)
    except Exception as exc:  # noqa: BLE001 — a page the extractor chokes on must not stop the batch
        LOGGER.exception("cleaning failed on %s", raw.id)
        return _failed(raw, DocumentError(INTERNAL[1].format(stage="clean", detail=f"{type(exc).__name__}: {exc}"),
                                          code=INTERNAL[0]))
    if not document.date and default_date:
        document.date, document.date_source = default_date, "input"
    if not document.text.strip():
        return document.fail("empty", "no body text is left after removing page chrome")
    # Judged on the extracted text: a page of scripts around a short article is fine.
    if len(document.text) > max_chars:
        return document.fail(TOO_LARGE[0], TOO_LARGE[1].format(size=len(document.text), limit=max_chars))
    document.lang = detect_language(document.text)
    if document.lang and document.lang != "en":
        document.warn("not-english", f"the text looks like '{document.lang}'; wirecoder codes English")
    return document


def _failed(raw: RawDocument, error: WirecoderError) -> Document:
    document = Document(id=raw.id, url=raw.url, title=raw.title, meta=dict(raw.meta))
    return document.fail(error.code, error.message)


def _run_stages(document: Document, settings: Settings) -> None:
    for name, stage in STAGES:
        try:
            stage(document, settings)
        except Exception as exc:  # noqa: BLE001 — one document's failure must not stop the batch
            LOGGER.exception("stage %s failed on %s", name, document.id)
            document.fail(INTERNAL[0], INTERNAL[1].format(stage=name, detail=f"{type(exc).__name__}: {exc}"))
            return
