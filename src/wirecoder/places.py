"""Places: toponyms found and geocoded offline.

Entry point: `find_places(document, settings)` sets `document.places`.
`place_for_token(document, token)` gives the place attached to a token's
clause (used by the events stage for `event_loc`).
"""

from __future__ import annotations

from typing import Any, Optional

from .document import Document


def find_places(document: Document, settings=None) -> Document:
    """First version: no places yet (issue 6 adds them)."""
    return document


def place_for_token(document: Document, token) -> Optional[dict[str, Any]]:
    """The `event_loc` for an event triggered at `token`, or None."""
    return None
