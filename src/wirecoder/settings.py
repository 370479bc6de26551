"""One settings object: packaged defaults, then user overrides.

Every tuned value has a comment saying why it has that value.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any, Optional


@dataclass(frozen=True)
class Settings:
    # spaCy model: "md" (en_core_web_md, better vectors and parser) or "sm"
    # (faster, smaller); a path or an installed package name also works.
    model: str = "md"
    # Documents per nlp.pipe batch. Measured on the first 400 corpus articles
    # (docs/performance.md): peak RSS 1.9 GB at 64 against 0.8 GB at 16, with
    # no loss of speed; long articles make big batches costly.
    batch_size: int = 16
    # Processes for nlp.pipe; 1 on a laptop, more for `ingest --workers`.
    n_process: int = 1
    # Longest article text we code (characters), judged on the text left
    # after extraction and cleaning, not on the raw page. spaCy's own limit
    # is 1,000,000; a news article is rarely over 100k, so anything over
    # this is not one.
    max_chars: int = 1_000_000
    # Largest raw input we read (bytes: a file, a JSONL line, stdin). Real
    # news pages are up to ~1.5 MB of HTML, most of it scripts (the
    # WSJ-style pages in tests/test_large_pages.py); 10 MB leaves room for
    # heavier pages while bounding the memory and time one document takes.
    max_bytes: int = 10_000_000
    # Events below this calibrated confidence are left out. Chosen on the
    # article dev split for precision (docs/accuracy.md, "Confidence"): a
    # wrong row costs users more than a missing one.
    min_confidence: float = 0.7
    # Leave out events whose actor could not be coded (no country or
    # organisation code, nor PLOVER's unidentified attacker, sector UAF, of
    # a coded target): such rows cannot be queried by who did it.
    require_actor: bool = True
    # onnxruntime threads for the event detector (0: its default, all
    # cores). One: the detector runs beside spaCy's parse (overlap_stages),
    # and with two threads on 2 cores the pair fought over them: 100 corpus
    # articles took 44.1 s against 35.7 s with one (docs/performance.md).
    detector_threads: int = 1
    # Run the coding stages of parsed documents in a second thread while
    # spaCy parses the next batch (the detector and spaCy's matrix products
    # release the GIL, so the two overlap on a second core). Output is the
    # same either way; off is one thread, for debugging and profiling.
    overlap_stages: bool = True
    # With overlap_stages: after the first 32 documents of a run, run the
    # stages in a second process rather than the thread (pipeline's
    # _StageProcess): they then no longer take the GIL from spaCy's parse.
    # The `code`, `eval` and one-process `ingest` commands turn it on. Off
    # for the library: the process is spawned, and spawning re-runs the
    # caller's script unless its code sits under `if __name__ == "__main__"`.
    stage_process: bool = False
    # A user actor dictionary (YAML/CSV/.actors), consulted before ours.
    actor_dictionary: Optional[str] = None
    # Geoparse places (issue 6); off makes `code` faster.
    geoparse: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    def with_overrides(self, **changes: Any) -> "Settings":
        changes = {k: v for k, v in changes.items() if v is not None}
        return replace(self, **changes)


def default_settings() -> Settings:
    """Packaged defaults, with WIRECODER_MODEL honoured for the model choice."""
    settings = Settings()
    env_model = os.environ.get("WIRECODER_MODEL")
    if env_model:
        settings = settings.with_overrides(model=env_model)
    return settings
