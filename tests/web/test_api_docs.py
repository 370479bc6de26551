"""Docs as tests: every route of the app and every API error code is in docs/api.md."""

from __future__ import annotations

from tests.conftest import ROOT

DOCS = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")


def test_every_route_is_documented(tmp_path):
    from fastapi.routing import APIRoute
    from starlette.routing import Mount

    from wirecoder.api import create_app

    app = create_app(str(tmp_path / "empty.duckdb"), token="t")  # a token: a new, empty store is created
    routes = []
    for route in app.routes:
        if isinstance(route, APIRoute):
            path = route.path.replace("{ident:path}", "{id}")
            routes += [f"{method} {path}" for method in sorted(route.methods - {"HEAD"})]
        elif isinstance(route, Mount):
            routes.append(f"GET {route.path}/…")
    routes.append("GET /openapi.json")
    assert len(routes) >= 11
    for route in routes:
        assert f"`{route}`" in DOCS, f"docs/api.md does not document `{route}`"


def test_every_api_error_code_is_documented():
    from wirecoder import errors

    codes = {value[0] for name, value in vars(errors).items()
             if isinstance(value, tuple) and len(value) == 2 and name.isupper()}
    # File-reader codes (no file paths over HTTP) and the CLI's refused SQL
    # (the API runs only its own parameterised SQL).
    for code in codes - {"unknown-extension", "unreadable", "sql-refused"}:
        assert f"`{code}`" in DOCS, code
