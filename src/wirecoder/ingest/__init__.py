"""Readers: turn paths, stdin and Python values into `RawDocument`s.

Entry point: `read_sources(paths)`. Readers never raise for a bad document:
it becomes a `RawDocument` whose `error` is set, in its place in the order.
"""

from .raw import RawDocument
from .readers import raw_from_value, read_sources

__all__ = ["RawDocument", "read_sources", "raw_from_value"]
