"""Optional JSON input fields whose default the SDL can print.

A JSON object or list cannot be written as a GraphQL default value, so such a field is declared
nullable with the default `null` (optional for every client and code generator), says its real
default in its description, and gets that default when the input object is built.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

import strawberry

_DEFAULT_KEY = "json_default"


def optional_json(default: Callable[[], Any], description: str = "") -> Any:
    """A nullable JSON input field; omitted or null becomes `default()` (see JsonDefaults)."""
    text = f"Omitted or null means {json.dumps(default(), separators=(', ', ': '))}."
    return strawberry.field(
        default=None,
        description=f"{description.rstrip('.')}. {text}" if description else text,
        metadata={_DEFAULT_KEY: default},
    )


class JsonDefaults:
    """Base of an input with `optional_json` fields: fills in their defaults once built."""

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):  # type: ignore[arg-type]  # subclasses are dataclasses
            make_default = field.metadata.get(_DEFAULT_KEY)
            if make_default is not None and getattr(self, field.name) is None:
                setattr(self, field.name, make_default())
