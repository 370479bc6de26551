"""Bytes to text: encoding detection, newline and Unicode normalisation."""

from __future__ import annotations

import codecs
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
]

# Above this share of control characters, a decoded text is not text: real
# articles have none besides tab/newline; 2% tolerates a few stray bytes.
_MAX_CONTROL_SHARE = 0.02


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raises DocumentError for empty/binary/undecodable."""
    if not data.strip():
        raise document_error(EMPTY)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise document_error(BINARY, kind=kind)
    text, encoding = _decode(data)
    text = normalise_text(text)
    if not text.strip():
        raise document_error(EMPTY)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        if encoding.startswith("cp1252"):
            raise document_error(UNDECODABLE, detail="not UTF-8, UTF-16 or cp1252 text; many control bytes")
        raise document_error(BINARY, kind="control bytes in the text")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:4096]:
        utf16 = _guess_utf16(data)
        if utf16:
            return data.decode(utf16, errors="replace"), utf16
        raise document_error(BINARY, kind="NUL bytes in the text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
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
    """NFC, Unix newlines; everything else of the text is kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", text)


def _control_share(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\f\v")
    controls += sample.count("\ufffd")
    return controls / max(1, len(sample))
