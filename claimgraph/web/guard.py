"""The outermost layer of the app: what every request must pass before any route sees it.

    1. Host       only the names the server was started for (DNS rebinding: a page on another
                  site that resolves its own name to 127.0.0.1 must not read the store) -> 400
    2. write      a write under /api/ without the token is refused before its body is read -> 401
                  (no token offered) or 403 (wrong token, read-only server)
    3. body size  a body over MAX_BODY_BYTES is refused: by its Content-Length before reading it;
                  a body sent without one is read up to the limit first -> 413
    4. headers    every answer, errors included, carries the security headers
"""
from __future__ import annotations

import re

from starlette.requests import Request

from claimgraph.web.deps import write_refusal

# A correction is a few hundred bytes; nothing this app accepts comes near a megabyte.
MAX_BODY_BYTES = 1_000_000
WRITES = ("POST", "PUT", "PATCH", "DELETE")
_PORT = re.compile(r":\d+$")


class RequestGuard:
    def __init__(self, app, refuse, security_headers: dict[str, str], max_body_bytes: int = MAX_BODY_BYTES):
        self.app, self.refuse, self.max_body_bytes = app, refuse, max_body_bytes
        self.headers = [(k.lower().encode(), v.encode()) for k, v in security_headers.items()]
        self.header_names = {name for name, _ in self.headers}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                kept = [h for h in message.get("headers", []) if h[0] not in self.header_names]
                message["headers"] = kept + self.headers
            await send(message)

        request = Request(scope)
        refusal = self.refusal(request)
        if refusal is None and request.method in WRITES and "content-length" not in request.headers:
            receive, refusal = await self.read_limited(receive)
        if refusal:
            return await self.refuse(request, *refusal)(scope, receive, send_with_headers)
        await self.app(scope, receive, send_with_headers)

    async def read_limited(self, receive):
        """A body sent without Content-Length, read up to the limit: (a receive that replays it,
        None), or (receive, the refusal) as soon as it passes the limit."""
        messages, size = [], 0
        while True:
            message = await receive()
            messages.append(message)
            size += len(message.get("body", b""))
            if size > self.max_body_bytes:
                return receive, self.too_large()
            if message["type"] != "http.request" or not message.get("more_body"):
                break

        async def replay():
            return messages.pop(0) if messages else await receive()
        return replay, None

    def refusal(self, request: Request) -> tuple | None:
        """(status, message[, headers]) when the request is refused here, None to let it through."""
        settings = request.app.state.settings
        host = _PORT.sub("", request.headers.get("host", "")).lower()
        if "*" not in settings.allowed_hosts and host not in settings.allowed_hosts:
            return 400, (f"this server does not answer to the host name {host!r}; start it with "
                         f"--allowed-host {host or 'NAME'} to allow it")
        if request.method in WRITES and request.url.path.startswith("/api/"):
            refused = write_refusal(settings, request.headers.get("authorization"))
            if refused:
                return refused.status_code, refused.detail, refused.headers
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body_bytes):
            return self.too_large()
        return None

    def too_large(self) -> tuple[int, str]:
        return 413, f"the request body is over the {self.max_body_bytes:,}-byte limit"
