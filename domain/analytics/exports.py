"""Data set exports to CSV (with a byte-order mark, so Excel and WPS read Chinese) or Parquet.

Exports read the documented `analytics` views, the same rows BI tools see, streamed through a
server-side cursor so a file of millions of rows never sits in memory. Personal data (name and
phone) is left out unless the caller is allowed to see it and asks for it.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import asyncpg

from domain.analytics.rollups import ROLLUPS
from domain.errors import DomainError, ErrorCode
from domain.members import reads as member_reads
from domain.segments import service as segments

BATCH_ROWS = 10_000

Progress = Callable[[int, int], None]


class ExportFormat(StrEnum):
    CSV = "csv"
    PARQUET = "parquet"


@dataclass(frozen=True)
class Dataset:
    """A view to export: its query (with an optional business-day window) and whether its rows
    are members (which may then carry personal data)."""

    view: str
    order_by: str
    day_column: str | None = None
    members: bool = False


DATASETS = {
    "members": Dataset("dim_member", "member_id", members=True),
    "orders": Dataset("fact_order_line", "order_id, line_no", day_column="day"),
    "points": Dataset("fact_points_entry", "entry_id", day_column="day"),
    "events": Dataset("fact_event", "day", day_column="day"),
    # the rollup views, by their view name (sales_daily, item_monthly ...)
    **{
        name: Dataset(name, key, day_column=key)
        for name, key in ((n, "month" if r.monthly else "day") for n, r in ROLLUPS.items())
    },
}


@dataclass(frozen=True)
class ExportRequest:
    """What to export: a data set (or the members of a saved segment), a business-day window for
    the fact data sets, the format, and whether to include personal data."""

    dataset: str
    output: Path
    export_format: ExportFormat = ExportFormat.CSV
    since: date | None = None
    until: date | None = None
    segment_id: int | None = None
    personal_data: bool = False


async def _query(request: ExportRequest) -> tuple[str, list[Any]]:
    dataset = DATASETS.get("members" if request.dataset == "segment" else request.dataset)
    if dataset is None:
        raise DomainError(
            f"Unknown data set '{request.dataset}'; one of {', '.join([*DATASETS, 'segment'])}.",
            field="dataset",
            code=ErrorCode.INVALID,
        )
    conditions: list[str] = []
    params: list[Any] = []
    if request.dataset == "segment":
        if request.segment_id is None:
            raise DomainError("Name the segment to export.", field="segmentId")
        params.append([int(i) for i in await segments.segment_member_ids(request.segment_id)])
        conditions.append(f"v.member_id = ANY(${len(params)}::bigint[])")
    if (request.since or request.until) and dataset.day_column is None:
        raise DomainError(f"{request.dataset} has no business day to window by.", field="since")
    if request.since and request.until and request.since > request.until:
        raise DomainError("since is after until.", field="since", code=ErrorCode.INVALID)
    for bound, operator in ((request.since, ">="), (request.until, "<=")):
        if bound is not None:
            params.append(bound)
            conditions.append(f"v.{dataset.day_column} {operator} ${len(params)}")
    columns = "v.*"
    joins = ""
    if request.personal_data and dataset.members:
        columns = "v.*, c.name, c.phone"
        joins = f" LEFT JOIN LATERAL {member_reads.contacts_sql('v.member_id')} c ON true"
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    source = f"analytics.{dataset.view} v{joins}"
    sql = f"SELECT {columns} FROM {source}{where} ORDER BY {dataset.order_by}"
    return sql, params


async def check(request: ExportRequest) -> None:
    """Refuse a request that names an unknown data set or a bad window (nothing is written)."""
    await _query(request)


async def export(
    conn: asyncpg.Connection, request: ExportRequest, progress: Progress | None = None
) -> int:
    """Write the data set to `request.output`; returns the rows written."""
    sql, params = await _query(request)
    total = await conn.fetchval(f"SELECT count(*) FROM ({sql}) counted", *params)
    statement = await conn.prepare(sql)
    columns = [attribute.name for attribute in statement.get_attributes()]
    types = [attribute.type.name for attribute in statement.get_attributes()]
    writer = _writer(request, columns, types)
    written = 0
    try:
        async with conn.transaction(readonly=True):
            batch: list[Sequence[Any]] = []
            async for record in statement.cursor(*params, prefetch=BATCH_ROWS):
                batch.append(tuple(record))
                if len(batch) >= BATCH_ROWS:
                    writer.write(batch)
                    written += len(batch)
                    batch = []
                    if progress:
                        progress(written, total)
            writer.write(batch)
            written += len(batch)
    finally:
        writer.close()
    if progress:
        progress(written, total)
    return written


class _CsvWriter:
    def __init__(self, path: Path, columns: list[str]) -> None:
        self.handle = path.open("w", newline="", encoding="utf-8-sig")
        self.csv = csv.writer(self.handle)
        self.csv.writerow(columns)

    def write(self, rows: list[Sequence[Any]]) -> None:
        self.csv.writerows(rows)

    def close(self) -> None:
        self.handle.close()


# PostgreSQL type names to Arrow types; anything else is written as text.
_ARROW_TYPES = {
    "int2": "int16",
    "int4": "int32",
    "int8": "int64",
    "bool": "bool_",
    "float4": "float32",
    "float8": "float64",
    "date": "date32",
    "text": "string",
    "varchar": "string",
    "bpchar": "string",
}


class _ParquetWriter:
    def __init__(self, path: Path, columns: list[str], types: list[str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        fields = []
        for name, type_name in zip(columns, types, strict=True):
            if type_name == "timestamptz":
                arrow_type = pa.timestamp("us", tz="UTC")
            else:
                arrow_type = getattr(pa, _ARROW_TYPES.get(type_name, "string"))()
            fields.append(pa.field(name, arrow_type))
        self.schema = pa.schema(fields)
        self.text_columns = [
            index
            for index, type_name in enumerate(types)
            if type_name not in _ARROW_TYPES and type_name != "timestamptz"
        ]
        self.pa = pa
        self.writer = pq.ParquetWriter(str(path), self.schema)

    def write(self, rows: list[Sequence[Any]]) -> None:
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        for index in self.text_columns:  # enums, json, numeric: their text form
            columns[index] = tuple(None if v is None else str(v) for v in columns[index])
        arrays = [
            self.pa.array(values, type=field.type)
            for values, field in zip(columns, self.schema, strict=True)
        ]
        self.writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))

    def close(self) -> None:
        self.writer.close()


def _writer(request: ExportRequest, columns: list[str], types: list[str]) -> Any:
    request.output.parent.mkdir(parents=True, exist_ok=True)
    if request.export_format is ExportFormat.PARQUET:
        return _ParquetWriter(request.output, columns, types)
    return _CsvWriter(request.output, columns)
