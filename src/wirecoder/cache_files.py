"""wirecoder's cache files (the gazetteer, the word-vector table): where they
live and how one is written.

Entry points: `cache_dir()` — `$WIRECODER_CACHE_DIR`, else the user cache
directory (platformdirs: `~/.cache/wirecoder` on Linux); `read_or_build(path,
read, build, write)` — a cached value, else built and cached; `replace_file(path,
write)` — the temporary-file-and-rename write itself; `write_atomically(path,
write, what)` — writes through a temporary file renamed into place, so a
reader never sees half a file and parallel writers do not clash, then removes
older files of the same kind (same name prefix and suffix). A directory that
cannot be written is logged and only costs speed: the caller builds again.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import IO, Callable, Optional, TypeVar

LOGGER = logging.getLogger(__name__)
T = TypeVar("T")


def cache_dir() -> Path:
    override = os.environ.get("WIRECODER_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("wirecoder", appauthor=False))


def read_or_build(path: Optional[Path], read: Callable[[Path], Optional[T]], build: Callable[[], T],
                  write: Callable[[Path, T], None]) -> T:
    """`read(path)` when it gives a value (None: missing, damaged or stale),
    else `build()`, then written with `write(path, value)`. With no path
    (caching off) the value is built and not written."""
    value = read(path) if path is not None else None
    if value is None:
        value = build()
        if path is not None:
            write(path, value)
    return value


def replace_file(path: Path, write: Callable[[IO[bytes]], None], mode: Optional[int] = None) -> None:
    """Write `path` with `write(handle)` through a temporary file renamed into
    place (readers never see half a file); `mode` sets its permissions (a
    temporary file is private). Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", suffix=path.suffix, delete=False) as handle:
        write(handle)
    if mode is not None:
        os.chmod(handle.name, mode)
    os.replace(handle.name, path)


def write_atomically(path: Path, write: Callable[[IO[bytes]], None], what: str, prefix: str) -> bool:
    """Write `path` with `write(handle)`; remove other `prefix*` files with
    its suffix. False (and a warning) when the file could not be written."""
    try:
        replace_file(path, write)
    except OSError as exc:
        LOGGER.warning("could not write the %s cache %s (%s); it will be built again next time", what, path, exc)
        return False
    for old in path.parent.glob(f"{prefix}*{path.suffix}"):
        if old != path:
            try:
                old.unlink()
            except OSError:  # another process may have removed it already
                pass
    return True
