"""Reading CSV files for imports: encodings, row shapes, line numbers, a report of rejected rows.

A file is read as UTF-8 (a byte-order mark is allowed) or, when it is not valid UTF-8, as
GB18030 (a superset of GBK, what Chinese spreadsheets save), unless the caller names the
encoding. Bytes that the chosen encoding cannot read are one error naming the line and column.
A row with more or fewer cells than the header is rejected with its line, never loaded with
empty or dropped cells.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from domain.errors import DomainError, ErrorCode

AUTO = "auto"
FALLBACK_ENCODING = "gb18030"


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
    encoding: str = "utf-8"


def _first_undecodable(path: Path, encoding: str) -> tuple[int, int] | None:
    """(line, column), both from 1, of the first byte `encoding` cannot read; None if all can.
    Reads line by line, so a large file is never held in memory."""
    import codecs

    decoder = codecs.getincrementaldecoder(encoding)()
    with path.open("rb") as handle:
        for number, raw_line in enumerate(handle, start=1):
            try:
                decoder.decode(raw_line)
            except UnicodeDecodeError as error:
                column = len(raw_line[: error.start].decode(encoding, errors="replace")) + 1
                return number, column
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return number, len(raw_line) + 1
    return None


def detect_encoding(path: Path, encoding: str = AUTO) -> str:
    """The encoding to read a CSV file with: `encoding` when named, else UTF-8, else GB18030.

    A missing file, an unknown encoding name and undecodable bytes are each one INVALID error
    naming the file (field "file") or, for bytes, the line and column.
    """
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise DomainError(f"{path} {what}.", field="file", code=ErrorCode.INVALID)
    if encoding == AUTO:
        candidates = ["utf-8-sig", FALLBACK_ENCODING]
    else:
        try:
            candidates = [_codec_name(encoding)]
        except LookupError:
            raise DomainError(
                f"Unknown encoding '{encoding}'.", field="encoding", code=ErrorCode.INVALID
            ) from None
    first_problem = None
    for candidate in candidates:
        problem = _first_undecodable(path, candidate)
        if problem is None:
            return candidate
        first_problem = first_problem or problem
    line, column = first_problem or (1, 1)
    tried = " or ".join(c.removesuffix("-sig").upper() for c in candidates)
    raise DomainError(
        f"Line {line}, column {column}: bytes that are not {tried} text "
        "(save the file as UTF-8, or name its encoding with --encoding).",
        field="file",
        code=ErrorCode.INVALID,
    )


def _codec_name(encoding: str) -> str:
    import codecs

    name = codecs.lookup(encoding).name
    return "utf-8-sig" if name == "utf-8" else name


def read_rows(
    path: Path,
    required: set[str],
    report: ImportReport,
    *,
    encoding: str = AUTO,
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each well-formed data row.

    A missing or repeated column is one INVALID error up front; a row whose cell count differs
    from the header's goes to `report.rejected` with its line; blank lines are skipped.
    """
    chosen = detect_encoding(path, encoding)
    report.encoding = chosen.removesuffix("-sig")
    with path.open(newline="", encoding=chosen) as handle:
        yield from _rows(csv.reader(handle), required, report)


def _rows(
    reader: Any, required: set[str], report: ImportReport
) -> Iterator[tuple[int, dict[str, str]]]:
    header = [name.strip() for name in next(reader, [])]
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        raise DomainError(
            f"Column(s) named twice in the header: {', '.join(repeated)}.",
            field=repeated[0],
            code=ErrorCode.INVALID,
        )
    missing = sorted(required - set(header))
    if missing:
        raise DomainError(
            f"Missing column(s): {', '.join(missing)}.",
            field=missing[0],
            code=ErrorCode.INVALID,
        )
    for cells in reader:
        if not cells or (len(cells) == 1 and not cells[0].strip()):
            continue
        if len(cells) != len(header):
            report.rejected.append(
                RejectedRow(
                    reader.line_num,
                    "",
                    f"{len(cells)} cells where the header has {len(header)} columns.",
                )
            )
            continue
        yield reader.line_num, {k: v.strip() for k, v in zip(header, cells, strict=True) if k}


def earlier_line(seen: dict[object, int], key: object, line: int) -> int | None:
    """The earlier line on which `key` appeared in the file, else None (and this line is
    remembered for it): the check for keys that must be unique inside one file."""
    earlier = seen.setdefault(key, line)
    return earlier if earlier != line else None


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
