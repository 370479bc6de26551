"""User actor dictionaries: YAML, CSV or PETRARCH/TABARI `.actors` files.

Formats (docs/actors.md has examples):
- YAML: a list of `{name, code, sectors: [..], aliases: [..]}`.
- CSV: columns `name,code,sectors,aliases` (sectors and aliases `|`-separated).
- `.actors`: `NAME_WITH_UNDERSCORES [RUSGOV]` lines, `+ALIAS` lines for
  synonyms, dated codes `[USAGOV >20090120]` (the last code is taken),
  `#` or `;` comments. A code is a country (3 letters) followed by
  3-letter sector chunks.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Iterator

from ..errors import UsageError
from .knowledge import Entry

_CODE = re.compile(r"\[([^\]]+)\]")


def read_user_dictionary(path: str) -> list[tuple[str, Entry]]:
    file = Path(path)
    if not file.is_file():
        raise UsageError(f"actor dictionary '{path}' does not exist; give a .yaml, .csv or .actors file")
    suffix = file.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return list(_from_yaml(file))
    if suffix == ".csv":
        return list(_from_csv(file))
    if suffix in (".actors", ".txt"):
        return list(_from_actors(file))
    raise UsageError(f"actor dictionary '{path}': unknown format {suffix}; use .yaml, .csv or .actors")


def _entry(name: str, code: str, sectors: list[str]) -> Entry:
    return Entry(code.upper() or None, name, tuple(s.upper() for s in sectors if s), "user")


def _from_yaml(file: Path) -> Iterator[tuple[str, Entry]]:
    import yaml

    data = yaml.safe_load(file.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise UsageError(f"actor dictionary '{file}': expected a list of entries")
    for item in data:
        entry = _entry(str(item["name"]), str(item.get("code") or ""), list(item.get("sectors") or []))
        for name in [item["name"], *(item.get("aliases") or [])]:
            yield str(name), entry


def _from_csv(file: Path) -> Iterator[tuple[str, Entry]]:
    with open(file, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            sectors = [s for s in (row.get("sectors") or "").split("|") if s]
            entry = _entry(row["name"], row.get("code") or "", sectors)
            aliases = [a for a in (row.get("aliases") or "").split("|") if a]
            for name in [row["name"], *aliases]:
                yield name, entry


def split_petrarch_code(code: str) -> tuple[str, list[str]]:
    """'RUSGOVMIL' → ('RUS', ['GOV', 'MIL'])."""
    code = code.strip().upper()
    return code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]


def _from_actors(file: Path) -> Iterator[tuple[str, Entry]]:
    current = None
    for raw_line in file.read_text(encoding="utf-8", errors="replace").splitlines():
        line = re.split(r"\s[#;]", raw_line, maxsplit=1)[0].strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("+"):
            if current is not None:
                yield _petrarch_name(line[1:]), current
            continue
        codes = _CODE.findall(line)
        name = _petrarch_name(_CODE.sub("", line))
        if not codes or not name:
            continue
        code = codes[-1].split()[0].lstrip("<>")
        country, sectors = split_petrarch_code(code)
        current = _entry(name.title(), country, sectors)
        yield name, current


def _petrarch_name(text: str) -> str:
    return text.strip().strip("_").replace("_", " ").strip()
