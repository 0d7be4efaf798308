"""Message templates: `{variable}` placeholders, `{{` and `}}` for literal braces.

Rendering is plain substitution of whole names from a mapping. No `str.format`, so a template can
neither reach attributes (`{member.__class__}`), index (`{x[0]}`), nor apply format specs; anything
inside braces that is not an allowed name is refused as an unknown variable.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from datetime import date

from domain.errors import DomainError, ErrorCode

DEFAULT_VARIABLES: frozenset[str] = frozenset(
    {
        "name",
        "level",
        "amount",
        "store",
        "points",
        "expiringPoints",
        "coupon",
        "recommendedItems",
        "expiry_date",
        "campaign",
    }
)

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"[a-z][A-Za-z0-9_]*")


class UnknownVariable(DomainError):
    """A template names a variable that is not offered."""

    code = ErrorCode.UNKNOWN_VARIABLE


class InvalidTemplate(DomainError):
    """A template has a stray brace."""

    code = ErrorCode.INVALID


class MissingVariable(DomainError):
    """No value was supplied for a variable the template uses."""

    code = ErrorCode.REQUIRED


def _tokens(text: str, field: str = "body") -> Iterator[tuple[str, bool]]:
    """(literal text, False) and (variable name, True) pieces in order."""
    position = 0
    for match in _TOKEN.finditer(text):
        if match.start() > position:
            yield text[position : match.start()], False
        token = match.group(0)
        if token in ("{{", "}}"):
            yield token[0], False
        elif token in ("{", "}"):
            raise InvalidTemplate(
                f"Stray {token!r} at position {match.start()}; write {token * 2!r} for a brace.",
                field=field,
            )
        else:
            yield match.group(1).strip(), True
        position = match.end()
    if position < len(text):
        yield text[position:], False


def parse_variables(text: str, field: str = "body") -> list[str]:
    """Variable names used by a template, in first-use order, without repeats."""
    names: list[str] = []
    for piece, is_variable in _tokens(text, field):
        if is_variable and piece not in names:
            names.append(piece)
    return names


def validate_template(
    text: str, allowed: Collection[str] = DEFAULT_VARIABLES, field: str = "body"
) -> list[str]:
    """The template's variables, refusing any that is not a plain allowed name (the error names
    `field`, the template's path in the input)."""
    names = parse_variables(text, field)
    for name in names:
        if not _NAME.fullmatch(name) or name not in allowed:
            offered = ", ".join(sorted(allowed))
            raise UnknownVariable(
                f"Unknown variable {{{name}}}; use one of: {offered}.", field=field
            )
    return names


def _display(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def render(text: str, values: Mapping[str, object]) -> str:
    """The template with each `{name}` replaced by `values[name]`; missing values are refused."""
    parts: list[str] = []
    for piece, is_variable in _tokens(text):
        if not is_variable:
            parts.append(piece)
        elif not _NAME.fullmatch(piece):
            raise UnknownVariable(f"Unknown variable {{{piece}}}.", field="body")
        elif piece not in values:
            raise MissingVariable(f"No value for variable {{{piece}}}.", field="body")
        else:
            parts.append(_display(values[piece]))
    return "".join(parts)
