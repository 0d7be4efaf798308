"""Reading CSV files for imports: required columns, line numbers, a report of rejected rows."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from domain.errors import DomainError, ErrorCode


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not loaded: its line in the file, the column and the reason."""

    line: int
    field: str
    reason: str


@dataclass
class ImportReport:
    """What an import did."""

    loaded: int = 0
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)


def read_rows(path: Path, required: set[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row; a missing column is one INVALID error up front."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = set(reader.fieldnames or [])
        missing = sorted(required - columns)
        if missing:
            raise DomainError(
                f"Missing column(s): {', '.join(missing)}.",
                field=missing[0],
                code=ErrorCode.INVALID,
            )
        for row in reader:
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def parse_int(value: str, column: str, *, minimum: int | None = None) -> int:
    """An integer cell, with the column named in the error."""
    try:
        number = int(value)
    except ValueError:
        raise DomainError(
            f"'{value}' is not a whole number.", field=column, code=ErrorCode.INVALID_AMOUNT
        ) from None
    if minimum is not None and number < minimum:
        raise DomainError(
            f"{column} must be at least {minimum}.", field=column, code=ErrorCode.INVALID_AMOUNT
        )
    return number


def parse_bool(value: str, column: str) -> bool:
    """true/false, 1/0, yes/no (empty is false)."""
    lowered = value.lower()
    if lowered in {"", "0", "false", "no", "n"}:
        return False
    if lowered in {"1", "true", "yes", "y"}:
        return True
    raise DomainError(f"'{value}' is not a yes/no value.", field=column)
