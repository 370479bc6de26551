"""wirecoder: raw news articles in, PLOVER event data out.

    >>> import wirecoder
    >>> doc = wirecoder.code("Russian troops attacked Ukrainian positions.", date="2024-05-21")
    >>> doc.events[0].event
    'ASSAULT'
"""

import logging

from .document import SCHEMA, Document
from .pipeline import code, code_many
from .settings import Settings

__all__ = ["code", "code_many", "Document", "Settings", "SCHEMA"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
