"""The reader's output: one article as it arrived, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..errors import DocumentError


@dataclass
class RawDocument:
    id: str
    text: Optional[str] = None  # plain text, already decoded and normalised
    html: Optional[str] = None  # HTML source, decoded
    date: Optional[str] = None  # date given by the input (wins over all others)
    url: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None  # path or "stdin"
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    error: Optional[DocumentError] = None
