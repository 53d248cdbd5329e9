"""A copy of the public output contract (JSON Schemas and label vocabulary), shipped with
the package so users without the project's shared folder can validate output."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def vocabulary() -> dict[str, list[str]]:
    return json.loads((HERE / "vocabulary.json").read_text())


@lru_cache(maxsize=None)
def validator(kind: str):
    """A jsonschema validator for ``claim`` or ``report`` records."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    schemas = {p.name: json.loads(p.read_text()) for p in HERE.glob("*.schema.json")}
    registry = Registry().with_resources(
        [(name, Resource.from_contents(s)) for name, s in schemas.items()]
        + [(s["$id"], Resource.from_contents(s)) for s in schemas.values()])
    return Draft202012Validator(schemas[f"{kind}.schema.json"], registry=registry)
