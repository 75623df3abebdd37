"""/docs: the API's reference as a plain page, read from the app's own OpenAPI description.

FastAPI's interactive pages load their scripts from CDNs, which this offline, CSP-locked server
neither reaches nor allows; this page lists the same description (every route, its parameters with
their limits, its answers and every response model with its fields) with no script at all.
"""
from __future__ import annotations

from dataclasses import dataclass

REF = "#/components/schemas/"
CONSTRAINTS = (("minimum", "≥ {}"), ("maximum", "≤ {}"), ("pattern", "matches {}"), ("default", "default {}"))


@dataclass(frozen=True)
class Parameter:
    name: str
    where: str                               # path | query
    required: bool
    type: str
    limits: tuple[str, ...]                  # "≥ 1", "≤ 500", "one of …"
    description: str


@dataclass(frozen=True)
class Answer:
    status: str
    description: str
    model: str | None                        # a component schema's name


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class Model:
    name: str
    description: str
    fields: tuple[Field, ...]


def reference(spec: dict) -> tuple[list[Operation], list[Model]]:
    """The routes in path order and the response models by name, from an OpenAPI description."""
    operations = [_operation(method, path, op) for path, methods in sorted(spec.get("paths", {}).items())
                  for method, op in methods.items()]
    models = [Model(name, schema.get("description", ""),
                    tuple(Field(field, type_name(sub), field in schema.get("required", ()), sub.get("description", ""))
                          for field, sub in schema.get("properties", {}).items()))
              for name, schema in sorted(spec.get("components", {}).get("schemas", {}).items())]
    return operations, models


def type_name(schema: dict) -> str:
    """A schema as a reader names its type: "DocumentRow", "list of string", "integer or null"."""
    if "$ref" in schema:
        return schema["$ref"].removeprefix(REF)
    if "anyOf" in schema:
        return " or ".join(type_name(s) for s in schema["anyOf"])
    if schema.get("type") == "array":
        return "list of " + type_name(schema.get("items", {}))
    if schema.get("type") == "object" and "additionalProperties" in schema:
        return "map to " + type_name(schema["additionalProperties"])
    return schema.get("type", "any")


def _limits(schema: dict) -> tuple[str, ...]:
    merged = {**schema, **next((s for s in schema.get("anyOf", ()) if s.get("type") != "null"), {})}
    limits = [text.format(merged[key]) for key, text in CONSTRAINTS if key in merged]
    choices = [c for c in merged.get("enum", ()) if c]
    return tuple(limits + ([f"one of {', '.join(map(str, choices))}"] if choices else []))


def _operation(method: str, path: str, op: dict) -> Operation:
    parameters = tuple(Parameter(p["name"], p["in"], p.get("required", False), type_name(p.get("schema", {})),
                                 _limits(p.get("schema", {})), p.get("description", ""))
                       for p in op.get("parameters", ()))
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body:
        parameters += (Parameter("body", "body", True, type_name(body), (), "JSON"),)
    answers = tuple(Answer(status, answer.get("description", ""),
                           _model(answer.get("content", {}).get("application/json", {}).get("schema", {})))
                    for status, answer in sorted(op.get("responses", {}).items()))
    return Operation(method.upper(), path, op.get("summary", ""), op.get("description", ""), parameters, answers)


def _model(schema: dict) -> str | None:
    return schema["$ref"].removeprefix(REF) if "$ref" in schema else None
