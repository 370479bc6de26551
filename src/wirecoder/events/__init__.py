"""Events: PLOVER event coding. Entry point: `extract_events(document, settings)`."""

from .extract import extract_events
from .lexicon import load_lexicon

__all__ = ["extract_events", "load_lexicon"]
