"""Fuzz cases for bench/fuzz.py: hostile inputs built from a seed, so any
case can be rebuilt from its number (`python bench/fuzz.py --case N --show`).

Each case is a file (name with an extension, and its bytes) of one kind:
random bytes, generated articles with damage (NULs, control bytes, BOMs,
mixed encodings, huge lines, odd Unicode), broken and deeply nested HTML,
JSONL with wrong types, non-dates and empty fields. The article text is
generated from our own word lists.
"""

from __future__ import annotations

import codecs
import json
import random
from dataclasses import dataclass

ACTORS = ["Russia", "Ukraine", "NATO", "the United Nations", "Germany's foreign minister", "Police in Lagos",
          "Protesters", "The European Union", "China", "Iran's president", "Rebels", "The Kenyan government",
          "Sergei Lavrov", "He", "They", "The ministry", "Officials in Washington", "India", "Pakistan",
          "the African Union", "Hamas", "Israel", "Venezuela", "A spokesman for the army"]
VERBS = ["agreed to expand trade with", "rejected", "attacked", "met with", "accused", "imposed sanctions on",
         "called for talks with", "threatened", "expelled diplomats from", "signed a deal with", "criticised",
         "arrested members of", "sent aid to", "withdrew troops from", "denied claims by", "praised"]
WHEN = ["on Monday", "last week", "on 3 March 2024", "yesterday", "in 1999", "on February 30, 2023",
        "this morning", "next Tuesday", "on the 31st", "in the year 20245", "two days ago", "on 2024-13-45",
        "in week 54", "", "at dawn on Sunday", "in mid-2022"]
WHERE = ["in Kyiv", "near Paris, Texas", "in Springfield", "", "in the capital", "outside Moscow",
         "in Washington", "on the border", "in São Paulo", "in Zürich", "in Ōsaka", "in Київ"]
QUOTES = ["“We will not accept this,” he said.", "\"This is a provocation,\" the minister told reporters.",
          "« Nous refusons », a déclaré le porte-parole.", "She said: 'talks are over'.",
          "“Unclosed quote, said nobody.", "\"\"\"", "He said “", ""]
ODD = ["\u200b", "\u202e", "\ufeff", "\u0301", "😀", "\U0001f1fa\U0001f1f8", "ﬁ", "Ⅻ", "\u00a0", "\t", "\u3000",
       "\ufffd", "\u2028", "\u2029", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ǅ", "İ", "ß", "\x85", "\u061c", "\ud7ff"]
EXTENSIONS = [".txt", ".html", ".htm", ".jsonl", "", ".text", ".xhtml", ".ndjson", ".pdf"]
TAGS = ["div", "p", "span", "b", "i", "table", "tr", "td", "ul", "li", "a", "section", "article", "font", "center"]


@dataclass
class Case:
    index: int
    kind: str
    name: str
    data: bytes


def make_case(seed: int, index: int) -> Case:
    rng = random.Random(f"{seed}:{index}")
    kind = rng.choices(list(KINDS), weights=[w for w, _ in KINDS.values()])[0]
    name, data = KINDS[kind][1](rng)
    return Case(index, kind, name, data)


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(ACTORS), rng.choice(VERBS), rng.choice(ACTORS).replace("The ", "the ", 1),
             rng.choice(WHEN), rng.choice(WHERE)]
    text = " ".join(p for p in parts if p) + "."
    if rng.random() < 0.2:
        text += " " + rng.choice(QUOTES)
    return text


def article(rng: random.Random, paragraphs: int | None = None) -> str:
    paragraphs = paragraphs if paragraphs is not None else rng.randint(1, 8)
    title = " ".join(w.capitalize() for w in sentence(rng).split()[:8])
    body = ["\n".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(paragraphs)]
    lines = [title, rng.choice(["", "May 21, 2024", "Tuesday, 14 May 2024", "Updated: 2023-02-31", "Home > News"])]
    return "\n\n".join(line for line in lines + body if line or rng.random() < 0.3)


def damaged_text(rng: random.Random) -> str:
    text = article(rng)
    for _ in range(rng.randint(0, 6)):
        at = rng.randrange(len(text) + 1)
        insert = rng.choice([rng.choice(ODD), "\x00", chr(rng.randrange(1, 32)), "\r", "\r\n", "\x7f",
                             "x" * rng.choice([10, 1000, 100_000]), "\n" * rng.randint(1, 50),
                             " " * rng.randint(1, 500), sentence(rng)])
        text = text[:at] + insert + text[at:]
    if rng.random() < 0.1:
        text = rng.choice(["", " ", "\n\n\t ", "\u00a0\u3000", "\x00" * rng.randint(1, 5)])
    return text


def encode(rng: random.Random, text: str) -> bytes:
    """UTF-8 mostly; else another encoding, a BOM, or encodings mixed mid-text."""
    choice = rng.random()
    if choice < 0.55:
        return text.encode("utf-8", "replace")
    if choice < 0.65:
        return codecs.BOM_UTF8 + text.encode("utf-8", "replace")
    if choice < 0.75:
        return text.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32"]), "replace")
    if choice < 0.85:
        return text.encode(rng.choice(["cp1252", "latin-1", "koi8-r", "cp437", "mac-roman"]), "replace")
    cut = rng.randrange(len(text) + 1)
    first, second = rng.sample(["utf-8", "cp1252", "utf-16-le", "latin-1"], 2)
    bom = rng.choice([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
    return bom + text[:cut].encode(first, "replace") + text[cut:].encode(second, "replace")


def _random_bytes(rng: random.Random) -> tuple[str, bytes]:
    size = rng.choice([0, 1, 2, 16, 100, 1000, 4096, 20_000]) if rng.random() < 0.9 else rng.randint(0, 300_000)
    data = rng.randbytes(size)
    if rng.random() < 0.2:  # a known header on random bytes, or text on a binary
        data = rng.choice([b"\x89PNG\r\n\x1a\n", b"%PDF-1.7", b"PK\x03\x04", b"<html>", b"{", b"\xef\xbb\xbf"]) + data
    return "case" + rng.choice(EXTENSIONS), data


def _text(rng: random.Random) -> tuple[str, bytes]:
    return "case" + rng.choice([".txt", "", ".text"]), encode(rng, damaged_text(rng))


def _html(rng: random.Random) -> tuple[str, bytes]:
    paragraphs = "".join(f"<p>{p}</p>" for p in damaged_text(rng).split("\n\n"))
    head = rng.choice(["", "<meta name=\"date\" content=\"2024-05-21\">", "<meta property=\"article:published_time\" "
                       "content=\"not a date\">", "<title>" + sentence(rng) + "</title>",
                       "<script>" + "var x=1;" * rng.randint(1, 20_000) + "</script>", "<style>p{}</style>"])
    html = f"<!DOCTYPE html><html><head>{head}</head><body><article>{paragraphs}</article></body></html>"
    for _ in range(rng.randint(0, 8)):
        at = rng.randrange(len(html) + 1)
        junk = rng.choice(["<", ">", "</div>", "<div", "<p <p>", "&#0;", "&#xD800;", "&bogus;", "&#99999999;",
                           "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<svg><foreignObject>",
                           "<table><tr><td>", "\x00", '"', "'", "<br/>" * 100, "<?xml version='1.0'?>",
                           f"<{rng.choice(TAGS)} style=\"{'x' * 5000}\">"])
        html = html[:at] + junk + html[at:]
    if rng.random() < 0.3:
        html = html[:rng.randrange(len(html) + 1)]  # truncated download
    return "case" + rng.choice([".html", ".htm", ".xhtml"]), encode(rng, html)


def _nested_html(rng: random.Random) -> tuple[str, bytes]:
    depth = rng.choice([100, 1000, 5000, 10_000])
    tag = rng.choice(TAGS)
    closed = rng.random() < 0.5
    body = f"<{tag}>" * depth + "<p>" + sentence(rng) + " " + sentence(rng) + "</p>" + (f"</{tag}>" * depth if closed else "")
    return "case.html", f"<html><body>{body}</body></html>".encode()


def _huge_line(rng: random.Random) -> tuple[str, bytes]:
    """One line of 5-25 KB (a page scraped without its line breaks)."""
    words = " ".join(sentence(rng) for _ in range(rng.randint(60, 250)))
    if rng.random() < 0.5:
        words = words.replace(" ", rng.choice(["", "\u00a0", "-", ","]))
    return "case" + rng.choice([".txt", ".html"]), words.encode("utf-8")


def _jsonl(rng: random.Random) -> tuple[str, bytes]:
    lines = []
    for _ in range(rng.randint(1, 6)):
        lines.append(_jsonl_line(rng))
    separator = rng.choice([b"\n", b"\r\n", b"\n\n", b"\n \n"])
    return "case" + rng.choice([".jsonl", ".ndjson"]), separator.join(lines) + rng.choice([b"", b"\n"])


def _odd_value(rng: random.Random, depth: int = 0):
    options = [None, True, False, 0, -1, 1.5, float("1e308"), "", " ", "\t\n", "\x00", rng.choice(ODD),
               sentence(rng), damaged_text(rng), [], {}, [sentence(rng)], {"text": sentence(rng)}, 10**30,
               "2024-13-45", "yesterday", "2024-02-30", "0000-00-00", "9999-12-31T99:99", "20240101", "2024-05-21",
               "2024-05-21T10:00:00Z"]
    value = rng.choice(options)
    if depth < 3 and rng.random() < 0.1:
        value = [_odd_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return value


def _jsonl_line(rng: random.Random) -> bytes:
    roll = rng.random()
    if roll < 0.05:
        return b"[" * rng.choice([10, 1000, 100_000])  # nested past any recursion limit
    if roll < 0.1:
        return rng.choice([b"{not json", b"null", b"[]", b"\"a string\"", b"42", b"{\"id\": \"x\"",
                           b"\xef\xbb\xbf{\"id\": \"bom\", \"text\": \"A text.\"}", b"{\"text\": \"a\x00b\"}"])
    record = {}
    for key in ("id", "text", "html", "date", "url", "title", "extra"):
        if rng.random() < 0.7:
            record[key] = _odd_value(rng)
    if rng.random() < 0.6:
        record["text" if rng.random() < 0.7 else "html"] = damaged_text(rng) if rng.random() < 0.7 else (
            "<html><body><p>" + sentence(rng) + "</p></body></html>")
    text = json.dumps(record, ensure_ascii=rng.random() < 0.5)
    return encode(rng, text) if rng.random() < 0.2 else text.encode("utf-8", "surrogatepass")


# kind → (weight, builder)
KINDS = {
    "random-bytes": (15, _random_bytes),
    "text": (30, _text),
    "html": (25, _html),
    "nested-html": (3, _nested_html),
    "huge-line": (2, _huge_line),
    "jsonl": (25, _jsonl),
}
