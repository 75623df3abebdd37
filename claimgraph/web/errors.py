"""The error answers of the API, declared for OpenAPI: every status a route can give is documented.

Every error is the same JSON object, {"error": message, "status": code}, with the security headers.
"""
from __future__ import annotations

from pydantic import BaseModel


class ErrorAnswer(BaseModel):
    error: str
    status: int


def _answers(**statuses: str) -> dict[int | str, dict]:
    return {int(code.removeprefix("s")): {"model": ErrorAnswer, "description": text}
            for code, text in statuses.items()}


# Any route: the request guard's host check and body limit, and parameter validation.
EVERY_ROUTE = _answers(s400="Host name not served here", s413="Request body over the size limit",
                       s422="Invalid parameter")
NOT_FOUND = _answers(s404="No record with that id or name")
WRITE = _answers(s401="No write token offered", s403="Read-only server, or a wrong write token",
                 s409="The correction does not fit the store (unknown entity, alias not on it, already one)")
