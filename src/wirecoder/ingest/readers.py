"""Read files, directories, JSONL and stdin into `RawDocument`s, in order."""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional

from ..errors import (
    BAD_JSON,
    NO_TEXT,
    TOO_LARGE,
    TOO_LARGE_FILE,
    UNKNOWN_EXTENSION,
    UNREADABLE,
    DocumentError,
    document_error,
)
from .decode import decode_bytes, normalise_text
from .raw import RawDocument

LOGGER = logging.getLogger(__name__)

TEXT_EXTENSIONS = {".txt", ".text", ""}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
KNOWN_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml)", re.I)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def read_sources(paths: Iterable[str], max_chars: int = 1_000_000,
                 stdin: Optional[BinaryIO] = None) -> Iterator[RawDocument]:
    """Yield one RawDocument per article in `paths` ("-" is stdin), in order."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin or sys.stdin.buffer, max_chars)
        elif os.path.isdir(path):
            for file_path in _walk(path):
                yield from _read_file(file_path, max_chars, from_directory=True)
        else:
            yield from _read_file(path, max_chars)


def _walk(directory: str) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _read_file(path: str, max_chars: int, from_directory: bool = False) -> Iterator[RawDocument]:
    ext = Path(path).suffix.lower()
    if ext not in KNOWN_EXTENSIONS:
        yield _failed(path, path, document_error(UNKNOWN_EXTENSION, path=path, ext=ext or "none"))
        return
    if ext in JSONL_EXTENSIONS:
        try:
            with open(path, "rb") as handle:
                yield from read_jsonl(handle, path, max_chars)
        except OSError as exc:
            yield _failed(path, path, document_error(UNREADABLE, path=path, detail=exc.strerror or exc))
        return
    try:
        size = os.path.getsize(path)
        # UTF-8 needs at most 4 bytes a character: anything bigger cannot fit.
        if size > 4 * max_chars:
            raise document_error(TOO_LARGE_FILE, size=size, limit=max_chars)
        with open(path, "rb") as handle:
            data = handle.read()
        yield _from_bytes(path, path, data, max_chars, as_html=ext in HTML_EXTENSIONS)
    except DocumentError as exc:
        yield _failed(path, path, exc)
    except OSError as exc:
        yield _failed(path, path, document_error(UNREADABLE, path=path, detail=exc.strerror or exc))


def _from_bytes(doc_id: str, source: str, data: bytes, max_chars: int,
                as_html: Optional[bool]) -> RawDocument:
    text, encoding = decode_bytes(data)
    if len(text) > max_chars:
        raise document_error(TOO_LARGE, size=len(text), limit=max_chars)
    if as_html is None:
        as_html = bool(_HTML_START.match(text[:500]))
    raw = RawDocument(id=doc_id, source=source)
    if as_html:
        raw.html = text
    else:
        raw.text = text
    if encoding not in ("utf-8", "utf-8-sig"):
        raw.meta["encoding"] = encoding
    return raw


def _read_stdin(stream: BinaryIO, max_chars: int) -> Iterator[RawDocument]:
    data = stream.read()
    first = data.lstrip()[:1]
    if first == b"{":
        import io
        yield from read_jsonl(io.BytesIO(data), "stdin", max_chars)
        return
    try:
        yield _from_bytes("stdin", "stdin", data, max_chars, as_html=None)
    except DocumentError as exc:
        yield _failed("stdin", "stdin", exc)


def read_jsonl(handle: BinaryIO, source: str, max_chars: int) -> Iterator[RawDocument]:
    """One record per line; a bad line becomes an error record in its place."""
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        fallback_id = f"{source}:{number}"
        try:
            text, _ = decode_bytes(line)
            record = json.loads(text)
        except DocumentError as exc:
            yield _failed(fallback_id, source, exc)
            continue
        except json.JSONDecodeError as exc:
            yield _failed(fallback_id, source, document_error(BAD_JSON, line=number, detail=exc.msg))
            continue
        yield _from_record(record, fallback_id, source, number, max_chars)


def raw_from_value(value: Any, index: int, date: Optional[str] = None, **meta: Any) -> RawDocument:
    """The Python API's reader: a str (text or HTML) or a dict record."""
    if isinstance(value, RawDocument):
        return value
    if isinstance(value, dict):
        return _from_record(value, f"doc-{index}", "api", index, max_chars=10**9)
    if not isinstance(value, str):
        raise TypeError(f"code() takes a str or a dict record, not {type(value).__name__}")
    doc_id = str(meta.pop("id", f"doc-{index}"))
    raw = RawDocument(id=doc_id, source="api", date=date, url=meta.pop("url", None),
                      title=meta.pop("title", None), meta=meta)
    text = normalise_text(value)
    if _HTML_START.match(text[:500]):
        raw.html = text
    else:
        raw.text = text
    return raw


def _from_record(record: Any, fallback_id: str, source: str, number: int, max_chars: int) -> RawDocument:
    if not isinstance(record, dict):
        return _failed(fallback_id, source, document_error(BAD_JSON, line=number, detail="not a JSON object"))
    doc_id = str(record.get("id") or fallback_id)
    raw = RawDocument(id=doc_id, source=source, url=_str_or_none(record.get("url")),
                      title=_str_or_none(record.get("title")))
    raw.meta = {k: v for k, v in record.items()
                if k not in ("id", "text", "html", "date", "url", "title") and _is_scalar(v)}
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raw.error = document_error(NO_TEXT, line=number)
        return raw
    body = text if isinstance(text, str) else html
    if len(body) > max_chars:
        raw.error = document_error(TOO_LARGE, size=len(body), limit=max_chars)
        return raw
    if isinstance(text, str):
        raw.text = normalise_text(text)
    else:
        raw.html = normalise_text(html)
    raw.date = _parse_input_date(record.get("date"), raw)
    return raw


def _parse_input_date(value: Any, raw: RawDocument) -> Optional[str]:
    if value in (None, ""):
        return None
    match = _ISO_DATE.match(str(value))
    if not match:
        raw.warnings.append(("bad-date", f"input date '{value}' is not YYYY-MM-DD; ignored"))
        return None
    return match.group(0)


def _failed(doc_id: str, source: str, error: DocumentError) -> RawDocument:
    LOGGER.info("input %s failed: %s", doc_id, error)
    return RawDocument(id=doc_id, source=source, error=error)


def _str_or_none(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value.strip() else None


def _is_scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool)) or value is None
