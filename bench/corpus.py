"""What every benchmark shares: its command line and reading the corpus.

Benchmarks take the corpus path as an argument (default: news.jsonl under
$WIRECODER_SHARED or ../shared) and skip cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("WIRECODER_SHARED", ROOT.parent / "shared")) / "corpus" / "news.jsonl"


def corpus_arguments(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=None)
    return parser


def read_records(path: str, limit: Optional[int]) -> Optional[list[dict]]:
    """The first `limit` corpus records, or None (and a 'skip' line) when the file is absent."""
    if not Path(path).is_file():
        print(f"skip: {path} not found")
        return None
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()][:limit]
