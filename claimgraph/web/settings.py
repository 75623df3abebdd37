"""The web app's settings, read once by the `serve` command (or a test) and passed to create_app."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WebSettings:
    db: str | None = None                    # file path or SQLAlchemy URL; None = ./claimgraph.db
    write_token: str | None = None           # None = read-only: every write is refused
    page_size: int = 50                      # rows per page in lists and API answers, unless asked otherwise
    max_page_size: int = 500
    # Host names the server answers to (the Host header, port left out); "*" for any. Others are
    # refused, so that a site whose name resolves to this machine cannot read the store.
    allowed_hosts: tuple[str, ...] = ("localhost", "127.0.0.1", "[::1]")

    @property
    def writable(self) -> bool:
        return bool(self.write_token)
