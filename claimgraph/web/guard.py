"""The outermost layer of the app: what every request must pass before any route sees it.

    1. Host       only the names the server was started for (DNS rebinding: a page on another
                  site that resolves its own name to 127.0.0.1 must not read the store) -> 400
    2. write      a write under /api/ without the token is refused before its body is read -> 403
    3. body size  a body over MAX_BODY_BYTES is refused: by its Content-Length before reading,
                  or as soon as the bytes read pass it -> 413
    4. headers    every answer, errors included, carries the security headers
"""
from __future__ import annotations

import re

from starlette.requests import Request

from claimgraph.web.deps import write_refusal

# A correction is a few hundred bytes; nothing this app accepts comes near a megabyte.
MAX_BODY_BYTES = 1_000_000
READS = ("GET", "HEAD", "OPTIONS")
_PORT = re.compile(r":\d+$")


class BodyTooLarge(Exception):
    pass


class RequestGuard:
    def __init__(self, app, refuse, security_headers: dict[str, str], max_body_bytes: int = MAX_BODY_BYTES):
        self.app, self.refuse, self.max_body_bytes = app, refuse, max_body_bytes
        self.headers = [(k.lower().encode(), v.encode()) for k, v in security_headers.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k for k, _ in self.headers}
                message["headers"] = [h for h in message.get("headers", []) if h[0] not in names] + self.headers
            await send(message)

        request = Request(scope)
        refusal = self.refusal(request)
        if refusal:
            return await self.refuse(request, *refusal)(scope, receive, send_with_headers)
        received = 0

        async def receive_limited():
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body_bytes:
                raise BodyTooLarge
            return message

        try:
            await self.app(scope, receive_limited, send_with_headers)
        except BodyTooLarge:
            if not started:
                await self.refuse(request, *self.too_large())(scope, receive, send_with_headers)

    def refusal(self, request: Request) -> tuple[int, str] | None:
        settings = request.app.state.settings
        host = _PORT.sub("", request.headers.get("host", "")).lower()
        if "*" not in settings.allowed_hosts and host not in settings.allowed_hosts:
            return 400, (f"this server does not answer to the host name {host!r}; start it with "
                         f"--allowed-host {host or 'NAME'} to allow it")
        if request.method not in READS and request.url.path.startswith("/api/"):
            refused = write_refusal(settings, request.headers.get("authorization"))
            if refused:
                return 403, refused
        length = request.headers.get("content-length", "0")
        if not length.isdigit() or int(length) > self.max_body_bytes:
            return self.too_large()
        return None

    def too_large(self) -> tuple[int, str]:
        return 413, f"the request body is over the {self.max_body_bytes:,}-byte limit"
