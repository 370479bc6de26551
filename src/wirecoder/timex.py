"""Temporal expressions found and resolved against the document date.

Entry point: `find_dates(document, settings)` sets `document.dates`.
`date_for_token(document, token)` gives the date expression that governs a
token's clause (used by the events stage).
"""

from __future__ import annotations

from typing import Optional

from .document import DateMention, Document


def find_dates(document: Document, settings=None) -> Document:
    """First version: no expressions yet (issue 4 adds them)."""
    return document


def date_for_token(document: Document, token) -> Optional[DateMention]:
    """The resolved date expression attached to `token`'s clause, if any."""
    return None
