"""The HTTP API and the web reader: a FastAPI app thin over the library.

Entry point: `create_app(db, token=None, settings=None, max_body=...)`.
Routes (docs/api.md documents each; a test fails when one is missing):

    POST /v1/code              text, HTML or a JSON record in, a wirecoder/1 document out (stateless)
    GET  /v1/events            story-level events with `query`'s filters, paged
    GET  /v1/stats             counts by type, day, dyad and place under the same filters
    GET  /v1/documents/{id}    a stored document with its events, quotes, dates, places, warnings
    GET  /v1/stories           stories, newest first;  GET /v1/stories/{id}: one with its copies
    POST /v1/ingest            add documents to the store (bearer token)
    GET  /  /static/…  /docs  /openapi.json   the web reader, its assets and the API schema

Every error is {"error": {"code", "message"}} with a 4xx status; document
failures carry the same codes as `wirecoder code`.
"""

from __future__ import annotations

import hmac
import json
import logging
from datetime import date as Date
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import (
    BAD_DATE,
    BAD_JSON,
    BAD_PARAMETER,
    FORBIDDEN,
    METHOD_NOT_ALLOWED,
    NO_ROUTE,
    NOT_FOUND,
    UNAUTHORIZED,
    UNSUPPORTED_MEDIA,
    WRITES_OFF,
    DocumentError,
    document_error,
)
from ..ingest import RawDocument, raw_from_value
from ..ingest.decode import decode_bytes
from ..settings import Settings, default_settings
from ..store import EventFilters, browse
from .access import Coder, StoreAccess
from .limits import BodyLimit, SecurityHeaders

LOGGER = logging.getLogger(__name__)

# A request body larger than this gets 413. One article of settings.max_chars
# (1,000,000) characters is at most 4 MB of UTF-8; JSON escaping adds a little.
# An article over max_chars after extraction gets 413 too (STATUS_BY_CODE).
DEFAULT_MAX_BODY = 5 * 1024 * 1024
# Rows per page: enough for a screen, small enough to answer fast.
DEFAULT_PAGE, MAX_PAGE = 50, 1000
# A document error's HTTP status; every other code is 422.
STATUS_BY_CODE = {"too-large": 413}

WEB = resources.files("wirecoder") / "web"


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: Optional[dict[str, str]] = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def _error(status: int, template: tuple[str, str], headers: Optional[dict[str, str]] = None, **values: Any) -> ApiError:
    code, message = template
    return ApiError(status, code, message.format(**values), headers)


def create_app(db: str, token: Optional[str] = None, settings: Optional[Settings] = None,
               max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The app over the store at `db`; writes (POST /v1/ingest) are on only with a `token`."""
    settings = settings or default_settings()
    store = StoreAccess(db, writable=bool(token))
    coder = Coder(settings)
    app = FastAPI(title="wirecoder", version="1", docs_url=None, redoc_url=None,
                  description="Raw news in, PLOVER events out; the store read back once per story. "
                              "Every error is {\"error\": {\"code\", \"message\"}}.")
    app.state.store, app.state.coder, app.state.token = store, coder, token
    _add_error_handlers(app)
    _add_store_routes(app, store)
    _add_coding_routes(app, store, coder, token)
    _add_web_routes(app)
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    def body(code: str, message: str) -> dict[str, Any]:
        return {"error": {"code": code, "message": message}}

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(body(exc.code, exc.message), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
                    for e in exc.errors()]
        code, _ = BAD_PARAMETER
        return JSONResponse(body(code, "; ".join(problems)), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            code, template = NO_ROUTE
            message = template.format(path=request.url.path)
        elif exc.status_code == 405:
            code, template = METHOD_NOT_ALLOWED
            message = template.format(method=request.method, path=request.url.path)
        else:
            code, message = f"http-{exc.status_code}", str(exc.detail)
        return JSONResponse(body(code, message), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:  # a bug: say so, keep serving
        LOGGER.exception("request %s %s failed", request.method, request.url.path)
        return JSONResponse(body("internal", f"the server failed on this request ({type(exc).__name__}); "
                                             "please report it"), status_code=500)


# --- reading the store -------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def plover_types() -> frozenset[str]:
    """The 16 PLOVER types, from the package's own type table (data/plover_types.tsv)."""
    table = (resources.files("wirecoder") / "data" / "plover_types.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0] for line in table.splitlines() if line.strip() and not line.startswith("#"))


def _filters(actor: Optional[str], recipient: Optional[str], event: Optional[str], quad: Optional[int],
             since: Optional[str], until: Optional[str], country: Optional[str], text: Optional[str],
             include_unasserted: bool = False) -> EventFilters:
    if event and event.upper() not in plover_types():
        raise _error(422, BAD_PARAMETER, name="event",
                     detail=f"'{event[:40]}' is not a PLOVER type ({', '.join(sorted(plover_types()))})")
    return EventFilters(actor=actor or None, recipient=recipient or None, event=event or None, quad=quad,
                        since=_iso_date(since), until=_iso_date(until), country=country or None, text=text or None,
                        include_unasserted=include_unasserted)


def _iso_date(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    try:
        return Date.fromisoformat(value).isoformat()
    except ValueError:
        raise _error(422, BAD_DATE, value=value[:40]) from None


# The filters of `wirecoder query`, shared by /v1/events and /v1/stats.
FILTER_DOCS = {
    "actor": "Actor code (e.g. RUS): events with it among their actors.",
    "recipient": "Recipient code (e.g. USA).",
    "event": "PLOVER event type (e.g. REJECT).",
    "quad": "Quad class 1-4.",
    "since": "Events on or after YYYY-MM-DD.",
    "until": "Events on or before YYYY-MM-DD.",
    "country": "Country code of the place, actor or recipient.",
    "text": "Whole words in the sentence or the article (every word; more than one must also appear as written).",
    "include_unasserted": "Also events the text negates or only supposes (aux_mode negation or hypothetical).",
}


def _filter_params():
    def params(actor: Optional[str] = Query(None, max_length=100, description=FILTER_DOCS["actor"]),
               recipient: Optional[str] = Query(None, max_length=100, description=FILTER_DOCS["recipient"]),
               event: Optional[str] = Query(None, max_length=100, description=FILTER_DOCS["event"]),
               quad: Optional[int] = Query(None, ge=1, le=4, description=FILTER_DOCS["quad"]),
               since: Optional[str] = Query(None, max_length=40, description=FILTER_DOCS["since"]),
               until: Optional[str] = Query(None, max_length=40, description=FILTER_DOCS["until"]),
               country: Optional[str] = Query(None, max_length=100, description=FILTER_DOCS["country"]),
               text: Optional[str] = Query(None, max_length=500, description=FILTER_DOCS["text"]),
               include_unasserted: bool = Query(False, description=FILTER_DOCS["include_unasserted"])
               ) -> EventFilters:
        return _filters(actor, recipient, event, quad, since, until, country, text, include_unasserted)

    return params


def _add_store_routes(app: FastAPI, store: StoreAccess) -> None:
    from fastapi import Depends

    filters_dependency = Depends(_filter_params())

    @app.get("/v1/status", tags=["store"], summary="The store and the server's state")
    def status() -> dict[str, Any]:
        """Counts of documents, events and stories, whether writes are on, and whether the story-event index
        (which makes /v1/events fast on big stores) is built."""
        with store.reader() as con:
            counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for table in ("documents", "events", "stories", "errors")}
        return {"store": store.path, "writes": store.writable, **counts,
                "index": {"ready": store.index.ready, "rows": store.index.rows,
                          "seconds": round(store.index.seconds, 2)}}

    @app.get("/v1/events", tags=["store"], summary="Events counted once per story, with query's filters")
    def events(filters: EventFilters = filters_dependency,
               offset: int = Query(0, ge=0, le=10_000_000, description="Rows to skip."),
               limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description="Rows to return.")) -> dict[str, Any]:
        """Newest first. Each row is one story-level event with `count` (copies) and `documents`, and its
        first mention (`doc_key`, `event_id`, `sentence`) as evidence. `next` is the next page's offset."""
        with store.reader() as con:
            return browse.event_page(con, filters, offset, limit, index=store.index)

    @app.get("/v1/stats", tags=["store"], summary="Counts by type, day, dyad and place")
    def stats(filters: EventFilters = filters_dependency,
              top: int = Query(200, ge=1, le=5000, description="Most dyads and places to return.")) -> dict[str, Any]:
        """Story-level events under the filters: `total`, `by_type`, `by_day` (per type), `by_dyad`, `by_place`."""
        with store.reader() as con:
            return browse.event_stats(con, filters, top, index=store.index)

    @app.get("/v1/stories", tags=["store"], summary="Stories, newest first")
    def stories(offset: int = Query(0, ge=0, le=10_000_000), limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
        """Each story: title, first-seen date, its first article's claimed date and where it came from,
        date warnings, copies (`n_documents`, `n_recycled`) and top events."""
        with store.reader() as con:
            return browse.story_list(con, offset, limit, index=store.index)

    @app.get("/v1/stories/{story_id}", tags=["store"], summary="One story with its copies")
    def story(story_id: str) -> dict[str, Any]:
        """The story with every copy (`duplicate_of`, `recycled`, `misdated`, warnings) and its events."""
        if len(story_id) > 200:
            raise _error(422, BAD_PARAMETER, name="story_id", detail="longer than 200 characters")
        with store.reader() as con:
            found = browse.story_detail(con, story_id, index=store.index)
        if found is None:
            raise _error(404, NOT_FOUND, what="story", ident=story_id[:80])
        return found

    @app.get("/v1/documents/{ident:path}", tags=["store"], summary="A stored document (wirecoder/1)")
    def document(ident: str) -> dict[str, Any]:
        """By `doc_key` or by `id` (the newest document with that id). The wirecoder/1 document with its
        events, quotes, dates, places and warnings, plus `store` (key, story, duplicate and recycled flags)."""
        if len(ident) > 2000:
            raise _error(422, BAD_PARAMETER, name="id", detail="longer than 2,000 characters")
        with store.reader() as con:
            found = browse.document_json(con, ident)
        if found is None:
            raise _error(404, NOT_FOUND, what="document", ident=ident[:80])
        return found


# --- coding and ingesting ----------------------------------------------------------------------------------------

CODE_BODY = {"requestBody": {"required": True, "content": {
    "text/plain": {"schema": {"type": "string"}, "example": "Kenyan police detained dozens of protesters."},
    "text/html": {"schema": {"type": "string"}},
    "application/json": {"schema": {"type": "object", "properties": {
        "id": {"type": "string"}, "text": {"type": "string"}, "html": {"type": "string"},
        "date": {"type": "string"}, "url": {"type": "string"}, "title": {"type": "string"}}}}}}}

INGEST_BODY = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "properties": {"documents": {"type": "array", "items": {"type": "object"}}}},
    "example": {"documents": [{"id": "a1", "date": "2024-05-21", "text": "Kenyan police detained protesters."}]}}}}}


def _add_coding_routes(app: FastAPI, store: StoreAccess, coder: Coder, token: Optional[str]) -> None:
    @app.post("/v1/code", tags=["coding"], summary="Code one article (stateless)", openapi_extra=CODE_BODY)
    async def code(request: Request,
                   date: Optional[str] = Query(None, max_length=40, description="Article date when it has none."),
                   id: Optional[str] = Query(None, max_length=500, description="Document id for text bodies."),
                   title: Optional[str] = Query(None, max_length=2000),
                   url: Optional[str] = Query(None, max_length=2000)) -> JSONResponse:
        """Plain text, HTML (`text/html`) or a JSON record (`{id, text|html, date, url, title}`) in; the
        wirecoder/1 document out. A document that cannot be coded gets 422 (413 when too large) with the
        same `error.code` as `wirecoder code`, in the document's own `error` field."""
        default_date = _iso_date(date)
        raw = _raw_from_body(await request.body(), request.headers.get("content-type", ""), coder.settings,
                             {"id": id, "title": title, "url": url})
        document = await run_in_threadpool(coder.code, raw, default_date)
        status = 200 if document.error is None else STATUS_BY_CODE.get(document.error.code, 422)
        return JSONResponse(document.to_dict(), status_code=status)

    @app.post("/v1/ingest", tags=["coding"], summary="Add documents to the store (bearer token)",
              openapi_extra=INGEST_BODY)
    async def ingest(request: Request) -> dict[str, Any]:
        """`{"documents": [records]}` (or a bare list) of JSONL-style records. Needs `Authorization: Bearer
        <token>`: 401 without it, 403 with a wrong one or when the server has no token (writes off). Bad
        records become `errors` rows, as with `wirecoder ingest`; the answer is the run's counts."""
        _check_token(request.headers.get("authorization"), token)
        raws = _records_from_body(await request.body(), coder.settings)
        return await run_in_threadpool(_ingest, store, coder, raws)


def _check_token(header: Optional[str], token: Optional[str]) -> None:
    if not token:
        raise _error(403, WRITES_OFF)
    scheme, _, given = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise _error(401, UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise _error(403, FORBIDDEN)


def _raw_from_body(body: bytes, content_type: str, settings: Settings, meta: dict[str, Optional[str]]) -> RawDocument:
    """The request body as the reader would see it; a bad body is a RawDocument with an error."""
    media = content_type.split(";")[0].strip().lower()
    if media.startswith("multipart/"):
        raise _error(415, UNSUPPORTED_MEDIA, media=media)
    doc_id = meta.get("id") or "doc-0"
    if media == "application/json" or media.endswith("+json"):
        return _record_from_json(body, settings, doc_id)
    try:
        text, _ = decode_bytes(body)
    except DocumentError as exc:
        return RawDocument(id=doc_id, source="api", error=exc)
    # `too-large` is judged on the article text after extraction (the
    # pipeline does it, as for `code`): a heavy page with a short article is coded.
    raw = raw_from_value(text, 0, id=doc_id, title=meta.get("title"), url=meta.get("url"))
    if media in ("text/html", "application/xhtml+xml") and raw.html is None:
        raw.html, raw.text = raw.text, None
    return raw


def _record_from_json(body: bytes, settings: Settings, doc_id: str) -> RawDocument:
    try:
        record = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
        return RawDocument(id=doc_id, source="api", error=document_error(BAD_JSON, line=1, detail=detail))
    return _raw_from_record(record, 1, settings)


def _raw_from_record(record: Any, number: int, settings: Settings) -> RawDocument:
    if not isinstance(record, dict):
        return RawDocument(id=f"doc-{number}", source="api",
                           error=document_error(BAD_JSON, line=number, detail="not a JSON object"))
    return raw_from_value(record, number)


def _records_from_body(body: bytes, settings: Settings) -> list[RawDocument]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
        raise _error(422, BAD_JSON, line=1, detail=detail) from None
    records = data.get("documents") if isinstance(data, dict) else data
    if not isinstance(records, list) or not records:
        raise _error(422, BAD_PARAMETER, name="body", detail='expected {"documents": [records]} with at least one')
    return [_raw_from_record(record, number, settings) for number, record in enumerate(records, start=1)]


def _ingest(store: StoreAccess, coder: Coder, raws: list[RawDocument]) -> dict[str, Any]:
    from ..store import ingest

    with store.writer() as con:
        summary = ingest([f"POST /v1/ingest ({len(raws)} documents)"], store.path, coder.settings, con=con,
                         coder=coder.chunks, raws=raws)
        store.rebuild_index()  # still under the write lock: one rebuild at a time, after the commit
    return summary.as_dict()


# --- the web reader ----------------------------------------------------------------------------------------------

def _add_web_routes(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=str(WEB)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(WEB / "index.html"), media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="wirecoder API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg",
                                   swagger_ui_parameters={"validatorUrl": None})
