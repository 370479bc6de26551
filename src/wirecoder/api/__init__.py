"""`wirecoder serve`: the HTTP API and the web reader over the store.

Entry points: `create_app(db, token, settings, max_body)` (app.py) and
`serve(...)`, which runs it with uvicorn. docs/api.md documents every route.
"""

from __future__ import annotations

from typing import Optional

from ..settings import Settings
from .app import DEFAULT_MAX_BODY, create_app

__all__ = ["DEFAULT_MAX_BODY", "create_app", "serve"]


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, token: Optional[str] = None,
          settings: Optional[Settings] = None, max_body: int = DEFAULT_MAX_BODY, warm_up: bool = True,
          announce=print) -> None:
    """Run the app until interrupted; `announce` gets the address to open."""
    import threading

    import uvicorn

    app = create_app(db, token=token, settings=settings, max_body=max_body)
    if warm_up:
        threading.Thread(target=app.state.coder.warm_up, name="wirecoder-warm-up", daemon=True).start()
    shown = f"[{host}]" if ":" in host else host
    writes = "on (POST /v1/ingest with the bearer token)" if token else "off (no token)"
    announce(f"wirecoder: serving {db} at http://{shown}:{port}/  (API docs: http://{shown}:{port}/docs; "
             f"writes {writes}). Ctrl-C stops.")
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
