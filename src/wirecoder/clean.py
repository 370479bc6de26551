"""Clean a raw article: body, title, claimed date and the chrome removed.

Entry point: `clean(raw) -> Document`.

Plain text from scrapers arrives with page chrome mixed in: a printed date in
the header, breadcrumbs glued to the title, photo captions with agency
credits, share lines and footers. Each chrome line is moved to
`Document.removed` with its kind; a line is only removed when a rule names
it, so no body paragraph is ever dropped.
"""

from __future__ import annotations

import logging
import re
from datetime import date as Date
from functools import lru_cache
from typing import Optional

from .document import Document, Removed
from .errors import NO_ARTICLE, document_error
from .ingest.raw import RawDocument

LOGGER = logging.getLogger(__name__)
# trafilatura logs a warning for every page it cannot use; we report those
# as the document's `no-article` error instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
# "Tuesday, May 21, 2024" / "May 21, 2024" / "21 May 2024" / "2024-05-21"
_DATE_PATTERNS = [
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})", re.I),
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})", re.I),
    re.compile(_WEEKDAY + r"(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})", re.I),
]

# A caption credits an agency or photographer at its end: "... / Reuters",
# "(AFP)", "Photo: Jane Doe", "REUTERS/Name", "© AP".
_AGENCIES = r"(?:reuters|afp|ap|associated press|getty(?: images)?|epa(?:-efe)?|efe|anadolu|xinhua|tass|ria novosti|sputnik|dpa|ansa|europa press|bloomberg|shutterstock|alamy|pool|file photo)\b"
_CREDIT = r"[\w .'-]{1,40}"  # a photographer or agency name: short, no sentence
_CAPTION = re.compile(
    r"(?:[/|]\s*" + _AGENCIES + r"(?:\s*/\s*" + _CREDIT + r")?\s*\.?$)"
    r"|(?:\(\s*(?:photo|image|picture)?:?\s*" + _AGENCIES + r"[^)]{0,40}\)\s*\.?$)"
    r"|(?:^\s*(?:photo|image|picture|foto)\s*(?:credit)?\s*:)"
    r"|(?:(?:photo|image|picture)\s*:\s*" + _CREDIT + r"\.?$)"
    r"|(?:(?:^|\s)©\s*" + _CREDIT + r"\.?$)"
    r"|(?:\b" + _AGENCIES + r"\s*/\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*\.?$)",
    re.I,
)
_NAVIGATION = re.compile(
    r"^\s*(?:home|menu|skip to (?:main )?content|search|log ?in|sign ?in|main menu|navigation|toggle navigation|"
    r"back to top|close|open menu|sections?|latest news|top stories|advertisement|advertising|cookie settings|"
    r"accept(?: all)? cookies|we use cookies.*)\s*$"
    r"|^\s*(?:home|news|world)\s*(?:[>»›/|]\s*[\w &'-]+\s*){1,6}$"
    r"|^(?:\s*[\w&'-]+(?:\s[\w&'-]+)?\s*[|•·]){3,}",
    re.I,
)
_SHARE = re.compile(
    r"^\s*(?:share(?: this(?: article| story| post)?)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|telegram|email))?|"
    r"tweet|pin it|email|print|copy link|whatsapp|facebook|twitter|linkedin|telegram|"
    r"subscribe(?: now| to (?:our|the) newsletter)?.*|sign up (?:for|to) (?:our|the) newsletter.*|"
    r"follow us(?: on [\w ]+)?|join (?:us|our channel) on [\w ]+|click here to .*|download (?:our|the) app.*)\s*[.!:]?\s*$",
    re.I,
)
# A row of share buttons scraped onto one line: "Share on Facebook Share on X Email".
_SHARE_ROW = re.compile(
    r"^(?:\s*(?:share(?: on)?|facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail|print|copy link|"
    r"pinterest|reddit|messenger|bluesky|threads)\b[\s|•·,]*){2,}$",
    re.I,
)
_FOOTER_HEAD = re.compile(
    r"^\s*(?:recent posts|related (?:posts|articles|stories|news|content)|read more|read also|more (?:news|stories)|"
    r"you may also like|also read|most read|popular posts|trending(?: now)?|latest posts|comments?|leave a (?:comment|reply)|"
    r"tags?\s*:.*|filed under\s*:?.*|categories\s*:.*)\s*:?\s*$",
    re.I,
)
# A promotion of another story inside the body: "READ MORE: '3D-printed
# guns' seized in police raid", "YOU MAY ALSO LIKE: Partner arrested in UK":
# a heading and a headline on one line (the heading alone starts a footer).
_PROMO_LINE = re.compile(
    r"^\s*(?:read more|read also|also read|you may also like|you might also like|see also|related|recommended|"
    r"related (?:article|articles|story|stories|coverage|content)|more on this story|don'?t miss)"
    r"\s*[:|»›>–—-]\s*\S.{2,200}$",
    re.I,
)
_FOOTER_LINE = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b|all rights reserved|privacy policy|terms (?:of (?:use|service)|and conditions)|"
    r"contact us|about us|cookie policy).*$",
    re.I,
)
# (The lead word in any case, "By Ana Petrovic", "BY ANA PETROVIC"; the
# names capitalised, so a body line "By late evening both sides had left"
# is no byline.)
_BYLINE = re.compile(r"^\s*(?i:by|written by|reporting by|editing by)\s+[A-Z][\w.'-]+"
                     r"(?:\s+(?:(?i:and)\s+)?[A-Z][\w.'-]+){0,5}\s*(?:,\s*[A-Z][\w.' -]{2,40})?$")
# "MOSCOW, May 14 (Reuters) -" / "WASHINGTON (AP) —"; the date part is optional.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .'-]{1,30})?)\s*(?:,\s*(?P<when>[^(]{3,40}?))?\s*"
    r"\((?:reuters|afp|ap|xinhua|tass|efe|ians|pti|upi|dpa|ansa|bloomberg)\)\s*[-–—]",
    re.I,
)
# Breadcrumb words that scrapers glue in front of the title ("HomeGlobal").
_CRUMB = re.compile(r"^((?:Home|News|World|Global|International|Politics|Europe|Business|Opinion|Latest|"
                    r"[A-Z][a-z]+)(?=[A-Z])){1,5}")

# A title is a single line shorter than this and not a full sentence paragraph.
_MAX_TITLE_CHARS = 200
# Headlines in title case capitalise nearly every long word; 0.7 lets a few
# lower-case long words ("with", "from") through.
_TITLE_CASE_SHARE = 0.7
# A sentence-case headline is short; a first paragraph without a full stop is
# usually longer than this.
_MAX_SENTENCE_CASE_TITLE_WORDS = 16
# How many of a page's first lines may be chrome before its headline.
_TITLE_LOOKAHEAD = 6
# Captions are one or two short sentences; longer lines are body text that
# happens to mention an agency.
_MAX_CAPTION_CHARS = 250


def clean(raw: RawDocument) -> Document:
    """Turn a RawDocument into a Document with body, title, date and removed chrome."""
    doc = Document(id=raw.id, url=raw.url, meta=dict(raw.meta))
    for code, message in raw.warnings:
        doc.warn(code, message)
    if raw.html is not None:
        _clean_html(raw, doc)
    else:
        _clean_text(raw.text or "", raw, doc)
    if raw.date:
        doc.date, doc.date_source = raw.date, "input"
    if raw.title:
        doc.title = raw.title
    return doc


# ---------------------------------------------------------------- plain text
def _clean_text(text: str, raw: RawDocument, doc: Document) -> None:
    paragraphs = _paragraphs(text)
    header_date, paragraphs = _take_page_header(paragraphs, doc)
    title, paragraphs = _take_title(paragraphs, doc, given=raw.title)
    body = _strip_chrome(paragraphs, doc)
    doc.title = title
    doc.text = "\n\n".join(body)
    if header_date:
        doc.date, doc.date_source = header_date, "page-header"
    dateline = _dateline_date(body, header_date)
    if dateline and not header_date:
        doc.date, doc.date_source = dateline, "dateline"
    if not doc.date and body:
        found = _first_date(" ".join(body[:3]))
        if found:
            doc.date, doc.date_source = found[0], "body"


def _paragraphs(text: str) -> list[str]:
    """Split into non-empty lines, stripped; a line is the unit scrapers keep."""
    return [line.strip() for line in text.split("\n") if line.strip()]


# The time a page prints after its date: "July 2, 2013 07:44", "May 2,
# 2013, 1:12 PM", "January 5, 2011 at 12:19", "7:32 p.m. ET" (scraped
# text may space the colon and the dots: "07: 44", "p. m.").
_PRINTED_TIME = re.compile(r",?\s*(?:at\s+)?\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?"
                           r"(?:\s*[ap]\.?\s*m\b\.?)?(?:\s+[A-Z]{2,4})?\s*$", re.I)


# A page's own label for its date: "Published 3 March 2025", "Updated: May 2, 2013".
_PUBLISHED = re.compile(r"^\s*(?:first\s+)?(?:published|updated|posted|last updated)(?:\s+on)?\s*:?\s*", re.I)
# How many of a page's first lines may hold its printed date (past a menu,
# a headline and a byline when the line says "Published").
_HEADER_LOOKAHEAD = 8


def _take_page_header(paragraphs: list[str], doc: Document) -> tuple[Optional[str], list[str]]:
    """A date alone on one of the first lines (a time after it allowed) is the page's printed date."""
    for index, line in enumerate(paragraphs[:_HEADER_LOOKAHEAD]):
        if len(line) > 60 or (index >= 4 and not _PUBLISHED.match(line)):
            continue  # (further down, only a line that says it is the page's date)
        found = _first_date(_PRINTED_TIME.sub("", _PUBLISHED.sub("", line)), whole_line=True)
        if found:
            value, weekday_ok = found
            doc.removed.append(Removed("header", line))
            if weekday_ok is False:
                doc.warn("weekday-mismatch", f"the printed date '{line}' names a weekday that {value} is not")
            return value, paragraphs[:index] + paragraphs[index + 1:]
    return None, paragraphs


def _take_title(paragraphs: list[str], doc: Document, given: Optional[str]) -> tuple[Optional[str], list[str]]:
    """The title is the page's first line when it reads as a headline; a
    breadcrumb may be glued to it. Only the first lines are looked at, so a
    body paragraph further down is never taken for a title."""
    kept = list(paragraphs)
    for index in range(min(3, len(kept))):
        crumb, rest = _split_breadcrumb(kept[index], kept[index + 1:index + 3])
        if crumb:
            doc.removed.append(Removed("navigation", crumb))
            kept[index] = rest
    title = given
    # (Past the page's leading chrome: "Skip to main content", a menu row.)
    first = next((i for i, line in enumerate(kept[:_TITLE_LOOKAHEAD]) if line and not _is_chrome(line)), 0)
    after = next((line for line in kept[first + 1:first + _TITLE_LOOKAHEAD] if line and not _is_chrome(line)), None)
    if title is None and after is not None and _looks_like_title(kept[first], after):
        title = kept[first]
    if title is not None:
        for index in range(min(max(3, first + 1), len(kept))):
            if kept[index] == title.strip():
                doc.removed.append(Removed("title", kept[index]))
                kept[index] = ""
    return title, [line for line in kept if line]


def _split_breadcrumb(line: str, following: list[str]) -> tuple[Optional[str], str]:
    """'HomeGlobalRussia sees…' → ('HomeGlobal', 'Russia sees…')."""
    for later in following:
        if later and line != later and line.endswith(later):
            prefix = line[: -len(later)]
            if prefix.strip() and " " not in prefix.strip():
                return prefix.strip(), later
    match = _CRUMB.match(line)
    if match and match.group(0).startswith("Home"):
        return match.group(0), line[match.end():]
    return None, line


def _looks_like_title(line: str, next_line: str) -> bool:
    """A headline: short, no sentence-final punctuation, not chrome, and either
    repeated by the page, in title case, or shorter than the paragraph after it."""
    bare = line.rstrip("”\"’'»)] ")
    words = line.split()
    # A line ending in a dash or matching a wire dateline ("OSLO, May 3
    # (Wire) --" on a line of its own) opens the body: it holds the story's
    # place and date, so it must not be removed as a title.
    if (len(line) > _MAX_TITLE_CHARS or len(words) < 3
            or bare.endswith((".", "!", "?", ":", ";", ",", "…", "-", "–", "—"))
            or line[0] in "“\"«‘'" or _is_chrome(line) or _DATELINE.match(line)):
        return False
    if line == next_line:
        return True
    long_words = [w for w in words if len(w) >= 4]
    title_case = sum(w[0].isupper() for w in long_words) >= _TITLE_CASE_SHARE * max(1, len(long_words))
    return title_case or (len(words) <= _MAX_SENTENCE_CASE_TITLE_WORDS and len(next_line) > 2 * len(line))


def _strip_chrome(paragraphs: list[str], doc: Document) -> list[str]:
    body: list[str] = []
    in_footer = False
    for line in paragraphs:
        kind = _is_chrome(line)
        if kind == "footer-head":
            in_footer = True
            doc.removed.append(Removed("footer", line))
        elif kind:
            doc.removed.append(Removed(kind, line))
        elif in_footer and _is_link_line(line):
            doc.removed.append(Removed("related", line))
        else:
            body.append(line)
    return body


def _is_chrome(line: str) -> Optional[str]:
    """The kind of chrome a line is, or None for body text."""
    if _FOOTER_HEAD.match(line):
        return "footer-head"
    if _FOOTER_LINE.match(line) and len(line) < 200:
        return "footer"
    if _PROMO_LINE.match(line):
        return "related"
    if _SHARE.match(line) or _SHARE_ROW.match(line):
        return "share"
    if _NAVIGATION.match(line):
        return "navigation"
    if _BYLINE.match(line):
        return "byline"
    if len(line) < _MAX_CAPTION_CHARS and _CAPTION.search(line):
        return "caption"
    return None


def _is_link_line(line: str) -> bool:
    """After a footer head, headline-like lines are links to other stories."""
    return len(line) < 160 and not line.rstrip().endswith((".", "”", '"', "»"))


# --------------------------------------------------------------------- dates
def _first_date(text: str, whole_line: bool = False) -> Optional[tuple[str, Optional[bool]]]:
    """The first absolute date in `text`: (ISO value, weekday agrees or None)."""
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text.strip(" .")) if whole_line else pattern.search(text)
        if not match:
            continue
        value = _to_date(match)
        if value is None:
            continue
        weekday_ok = None
        if match.group("weekday"):
            weekday_ok = WEEKDAYS[value.weekday()].startswith(match.group("weekday").lower()[:3])
        return value.isoformat(), weekday_ok
    return None


def _to_date(match: re.Match) -> Optional[Date]:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS.get(groups["month"].lower().rstrip("."))
    try:
        return Date(int(groups["year"]), month, int(groups["day"]))
    except (TypeError, ValueError):
        return None


def _dateline_date(body: list[str], header_date: Optional[str]) -> Optional[str]:
    """A wire dateline with a full date ('LONDON, 3 May 2024 (Reuters) -')."""
    if not body:
        return None
    match = _DATELINE.match(body[0])
    if match and match.group("when"):
        found = _first_date(match.group("when"))
        if found:
            return found[0]
    return None


# ---------------------------------------------------------------------- HTML
@lru_cache(maxsize=1)
def _english_dateparser() -> None:
    """htmldate hands date strings it cannot read itself to dateparser, which
    then tries all of its 400+ locales in turn: 3-10 s for one odd string on
    a 1 KB page (bench/fuzz.py found such pages). wirecoder codes English, so
    that parser gets English only; the settings are htmldate 1.11's own."""
    from dateparser import DateDataParser
    from htmldate import extractors

    parser = DateDataParser(languages=["en"], settings={
        "NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"], "PREFER_DATES_FROM": "past",
        "PREFER_LOCALE_DATE_ORDER": True, "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True})
    extractors.get_external_parser = lambda: parser


def _find_date(find_date, tree, extensive: bool) -> Optional[str]:
    """htmldate's date, or None where its pruning asserts (see _clean_html)."""
    try:
        return find_date(tree, extensive_search=extensive, original_date=True)
    except AssertionError:
        return None


def _clean_html(raw: RawDocument, doc: Document) -> None:
    import trafilatura
    from htmldate import find_date
    from trafilatura.utils import load_html

    _english_dateparser()

    # Parsed once, here, and the tree given to both libraries: a 1.5 MB page
    # is not parsed three times; htmldate's own parser misses the <meta>
    # dates of pages with large inline SVG (tests/pages.py); and htmldate
    # given a string that looks like a URL would try to download it (no
    # network at run time). Neither library changes the tree.
    tree = load_html(raw.html or "")
    if tree is None:
        raise document_error(NO_ARTICLE)
    html = tree
    try:
        result = trafilatura.bare_extraction(html, url=raw.url, with_metadata=True, include_comments=False,
                                             include_tables=False)
    except AssertionError:
        # htmldate (trafilatura's metadata step) asserts when a page's root
        # is an element it prunes ("<svg><foreignObject><html>…", found by
        # bench/fuzz.py): keep the text, without title or page date.
        result = trafilatura.bare_extraction(html, url=raw.url, with_metadata=False, include_comments=False,
                                             include_tables=False)
    extracted = result.as_dict() if result is not None else {}
    text = (extracted or {}).get("text") or ""
    if not text.strip():
        raise document_error(NO_ARTICLE)
    paragraphs = _paragraphs(text)
    doc.title = (extracted or {}).get("title") or None
    if doc.title:
        paragraphs = [p for p in paragraphs if p != doc.title]
    doc.text = "\n\n".join(_strip_chrome(paragraphs, doc))
    if not doc.text.strip():
        raise document_error(NO_ARTICLE)
    meta_date = _find_date(find_date, html, extensive=False)
    if meta_date:
        doc.date, doc.date_source = meta_date, "html-meta"
        return
    body_date = _find_date(find_date, html, extensive=True)
    if body_date:
        doc.date, doc.date_source = body_date, "body"
