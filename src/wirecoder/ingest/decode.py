"""Bytes to text: encoding detection, newline and Unicode normalisation.

Text that is otherwise text keeps being text: a few stray NULs or control
bytes (a scraper's padding, a bad copy) are removed, not a reason to drop
the article. Only input that is mostly control bytes, or starts like a
known binary format, is `binary`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import BINARY, EMPTY, UNDECODABLE, document_error

# Magic numbers of formats people feed us by mistake (renamed files).
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"RIFF", "RIFF media file"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
]

# Above this share of control characters, a decoded text is not text: real
# articles have none besides tab/newline; 2% tolerates stray bytes (a NUL
# every 50 characters is already far more than any damaged article we have
# seen), while random bytes are ~13% control characters and binary formats
# more.
_MAX_CONTROL_SHARE = 0.02
# ...and above this count: two stray NULs in a one-line text are 5% of it
# but still a damaged text, while any binary of a few hundred bytes has more.
_MIN_CONTROLS = 16
# Characters sampled at the start, middle and end for that share.
_SAMPLE = 20_000
# Control characters that are not text (C0 and C1 except tab and newline;
# form feed and vertical tab become newlines first).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# A valid multi-byte UTF-8 sequence: input that has them and also fails to
# decode as UTF-8 is UTF-8 with some bytes of another encoding mixed in.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

# Signs of mojibake in decoded text: C1 controls (cp1252 punctuation read as
# Latin-1: "NEWARK \x97 It was" is a dash), and UTF-8 read as cp1252 ("Ã©"
# for "é", "â€" opening a curly quote or dash). Only texts that show one go
# through ftfy: it costs ~1 ms per 1,000 characters of non-ASCII text.
# Mojibake that was then compatibility-normalised (NFKC or NFKD) before it
# reached us: "Ã¼" (ü read as cp1252) became "Ã1⁄4", "Ã¯" (ï) "Ã ̄", "Ã¨" (è) "Ã ̈".
# The Latin-1 signs are put back after "Ã" or "Â" so the repair can read them.
_NFKC_LATIN1 = {"1\u20444": "\u00bc", "1\u20442": "\u00bd", "3\u20444": "\u00be", " \u0308": "\u00a8",
                " \u0304": "\u00af", " \u0301": "\u00b4", " \u0327": "\u00b8"}
_NFKC_MOJIBAKE = re.compile("(?<=[\u00c2\u00c3])(?:" + "|".join(map(re.escape, _NFKC_LATIN1)) + ")")
_C1_CONTROL = re.compile("[\x80-\x9f]")
_LATIN1_LEAD = re.compile("[\u00c2\u00c3]|\u00e2\u20ac")
_MOJIBAKE_SIGN = re.compile("[\x80-\x9f]|[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
                            "\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|\u00e2\u20ac")


def _page_breaks_as_newlines(text: str) -> str:
    """Form feeds and vertical tabs become newlines. (str.translate with a
    table walks the text in Python-level steps: about 0.6 ms per article, the
    reader's largest cost; two replaces are C loops.)"""
    if "\f" in text:
        text = text.replace("\f", "\n")
    if "\v" in text:
        text = text.replace("\v", "\n")
    return text


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as cp1252 (Latin-1 for its 5 holes)."""
    bad = error.object[error.start:error.end]
    return "".join(_cp1252_byte(b) for b in bad), error.end


def _cp1252_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_C1_AS_CP1252 = {code: _cp1252_byte(code) for code in range(0x80, 0xA0)}


codecs.register_error("wirecoder-cp1252", _cp1252_fallback)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raises DocumentError for empty/binary/undecodable."""
    if not data.strip():
        raise document_error(EMPTY)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise document_error(BINARY, kind=kind)
    text, encoding = _decode(data)
    if _too_many_controls(text):
        if encoding.startswith("cp1252") and "\x00" not in text:
            raise document_error(UNDECODABLE, detail="not UTF-8, UTF-16 or cp1252 text; many control bytes")
        kind = "NUL bytes in the text" if "\x00" in text else "control bytes in the text"
        raise document_error(BINARY, kind=kind)
    text = normalise_text(text)
    if not text.strip():
        raise document_error(EMPTY)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="wirecoder-cp1252"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:4096]:
        utf16 = _guess_utf16(data)
        if utf16:
            return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):
        return data.decode("utf-8", errors="wirecoder-cp1252"), "utf-8+cp1252"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps them to C1 controls.
        return data.decode("latin-1"), "cp1252/latin-1"


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text has NUL in every other byte."""
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def normalise_text(text: str) -> str:
    """Mojibake repaired, NFC, Unix newlines, stray control characters removed; everything else is kept."""
    text = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _page_breaks_as_newlines(text.replace("\u2028", "\n").replace("\u2029", "\n\n"))
    text = _CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)


def repair_mojibake(text: str) -> str:
    """Text decoded with the wrong encoding, decoded again: "GuantÃ¡namo" is "Guantánamo", UTF-8
    read wrongly twice becomes right too ("FranÃ" + C1 83 + "Â§ois": "François"), and a C1 control
    its cp1252 character (C1 97: "—").

    ftfy (a maintained library) decides, sequence by sequence, whether a
    reading is more plausible; its other fixes (quotes, ligatures, widths,
    HTML entities, line breaks) are off: they would change correct text.
    """
    # (Composed first: a decomposed text has "A" and a combining tilde for "Ã".)
    text = unicodedata.normalize("NFC", text)
    # (The substring tests first: the regular expressions walk every
    # character, ~0.1 ms per article, and almost no text has these signs.)
    latin1_lead = "\u00c2" in text or "\u00c3" in text
    if latin1_lead:
        text = _NFKC_MOJIBAKE.sub(lambda match: _NFKC_LATIN1[match.group()], text)
    if not (_C1_CONTROL.search(text) or ((latin1_lead or "\u00e2\u20ac" in text) and _MOJIBAKE_SIGN.search(text))):
        return text
    import ftfy  # here: ~0.1 s to import, and most texts never need it

    config = ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, remove_control_chars=False, normalization=None, explain=False)
    # ftfy fixes a text line by line anyway; only the lines that show a sign
    # go to it (~3 ms per article otherwise: it weighs every line).
    # (Split at "\n" only, as ftfy does: str.splitlines would also split at
    # C1 85, itself a sign to repair.)
    return "\n".join(_repair_line(line, config, ftfy) for line in text.split("\n"))


def _repair_line(line: str, config, ftfy) -> str:
    if _MOJIBAKE_SIGN.search(line) is None:
        return line
    if not _LATIN1_LEAD.search(line):
        # Only C1 controls: cp1252 bytes read as Latin-1 ("NEWARK \x97 It
        # was"). Each is its cp1252 character, as ftfy would make it, without
        # ftfy weighing the whole line (~5 ms for a long paragraph).
        return line.translate(_C1_AS_CP1252)
    return ftfy.fix_text(line, config)


def _too_many_controls(text: str) -> bool:
    """Control characters (and U+FFFD) in samples from the start, middle and
    end: more than _MIN_CONTROLS and more than _MAX_CONTROL_SHARE of them."""
    if len(text) <= 3 * _SAMPLE:
        sample = text
    else:
        middle = len(text) // 2
        sample = text[:_SAMPLE] + text[middle:middle + _SAMPLE] + text[-_SAMPLE:]
    controls = len(_CONTROLS.findall(_page_breaks_as_newlines(sample))) + sample.count("\ufffd")
    return controls > _MIN_CONTROLS and controls > _MAX_CONTROL_SHARE * len(sample)
