"""Reading interactions from CSV: every bad value reported with its line and column."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from domain.recs.interactions import Interaction, InvalidInteractions, Kind, as_aware

REQUIRED_COLUMNS = ("user", "item", "timestamp")


OPTIONAL_COLUMNS = ("weight", "category", "kind", "basket")


MAX_LISTED_BAD_ROWS = 20
# Old interactions fade to this share of their weight and no lower: a member's history is
# evidence for as long as it is kept, however long ago they last came.


@dataclass(frozen=True, slots=True)
class BadRow:
    """A CSV row that could not be read: its 1-based line number, column and reason."""

    line: int
    column: str
    reason: str


class InvalidCsvRows(InvalidInteractions):
    """One or more CSV rows were bad; `bad_rows` lists every one of them."""

    def __init__(self, message: str, *, bad_rows: Sequence[BadRow]) -> None:
        super().__init__(message, field=bad_rows[0].column if bad_rows else None)
        self.bad_rows: list[BadRow] = list(bad_rows)


def read_interactions_csv(source: str | Path | TextIO) -> list[Interaction]:
    """Read `user,item,timestamp[,weight][,category][,kind][,basket]` CSV; bad rows in one error.

    Missing columns raise InvalidInteractions with `field` = the first missing column. Bad rows
    are collected over the whole file and raised once, the message listing each as
    `line N: column: reason` (the first MAX_LISTED_BAD_ROWS, then a count); the full list is on
    the error's `bad_rows` attribute. Nothing is returned unless every row is valid.
    Timestamps are ISO 8601 (naive means UTC) or Unix seconds; `kind` defaults to VIEW.
    """
    if isinstance(source, str | Path):
        with open(source, newline="", encoding="utf-8") as handle:
            return _read_csv(handle)
    return _read_csv(source)


def _read_csv(handle: TextIO | io.StringIO) -> list[Interaction]:
    reader = csv.reader(handle)
    header_row = next(reader, None)
    if header_row is None:
        raise InvalidInteractions("CSV is empty: missing header line 1", field="user")
    header = [name.strip().lower() for name in header_row]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise InvalidInteractions(
            f"CSV header (line 1) is missing column(s): {', '.join(missing)}", field=missing[0]
        )
    position = {
        name: header.index(name)
        for name in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
        if name in header
    }
    result: list[Interaction] = []
    bad: list[BadRow] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        parsed = _parse_row(row, position, line, bad)
        if parsed is not None:
            result.append(parsed)
    if bad:
        shown = bad[:MAX_LISTED_BAD_ROWS]
        listed = "; ".join(f"line {b.line}: {b.column}: {b.reason}" for b in shown)
        more = len(bad) - MAX_LISTED_BAD_ROWS
        suffix = f"; and {more} more" if more > 0 else ""
        raise InvalidCsvRows(f"{len(bad)} bad CSV value(s): {listed}{suffix}", bad_rows=bad)
    return result


def _parse_row(
    row: list[str], position: Mapping[str, int], line: int, bad: list[BadRow]
) -> Interaction | None:
    def cell(name: str) -> str | None:
        index = position.get(name)
        if index is None or index >= len(row):
            return None
        return row[index].strip()

    errors_before = len(bad)
    user, item, raw_ts = cell("user"), cell("item"), cell("timestamp")
    for name, value in (("user", user), ("item", item), ("timestamp", raw_ts)):
        if not value:
            bad.append(BadRow(line, name, "is required"))
    ts = _parse_timestamp(raw_ts) if raw_ts else None
    if raw_ts and ts is None:
        bad.append(BadRow(line, "timestamp", f"not ISO 8601 or Unix seconds: {raw_ts!r}"))
    weight: float | None = None
    raw_weight = cell("weight")
    if raw_weight:
        try:
            weight = float(raw_weight)
        except ValueError:
            weight = None
        if weight is None or not math.isfinite(weight) or weight < 0:
            bad.append(BadRow(line, "weight", f"not a finite number >= 0: {raw_weight!r}"))
    kind = Kind.VIEW
    raw_kind = cell("kind")
    if raw_kind:
        try:
            kind = Kind(raw_kind.upper())
        except ValueError:
            bad.append(BadRow(line, "kind", f"not one of VIEW, CART, PURCHASE: {raw_kind!r}"))
    if len(bad) > errors_before or user is None or item is None or ts is None:
        return None
    return Interaction(
        user=user,
        item=item,
        ts=ts,
        kind=kind,
        weight=weight,
        category=cell("category") or None,
        basket=cell("basket") or None,
    )


def _parse_timestamp(raw: str) -> datetime | None:
    try:
        seconds = float(raw)
    except ValueError:
        seconds = None
    if seconds is not None:
        if not math.isfinite(seconds):
            return None
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return as_aware(parsed)
