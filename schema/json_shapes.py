"""Expected shapes of the JSON inputs, checked at the boundary with the field path.

Every JSON input field has an entry in SHAPES (a test checks none is missing); InputGuard checks
the value before any resolver runs and refuses a wrong shape with INVALID and its path (e.g.
`trigger.properties.page`).
Business rules (known codes, positive amounts) stay in the domain; this only makes sure the domain
receives the containers and scalar kinds it reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from domain.errors import ErrorCode, Problems
from schema.errors import InputError

MAX_INT = 2**63 - 1
MAX_ITEMS = 200
MAX_DEPTH = 8


class Shape:
    """A check of one JSON value; raises InputError with the path when it does not fit."""

    def check(self, value: Any, path: str, depth: int = 0) -> None:
        raise NotImplementedError


def _fail(path: str, expected: str) -> InputError:
    return InputError(f"{path} must be {expected}.", field=path, code=ErrorCode.INVALID)


@dataclass(frozen=True)
class Scalar(Shape):
    """A JSON string, whole number, number or boolean; nullable when said so."""

    kind: str
    nullable: bool = False

    def check(self, value: Any, path: str, depth: int = 0) -> None:
        if value is None and self.nullable:
            return
        ok = {
            "string": isinstance(value, str),
            "integer": isinstance(value, int)
            and not isinstance(value, bool)
            and -MAX_INT <= value <= MAX_INT,
            "number": isinstance(value, (int, float))
            and not isinstance(value, bool)
            and abs(value) <= MAX_INT,
            "boolean": isinstance(value, bool),
            "scalar": value is None
            or isinstance(value, (str, bool))
            or (isinstance(value, (int, float)) and abs(value) <= MAX_INT),
        }[self.kind]
        if not ok:
            article = "an" if self.kind[0] in "ai" else "a"
            raise _fail(path, f"{article} {self.kind}")


@dataclass(frozen=True)
class Anything(Shape):
    """Any JSON value, bounded in depth and size."""

    def check(self, value: Any, path: str, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            raise _fail(path, f"nested at most {MAX_DEPTH} deep")
        if isinstance(value, dict):
            for key, item in value.items():
                self.check(item, f"{path}.{key}", depth + 1)
        elif isinstance(value, list):
            if len(value) > MAX_ITEMS:
                raise _fail(path, f"a list of at most {MAX_ITEMS} items")
            for index, item in enumerate(value):
                self.check(item, f"{path}[{index}]", depth + 1)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            Scalar("number").check(value, path)


@dataclass(frozen=True)
class Obj(Shape):
    """A JSON object: required and optional keys with their shapes; others are allowed."""

    required: dict[str, Shape] = field(default_factory=dict)
    optional: dict[str, Shape] = field(default_factory=dict)
    nullable: bool = False

    def check(self, value: Any, path: str, depth: int = 0) -> None:
        if value is None and self.nullable:
            return
        if not isinstance(value, dict):
            raise _fail(path, "an object")
        problems = Problems()
        for key, shape in self.required.items():
            with problems.collect():
                if key not in value:
                    raise InputError(f"{path}.{key} is required.", field=f"{path}.{key}")
                shape.check(value[key], f"{path}.{key}", depth + 1)
        for key, item in value.items():
            shape = self.optional.get(key) or self.required.get(key) or Anything()
            if key not in self.required:
                with problems.collect():
                    shape.check(item, f"{path}.{key}", depth + 1)
        problems.raise_if_any()


@dataclass(frozen=True)
class MapOf(Shape):
    """A JSON object whose values all have one shape."""

    value: Shape

    def check(self, value: Any, path: str, depth: int = 0) -> None:
        if not isinstance(value, dict):
            raise _fail(path, "an object")
        problems = Problems()
        for key, item in value.items():
            with problems.collect():
                self.value.check(item, f"{path}.{key}", depth + 1)
        problems.raise_if_any()


PROPERTY_VALUES = MapOf(Anything())

# "<InputType>.<graphqlField>" -> shape of that JSON input. Only operator-defined data (event
# properties, item attributes, trigger property matches) is JSON; every other input is typed.
SHAPES: dict[str, Shape] = {
    "FiltersInput.properties": PROPERTY_VALUES,
    "TrackEventInput.properties": Obj(nullable=True),
    "ItemRowInput.attributes": Obj(nullable=True),
    "CampaignTriggerInput.properties": MapOf(Scalar("scalar")),
}


def check_json(type_name: str, field_name: str, value: Any, path: str) -> None:
    """Check a JSON input value against its declared shape (any JSON when none is declared)."""
    shape = SHAPES.get(f"{type_name}.{field_name}", Anything())
    if value is None:
        return
    shape.check(value, path)
