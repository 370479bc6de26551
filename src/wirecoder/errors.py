"""Coded errors. Each message says what was wrong and what to do next.

A failing document never stops a batch: the pipeline turns a
`DocumentError` into that document's `error: {code, message}`.
"""

from __future__ import annotations


class WirecoderError(Exception):
    """Base class for every error wirecoder raises on purpose."""

    code = "W000"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0])


class DocumentError(WirecoderError):
    """One input document cannot be coded; the batch goes on."""


class ModelNotFound(WirecoderError):
    code = "model-not-found"


class UsageError(WirecoderError):
    code = "usage"


class QueryRefused(WirecoderError):
    """A statement a read-only store does not run (a write, a file, an extension)."""

    code = "sql-refused"


# Document-level error codes and their message templates.
EMPTY = ("empty", "the document is empty (0 bytes or only whitespace); nothing to code")
BINARY = ("binary", "the input looks like binary data ({kind}), not text or HTML; give a .txt, .html or .jsonl file")
UNDECODABLE = ("undecodable", "the bytes could not be decoded as text ({detail})")
TOO_LARGE_FILE = ("too-large", "the input has {size} bytes, more than the limit of {limit:,} bytes (settings.max_bytes); split it or raise the limit")
TOO_LARGE_LINE = ("too-large", "line {line} has more than {limit:,} bytes (settings.max_bytes); it was skipped")
TOO_LARGE = ("too-large", "the article text has {size:,} characters after extraction, more than the limit of {limit:,} (settings.max_chars); split it or raise the limit")
NO_ARTICLE = ("no-article", "the HTML page has no article text that could be extracted (only markup, scripts or navigation)")
UNKNOWN_EXTENSION = ("unknown-extension", "'{path}' has an extension wirecoder does not read ({ext}); use .txt, .html, .htm or .jsonl")
BAD_JSON = ("bad-json", "line {line} is not valid JSON ({detail})")
NO_TEXT = ("no-text", "line {line} has neither a 'text' nor an 'html' string field")
BAD_DATE = ("bad-date", "the date '{value}' is not a date in YYYY-MM-DD form")
UNREADABLE = ("unreadable", "'{path}' could not be read: {detail}")
INTERNAL = ("internal", "coding failed inside stage '{stage}': {detail}; please report this with the input")

# Why a statement on a read-only store was refused (QueryRefused messages).
SQL_REFUSED_FILES = ("sql-refused", "refused: SQL on the store cannot read or write files, attach databases or load extensions (the store is opened read-only with file access off); `wirecoder sql --allow-files` allows files. DuckDB said: {detail}")
SQL_REFUSED_WRITE = ("sql-refused", "refused: the store is opened read-only, so SQL cannot change it; `wirecoder ingest` writes the store. DuckDB said: {detail}")
SQL_REFUSED_SETTINGS = ("sql-refused", "refused: the settings of a read-only store are locked and cannot be changed by SQL. DuckDB said: {detail}")


def document_error(template: tuple[str, str], **values: object) -> DocumentError:
    code, message = template
    return DocumentError(message.format(**values), code=code)


# HTTP API errors (`wirecoder serve`): the body of every 4xx is
# {"error": {"code", "message"}}; document failures use the codes above.
BAD_PARAMETER = ("bad-parameter", "{name}: {detail}")
NOT_FOUND = ("not-found", "{what} '{ident}' is not in the store")
NO_ROUTE = ("not-found", "no such route: {path}; the routes are listed at /docs and in docs/api.md")
METHOD_NOT_ALLOWED = ("method-not-allowed", "{method} is not allowed on {path}")
UNAUTHORIZED = ("unauthorized", "this route needs an `Authorization: Bearer <token>` header with the token given to "
                "`wirecoder serve --token` (or WIRECODER_TOKEN)")
FORBIDDEN = ("forbidden", "the bearer token is not the one this server was started with")
WRITES_OFF = ("writes-off", "writes are off: start `wirecoder serve` with --token (or WIRECODER_TOKEN) to allow them")
BODY_TOO_LARGE = ("too-large", "the request body is over {limit:,} bytes; send less or raise `wirecoder serve --max-body`")
UNSUPPORTED_MEDIA = ("unsupported-media-type", "a {media} body is not read here; send text/plain, text/html or "
                     "application/json")
