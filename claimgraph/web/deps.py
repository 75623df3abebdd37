"""FastAPI dependencies: the store, the settings, the templates, and the write-token check."""
from __future__ import annotations

import hmac

from fastapi import HTTPException, Request
from fastapi.templating import Jinja2Templates

from claimgraph.store import Store
from claimgraph.web.settings import WebSettings

READ_ONLY = "this server is read-only: start it with --write-token (or CLAIMGRAPH_WRITE_TOKEN) to allow corrections"


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> WebSettings:
    return request.app.state.settings


def get_templates(request: Request) -> Jinja2Templates:
    return request.app.state.templates


def token_accepted(settings: WebSettings, offered: str | None) -> bool:
    """Constant-time comparison, so the token cannot be guessed a character at a time."""
    return bool(settings.write_token and offered
                and hmac.compare_digest(settings.write_token.encode(), offered.encode()))


def write_refusal(settings: WebSettings, authorization: str | None) -> HTTPException | None:
    """The error refusing a write with this Authorization header, None when it may go ahead: 403 on
    a read-only server or for a wrong token, 401 (asking for a bearer token) when none is offered."""
    if not settings.writable:
        return HTTPException(403, READ_ONLY)
    scheme, _, offered = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not offered.strip():
        return HTTPException(401, "a write token is needed: send `Authorization: Bearer TOKEN`",
                             headers={"WWW-Authenticate": "Bearer"})
    if not token_accepted(settings, offered.strip()):
        return HTTPException(403, "the write token is wrong")
    return None


def require_write_token(request: Request) -> None:
    """Writes need `Authorization: Bearer TOKEN` matching the token the server was started with
    (the request guard already refuses others before reading their body; this keeps each route safe
    on its own)."""
    refused = write_refusal(get_settings(request), request.headers.get("authorization"))
    if refused:
        raise refused
