"""Scorers for the gold formats of shared/gold (see its README).

Each task is one module here, `wirecoder/evaluate/<task>.py`, exposing:

    run(gold_path: str, settings, limit: int | None) -> dict   # the figures
    format_table(result: dict) -> str                           # for people

`wirecoder eval TASK GOLD.jsonl` finds the module by name, so adding a task
means adding a module; the CLI needs no change.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from typing import Any, Iterator

from ..errors import UsageError


def tasks() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def load_task(name: str):
    if name not in tasks():
        raise UsageError(f"unknown eval task '{name}'; choose one of: {', '.join(tasks()) or 'none yet'}")
    return importlib.import_module(f"{__name__}.{name}")


def read_gold(path: str, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Gold records, one JSON object a line."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            if line.strip():
                yield json.loads(line)


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0
