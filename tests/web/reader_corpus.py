"""Extra articles for the API and browser tests, written by the wirecoder
team: a syndicated copy of examples/wire-batch.jsonl's sanctions story, the
same copy re-printed two months later (recycled), and a page whose title and
body carry markup that a reader must show as text, never run."""

from __future__ import annotations

import json
from pathlib import Path

SANCTIONS = ("The European Union imposed new sanctions on Iran on Monday over its drone exports. "
             "Tehran condemned the decision and threatened to retaliate against European companies.")

RECORDS = [
    {"id": "wire-003-copy", "date": "2024-02-06", "title": "EU widens Iran sanctions",
     "text": SANCTIONS + " The measures take effect next week, officials in Brussels said."},
    {"id": "wire-003-reprint", "date": "2024-04-09", "title": "EU widens Iran sanctions",
     "text": SANCTIONS + " The measures take effect next week, officials in Brussels said."},
    {"id": "markup-<b>", "date": "2024-01-15", "title": "<script>window.pwned = 1</script>Talks in <i>Oslo</i>",
     "text": "Norway hosted talks between Sudan and South Sudan in Oslo on Sunday. "
             "<img src=x onerror=\"window.pwned = 2\"> Officials said the delegations agreed to meet again."},
]


def write(directory: Path) -> Path:
    path = directory / "reader-extra.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for record in RECORDS:
            handle.write(json.dumps(record) + "\n")
    return path
