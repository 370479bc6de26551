"""Find text of ../shared repeated in the repository: runs of words that the
corpus or gold texts also hold.

    python scripts/shared_text_check.py [--shared ../shared] [--min-words 10] [--paths src tests docs ...]

Our repository must not hold text copied from `../shared` (licences differ):
tests and comments use sentences we write ourselves. This tokenizes every
tracked file under the given paths into lower-case words, and reports each
run of at least `--min-words` consecutive words that also occurs, in order,
in a text of `shared/corpus/*.jsonl` or `shared/gold/*/*.jsonl` (their
"text", "sentence" and "snippet" fields). Runs are found through 7-word
windows, so `--min-words` below 7 is raised to 7. Exits 1 when it finds
any, 0 otherwise; skips cleanly (exit 0) when the shared folder is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW = 7
FIELDS = ("text", "sentence", "snippet")
DEFAULT_PATHS = ["src", "tests", "docs", "scripts", "bench", "examples", "README.md"]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def shared_windows(shared: Path) -> set[int]:
    """Hashes of every 7-word window of the shared texts."""
    windows: set[int] = set()
    for path in sorted(shared.glob("corpus/*.jsonl")) + sorted(shared.glob("gold/*/*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(record, dict):
                    continue
                for field in FIELDS:
                    if isinstance(record.get(field), str):
                        tokens = words(record[field])
                        windows.update(hash(tuple(tokens[i:i + WINDOW])) for i in range(len(tokens) - WINDOW + 1))
    return windows


def repeated_runs(text: str, windows: set[int], min_words: int) -> list[tuple[int, str]]:
    """(line number, words) of each run of at least `min_words` words whose every 7-word window is shared."""
    tokens: list[str] = []
    lines: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for token in words(line):
            tokens.append(token)
            lines.append(number)
    runs, start, length = [], None, 0
    for i in range(len(tokens) - WINDOW + 2):
        shared = i <= len(tokens) - WINDOW and hash(tuple(tokens[i:i + WINDOW])) in windows
        if shared:
            start = i if length == 0 else start
            length += 1
            continue
        if length and length + WINDOW - 1 >= min_words:
            runs.append((lines[start], " ".join(tokens[start:start + length + WINDOW - 1])))
        length = 0
    return runs


def tracked_files(paths: list[str]) -> list[Path]:
    listed = subprocess.run(["git", "ls-files", *paths], cwd=ROOT, capture_output=True, text=True, check=True)
    return [ROOT / name for name in listed.stdout.split()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--min-words", type=int, default=10)
    parser.add_argument("--paths", nargs="+", default=DEFAULT_PATHS)
    args = parser.parse_args()
    shared = Path(args.shared)
    if not shared.is_dir():
        print(f"skipped: {shared} is not present")
        return 0
    windows = shared_windows(shared)
    found = 0
    for path in tracked_files(args.paths):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary files (models, images) hold no prose
        for line, run in repeated_runs(text, windows, max(args.min_words, WINDOW)):
            found += 1
            print(f"{path.relative_to(ROOT)}:{line}: {run}")
    print(f"{found} runs of {max(args.min_words, WINDOW)} or more words also in {shared}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
