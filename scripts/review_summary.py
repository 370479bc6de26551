"""Tally the 50-row reviews recorded in gold/review/ (issue 10's "at least 40 of 50 right").

    python scripts/review_summary.py [gold/review/u102.jsonl ...] [--by event|actor|confidence]

Each file is one draw of `scripts/sample_rows.py --out`, one row per line
as that script wrote it (article id, row id, trigger offsets, type, codes,
confidence; never the article's text), with what the reviewer added:
`draw`, `seed`, `session`, `commit` (the code the rows came from),
`band` (only for a draw of `--band LOW HIGH`: rows below the default
cut-off, which the shipped coder does not write), `verdict` and, for most rows not fully right, a `note` in the reviewer's
own words. Verdicts, judged against the PLOVER manual:

- `right`: type, mode, actor and recipient right, the parties named as the text names them;
- `codes`: right by type and by the actor's and recipient's codes, a party misnamed or left implied;
- `wrong`: anything else (no event, another type, a wrong or missing code).

Issue 10 counts `right` + `codes` ("correct in type, actor and recipient").
The draws u101 and u102 come from news no event rule had been read on
(`--articles` of TR-News, GeoVirus and TempEval-3); later draws should
leave out every article of these files (`--exclude gold/review/*.jsonl
--exclude-articles`) so each figure is on articles no one has read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ("right", "codes", "wrong")


def read_review(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def tally(rows: list[dict], by: str | None = None) -> dict[str, Counter]:
    """Verdict counts per group (one group, "all", without `by`)."""
    groups: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        groups[_group(row, by)][row["verdict"]] += 1
    return dict(groups)


def _group(row: dict, by: str | None) -> str:
    if by == "event":
        return row["event"]
    if by == "confidence":
        return "≥ 0.9" if row["confidence"] >= 0.9 else "0.8-0.9" if row["confidence"] >= 0.8 else "< 0.8"
    if by == "actor":
        return "actor coded" if any(row["actor"]) else "actor uncoded"
    return "all"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="*")
    parser.add_argument("--by", choices=("event", "actor", "confidence"))
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "gold" / "review").glob("*.jsonl"))
    for path in files:
        rows = read_review(path)
        first = rows[0] if rows else {}
        print(f"{path.name}: seed {first.get('seed')}, session {first.get('session')}, commit {first.get('commit')}")
        for group, counts in sorted(tally(rows, args.by).items()):
            total = sum(counts.values())
            correct = counts["right"] + counts["codes"]
            print(f"  {group}: {correct} of {total} right by codes ({counts['right']} with the parties named), "
                  f"{counts['wrong']} wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
