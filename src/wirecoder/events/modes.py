"""Mode cues: how an ASSAULT, PROTEST or COERCE was carried out, from the
words of its sentence (data/mode_cues.tsv).

Entry point: `cue_mode(sent, event_type, current)`.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Optional


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[str, tuple[tuple[str, ...], ...]]]]:
    """event → [(mode, cue phrases as word tuples)], most specific first."""
    text = resources.files("wirecoder.data").joinpath("mode_cues.tsv").read_text(encoding="utf-8")
    table: dict[str, list[tuple[str, tuple[tuple[str, ...], ...]]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        event, mode, cues = (line.split("\t") + ["", "", ""])[:3]
        phrases = tuple(tuple(c.strip().split()) for c in cues.split("|") if c.strip())
        table.setdefault(event.strip(), []).append((mode.strip(), phrases))
    return table


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))


def cue_mode(sent, event_type: str, current: Optional[str]) -> Optional[str]:
    """The most specific cued mode of the sentence for this event type, when
    it is more specific than the event's current mode; else the current mode.
    A current mode outside the table (e.g. "beat", "obstruct") is kept unless
    a cue is found: the cue names the means, which such modes do not."""
    rows = _table().get(event_type)
    if not rows:
        return current
    forms = [t.lower_ for t in sent]
    lemmas = [t.lemma_.lower() for t in sent]
    vocabulary = set(forms) | set(lemmas)
    ranks = {mode: rank for rank, (mode, _) in enumerate(rows)}
    for rank, (mode, phrases) in enumerate(rows):
        if current in ranks and ranks[current] <= rank:
            return current
        # Set membership first: the phrase scan runs only for the rare
        # sentences holding all of a phrase's words (keeps coding fast).
        if any(all(w in vocabulary for w in p) and (len(p) == 1 or _contains(forms, p) or _contains(lemmas, p))
               for p in phrases):
            return mode
    return current
