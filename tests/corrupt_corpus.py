"""A generated corpus of 1,000 short articles (our own text, from word lists)
in .txt and .html files, and the same corpus with 5% of its files broken the
ways real collections break: truncated HTML, binaries with a text name, text
in encodings that are not text, empty files, files nobody may read."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

COUNTRIES = ["Norway", "Chile", "Kenya", "Japan", "Canada", "Peru", "Ghana", "Poland", "Vietnam", "Morocco",
             "Austria", "Mongolia", "Uruguay", "Nepal", "Tunisia", "Iceland"]
OFFICIALS = ["foreign minister", "prime minister", "defence minister", "trade minister", "president"]
ACTS = [("agreed to expand trade with", "after two days of talks"),
        ("agreed to reopen a border crossing with", "following months of negotiations"),
        ("rejected a proposal from", "saying it ignored earlier agreements"),
        ("signed a fisheries agreement with", "at a ceremony attended by both delegations"),
        ("called for new talks with", "on the future of a shared hydropower dam")]
DETAILS = ["Officials said the plan would be reviewed by a joint commission before the end of the year.",
           "Business groups welcomed the announcement and said exporters had waited a long time for it.",
           "Opposition lawmakers criticised the decision and demanded a vote in parliament.",
           "The ministry published a short statement but gave no further details about the costs.",
           "Analysts said the move reflected a wider effort to improve relations in the region.",
           "Local newspapers reported that the talks had nearly collapsed on the first evening.",
           "A spokesman said technical teams would meet again next month to settle the remaining issues.",
           "Farmers near the border said they hoped the change would lower the price of fertiliser."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
N_ARTICLES = 1000
N_ARTICLE_OFFSET = 1000  # four-digit numbers: file names sort as numbers
BROKEN_SHARE = 0.05
# (kind of damage, the error code the reader or cleaner gives it)
DAMAGE = [("truncated-html", "no-article"), ("binary", "binary"), ("wrong-encoding", "undecodable"),
          ("empty", "empty"), ("unreadable", "unreadable")]


def article(rng: random.Random, number: int) -> tuple[str, list[str]]:
    """(title, paragraphs) of article `number`."""
    a, b = rng.sample(COUNTRIES, 2)
    act, why = rng.choice(ACTS)
    day = rng.choice(WEEKDAYS)
    title = f"{a} and {b}: talks number {number} end with a statement"
    lede = f"{a} {act} {b} on {day}, {why}, the {rng.choice(OFFICIALS)} of {a} told reporters in the capital."
    rest = rng.sample(DETAILS, rng.randint(2, 4))
    return title, [lede, *rest, f"The talks were the {number}th meeting of the two delegations this decade."]


def as_text(title: str, paragraphs: list[str], date: str) -> str:
    return "\n\n".join([title, date, *paragraphs]) + "\n"


def as_html(title: str, paragraphs: list[str], date: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta property=\"article:published_time\" content=\"{date}\">"
            f"<script>var tracking = {{'page': 'article', 'id': {len(title)}}};</script></head>"
            f"<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Copyright 2024 The Ledger</footer></body></html>")


def write_corpus(directory: Path, seed: int = 7) -> dict[str, str]:
    """Write the 1,000 good articles; return {file name: its content kind}."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    names = {}
    for number in range(N_ARTICLE_OFFSET, N_ARTICLE_OFFSET + N_ARTICLES):
        title, paragraphs = article(rng, number)
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.3:
            name = f"a{number}.html"
            (directory / name).write_text(as_html(title, paragraphs, date), encoding="utf-8")
        else:
            name = f"a{number}.txt"
            (directory / name).write_text(as_text(title, paragraphs, date), encoding="utf-8")
        names[name] = "good"
    return names


def break_corpus(directory: Path, seed: int = 11) -> dict[str, str]:
    """Damage 5% of the files of a written corpus in place, an equal number
    of each kind; return {file name: expected error code}."""
    rng = random.Random(seed)
    names = sorted(p.name for p in directory.iterdir())
    per_kind = int(len(names) * BROKEN_SHARE) // len(DAMAGE)
    html = [n for n in names if n.endswith(".html")]
    chosen = {"truncated-html": rng.sample(html, per_kind)}
    rest = [n for n in names if n not in chosen["truncated-html"]]
    rng.shuffle(rest)
    for i, (kind, _) in enumerate(DAMAGE[1:]):
        chosen[kind] = rest[i * per_kind:(i + 1) * per_kind]
    expected = {}
    for kind, code in DAMAGE:
        for i, name in enumerate(chosen[kind]):
            _damage(directory / name, kind, i, rng)
            expected[name] = code
    return expected


def _damage(path: Path, kind: str, i: int, rng: random.Random) -> None:
    if kind == "truncated-html":
        # Cut inside the head, before any article text, as a stalled download does.
        html = path.read_text(encoding="utf-8")
        path.write_text(html[:html.index("<script>") + 20], encoding="utf-8")
    elif kind == "binary":
        if i % 2:
            path.write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(3000))
        else:
            path.write_bytes(gzip.compress(path.read_bytes()))
    elif kind == "wrong-encoding":
        # Bytes that are text in no encoding we read: cp1252's five holes.
        path.write_bytes(bytes(rng.choice([0x81, 0x8d, 0x8f, 0x90, 0x9d]) for _ in range(2000)))
    elif kind == "empty":
        path.write_bytes(b"" if i % 2 else b" \n\t\n ")
    elif kind == "unreadable":
        path.chmod(0)
