"""A catalogue batch checked whole: size, codes, names, lengths; every problem with its row."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TypeVar

from tortoise.models import Model

from domain.catalog.lookup import items_by_codes as items_by_codes  # re-exported
from domain.catalog.lookup import stores_by_codes as stores_by_codes  # re-exported
from domain.errors import DomainError, ErrorCode, InvalidInput

MAX_BATCH = 500


M = TypeVar("M", bound=Model)


class InvalidBatch(InvalidInput):
    """Some rows of a batch are bad; `errors` holds every problem, the first is the headline."""


class Problems:
    """Collects the problems of a batch, each under `<batch>[<row>].<field>`."""

    def __init__(self, batch: str) -> None:
        self.batch = batch
        self.errors: list[tuple[int, DomainError]] = []

    def add(self, row: int, name: str, message: str, code: ErrorCode = ErrorCode.INVALID) -> None:
        error = DomainError(message, field=f"{self.batch}[{row}].{name}", code=code)
        self.errors.append((row, error))

    def text(self, row: int, name: str, value: str | None, model: type[Model]) -> None:
        """A required (code, name) or optional text value within its column's length."""
        column = model._meta.fields_map[name]
        limit = column.max_length  # type: ignore[attr-defined]  # the text columns are CharFields
        if value is None and name not in ("code", "name"):
            return
        if not value:
            self.add(row, name, f"{name} is required.", ErrorCode.REQUIRED)
        elif len(value) > limit:
            self.add(row, name, f"{name} is longer than {limit}.", ErrorCode.TOO_LARGE)

    def raise_if_any(self) -> None:
        if self.errors:
            self.errors.sort(key=lambda entry: entry[0])  # by row, each row's in check order
            raise InvalidBatch([error for _, error in self.errors])


def start_batch(rows: Sequence[Any], batch: str, model: type[Model]) -> tuple[list[Any], Problems]:
    """Trimmed rows and the problems every batch can have: size, code, name, repeated codes."""
    if not rows:
        raise DomainError("Nothing to upsert.", field=batch, code=ErrorCode.REQUIRED)
    if len(rows) > MAX_BATCH:
        raise DomainError(
            f"At most {MAX_BATCH} rows per batch, got {len(rows)}.",
            field=batch,
            code=ErrorCode.TOO_MANY,
        )
    problems = Problems(batch)
    cleaned, seen = [], set()
    for i, row in enumerate(rows):
        row = dataclasses.replace(row, **_trimmed(row))
        problems.text(i, "code", row.code, model)
        problems.text(i, "name", row.name, model)
        if row.code and row.code in seen:
            problems.add(i, "code", f"Code '{row.code}' appears twice.", ErrorCode.DUPLICATE)
        seen.add(row.code)
        cleaned.append(row)
    return cleaned, problems


def _trimmed(row: Any) -> dict[str, str | None]:
    """Text fields without surrounding blanks; a blank optional field is absent."""
    values = {}
    for f in dataclasses.fields(row):
        value = getattr(row, f.name)
        if isinstance(value, str):
            value = value.strip()
            values[f.name] = value if value or f.name in ("code", "name") else None
    return values


async def by_code(model: type[M], codes: list[str]) -> list[M]:
    """Rows in the order of `codes`."""
    rows = await model.filter(code__in=codes)
    found = {row.code: row for row in rows}  # type: ignore[attr-defined]  # every M has a code
    return [found[code] for code in codes]


def columns(rows: Sequence[Any], *names: str) -> list[list[Any]]:
    """The named fields of the rows, one list per field (for unnest)."""
    return [[getattr(row, name) for row in rows] for name in names]
