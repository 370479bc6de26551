"""Quotes and their speakers.

Entry point: `extract_quotes(document, settings)` sets `document.quotes`.
`quote_at(document, offset)` gives the quote covering a text offset (used by
the events stage for `source_of_claim`).
"""

from __future__ import annotations

from typing import Optional

from .document import Document, Quote


def extract_quotes(document: Document, settings=None) -> Document:
    """First version: no quotes yet (issue 4 adds them)."""
    return document


def quote_at(document: Document, offset: int) -> Optional[Quote]:
    for quote in document.quotes:
        if quote.start <= offset < quote.end:
            return quote
    return None
