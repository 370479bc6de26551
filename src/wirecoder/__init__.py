"""wirecoder: raw news articles in, PLOVER event data out.

    >>> import wirecoder
    >>> doc = wirecoder.code("Russian troops attacked Ukrainian positions.", date="2024-05-21")
    >>> doc.events[0].event
    'ASSAULT'
"""

import logging
from typing import Any

from .document import SCHEMA, Document
from .settings import Settings

__all__ = ["code", "code_many", "Document", "Settings", "SCHEMA"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    """`code` and `code_many` import the pipeline (spaCy, ~1 s) on first use,
    so `import wirecoder` and commands that never code stay fast."""
    if name in ("code", "code_many"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'wirecoder' has no attribute {name!r}")
