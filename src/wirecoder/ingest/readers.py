"""Read files, directories, JSONL and stdin into `RawDocument`s, in order.

Raw input is capped in bytes (`max_bytes`, settings.max_bytes) and read
with bounded reads, so a huge file, line or pipe is never held in memory
whole: it becomes a `too-large` record. Whether an article is too long to
code is judged later, on the text extracted from it (pipeline.py), so a
1.5 MB page of scripts around a 3 KB article is coded.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import os
import re
import stat
import sys
from datetime import date as Date
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional

from ..errors import (
    BAD_JSON,
    NO_TEXT,
    TOO_LARGE_FILE,
    TOO_LARGE_LINE,
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

# The default byte cap (settings.max_bytes has the reasoning).
MAX_BYTES = 10_000_000
# Bytes read at a time when skipping the rest of an over-long JSONL line,
# and looked at on stdin to tell JSONL from a single article.
_CHUNK = 1 << 16


def read_sources(paths: Iterable[str], max_bytes: int = MAX_BYTES,
                 stdin: Optional[BinaryIO] = None) -> Iterator[RawDocument]:
    """Yield one RawDocument per article in `paths` ("-" is stdin), in order."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin or sys.stdin.buffer, max_bytes)
        elif os.path.isdir(path):
            for file_path in _walk(path):
                if isinstance(file_path, OSError):  # a folder that could not be listed
                    where = file_path.filename or path
                    yield _failed(where, where, document_error(UNREADABLE, path=where,
                                                               detail=file_path.strerror or file_path))
                else:
                    yield from _read_file(file_path, max_bytes, from_directory=True)
        else:
            yield from _read_file(path, max_bytes)


def _walk(directory: str) -> Iterator[str | OSError]:
    """Files under `directory` in sorted order, and the error of each folder
    that could not be listed (os.walk would skip it silently)."""
    problems: list[OSError] = []
    for root, dirs, files in os.walk(directory, onerror=problems.append):
        yield from problems
        problems.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)
    yield from problems


def _read_file(path: str, max_bytes: int, from_directory: bool = False) -> Iterator[RawDocument]:
    ext = Path(path).suffix.lower()
    if ext not in KNOWN_EXTENSIONS:
        yield _failed(path, path, document_error(UNKNOWN_EXTENSION, path=path, ext=ext or "none"))
        return
    try:
        info = os.stat(path)
        # A named pipe or device met while walking a directory would block or
        # never end; one named on the command line (`<(cmd)`) is read as given.
        if from_directory and not stat.S_ISREG(info.st_mode):
            raise document_error(UNREADABLE, path=path, detail="not a regular file")
        if ext in JSONL_EXTENSIONS:
            with open(path, "rb") as handle:
                yield from read_jsonl(handle, path, max_bytes)
            return
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise document_error(TOO_LARGE_FILE, size=f"{info.st_size:,}", limit=max_bytes)
        with open(path, "rb") as handle:
            data = _read_capped(handle, max_bytes)
        yield _from_bytes(path, path, data, as_html=ext in HTML_EXTENSIONS)
    except DocumentError as exc:
        yield _failed(path, path, exc)
    except OSError as exc:
        yield _failed(path, path, document_error(UNREADABLE, path=path, detail=exc.strerror or exc))


def _read_capped(handle: BinaryIO, max_bytes: int, head: bytes = b"") -> bytes:
    """At most `max_bytes` bytes, or a too-large error: one read of the cap
    plus one byte, never the whole of a bigger input."""
    data = head + handle.read(max_bytes + 1 - len(head)) if len(head) <= max_bytes else head
    if len(data) > max_bytes:
        raise document_error(TOO_LARGE_FILE, size=f"more than {max_bytes:,}", limit=max_bytes)
    return data


def _from_bytes(doc_id: str, source: str, data: bytes, as_html: Optional[bool]) -> RawDocument:
    text, encoding = decode_bytes(data)
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


def _read_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[RawDocument]:
    """JSONL (first non-blank byte `{`) is streamed line by line; anything else
    is one article, read up to the cap."""
    try:
        head = stream.read(min(_CHUNK, max_bytes + 1))
        if head.removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{":
            yield from read_jsonl(io.BufferedReader(_Prefixed(head, stream)), "stdin", max_bytes)
            return
        data = _read_capped(stream, max_bytes, head=head) if len(head) == min(_CHUNK, max_bytes + 1) else head
        yield _from_bytes("stdin", "stdin", data, as_html=None)
    except DocumentError as exc:
        yield _failed("stdin", "stdin", exc)
    except OSError as exc:
        yield _failed("stdin", "stdin", document_error(UNREADABLE, path="stdin", detail=exc.strerror or exc))


class _Prefixed(io.RawIOBase):
    """The bytes already read from a stream, then the rest of the stream."""

    def __init__(self, head: bytes, stream: BinaryIO):
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def read_jsonl(handle: BinaryIO, source: str, max_bytes: int = MAX_BYTES) -> Iterator[RawDocument]:
    """One record per line; a bad line becomes an error record in its place.
    A line longer than `max_bytes` is skipped in chunks, never held whole."""
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        fallback_id = f"{source}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_line(handle)
            yield _failed(fallback_id, source, document_error(TOO_LARGE_LINE, line=number, limit=max_bytes))
            continue
        if not line.strip():
            continue
        try:
            text, _ = decode_bytes(line)
            record = json.loads(text)
        except DocumentError as exc:
            yield _failed(fallback_id, source, exc)
            continue
        except json.JSONDecodeError as exc:
            yield _failed(fallback_id, source, document_error(BAD_JSON, line=number, detail=exc.msg))
            continue
        except RecursionError:
            yield _failed(fallback_id, source, document_error(BAD_JSON, line=number, detail="nested too deeply"))
            continue
        yield _from_record(record, fallback_id, source, number)


def _skip_line(handle: BinaryIO) -> None:
    while True:
        chunk = handle.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def raw_from_value(value: Any, index: int, date: Optional[str] = None, **meta: Any) -> RawDocument:
    """The Python API's reader: a str (text or HTML) or a dict record."""
    if isinstance(value, RawDocument):
        return value
    if isinstance(value, dict):
        return _from_record(value, f"doc-{index}", "api", index)
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


def _from_record(record: Any, fallback_id: str, source: str, number: int) -> RawDocument:
    if not isinstance(record, dict):
        return _failed(fallback_id, source, document_error(BAD_JSON, line=number, detail="not a JSON object"))
    raw = RawDocument(id=_record_id(record.get("id"), fallback_id), source=source,
                      url=_str_or_none(record.get("url")), title=_str_or_none(record.get("title")))
    raw.meta = {k: v for k, v in record.items()
                if k not in ("id", "text", "html", "date", "url", "title") and _is_scalar(v)}
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raw.error = document_error(NO_TEXT, line=number)
        return raw
    if isinstance(text, str):
        raw.text = normalise_text(text)
    else:
        raw.html = normalise_text(html)
    raw.date = _parse_input_date(record.get("date"), raw)
    return raw


def _record_id(value: Any, fallback: str) -> str:
    """The record's id as given when it is a non-blank string (the output keeps
    it), a number as text; anything else (null, a list, an object) gives
    the record's place in the input."""
    if isinstance(value, str):
        return value if value.strip() else fallback
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return fallback


def _parse_input_date(value: Any, raw: RawDocument) -> Optional[str]:
    if value is None or value == "":
        return None
    match = _ISO_DATE.match(str(value)) if isinstance(value, str) else None
    if match:
        try:
            return Date.fromisoformat(match.group(0)).isoformat()
        except ValueError:
            pass
    shown = str(value)[:40]
    raw.warnings.append(("bad-date", f"input date '{shown}' is not YYYY-MM-DD; ignored"))
    return None


def _failed(doc_id: str, source: str, error: DocumentError) -> RawDocument:
    LOGGER.info("input %s failed: %s", doc_id, error)
    return RawDocument(id=doc_id, source=source, error=error)


def _str_or_none(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value.strip() else None


def _is_scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool)) or value is None
