"""The FastAPI application: pages for analysts, a JSON API under /api/, and safe defaults.

Safety: Jinja2 autoescapes everything; a Content-Security-Policy allows scripts and styles only
from this server's static files, so text from a document can never run as script; writes need the
token the server was started with, and without one the server is read-only. The request guard
(web/guard.py) checks the Host header, the token of an API write and the body size before any
route runs, and puts the security headers on every answer; errors, a crash's 500 included, are
answered as JSON under /api/ and as a page elsewhere.
"""
from __future__ import annotations

from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimgraph.errors import FilterError
from claimgraph.store import Store
from claimgraph.store.queries import short_source
from claimgraph.views import date_label
from claimgraph.web.guard import RequestGuard
from claimgraph.web.markup import sentence_anchor, sentence_link
from claimgraph.web.routers import api, pages, watch
from claimgraph.web.settings import WebSettings

HERE = Path(__file__).parent
# Cytoscape injects one fixed <style> (".__________cytoscape_container { position: relative; }"); its hash
# allows exactly that text and no other inline style.
CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='"
SECURITY_HEADERS = {
    "Content-Security-Policy": f"default-src 'self'; script-src 'self'; style-src 'self' {CYTOSCAPE_STYLE}; "
                               "img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(settings: WebSettings) -> FastAPI:
    """The app over the store settings.db; raises StoreError when there is no store there."""
    # FastAPI's own /docs and /redoc load from CDNs: /docs is a page of ours (web/apidocs.py)
    app = FastAPI(title="claimgraph", version="1", docs_url=None, redoc_url=None,
                  description="Sourced graph of actors, events and claims from conflict reporting. Every list "
                              f"is paged: {settings.page_size} items unless `limit` asks otherwise, at most "
                              f"{settings.max_page_size}, with the `total` the query finds.")
    app.state.settings = settings
    app.state.store = Store(settings.db, create=False)
    app.state.templates = _templates(settings)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(watch.router)

    app.add_middleware(RequestGuard, refuse=_error, security_headers=SECURITY_HEADERS)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return _error(request, 422, detail)

    @app.exception_handler(FilterError)
    async def invalid_filter(request: Request, exc: FilterError):
        return _error(request, 422, str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        # Answered outside the request guard, so the security headers are added in _error.
        return _error(request, 500, "internal error: the server could not answer this request")

    return app


def _templates(settings: WebSettings) -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["writable"] = settings.writable   # shows the correction forms, or the read-only badge
    env.filters["short_source"] = short_source
    env.globals.update(sentence_anchor=sentence_anchor, sentence_link=sentence_link)   # every link to a sentence
    env.filters["date_label"] = date_label
    return Jinja2Templates(env=env)


def _error(request: Request, status: int, message: str, headers: dict[str, str] | None = None):
    """JSON under /api/, a page elsewhere; with the security headers and any the error names (Allow)."""
    headers = {**(headers or {}), **SECURITY_HEADERS}
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status, headers=headers)
