"""Exports: the analytics views' rows to CSV (BOM, Chinese intact) and Parquet, personal data
only when asked for, windows by business day, bad requests refused with their field."""

from __future__ import annotations

import csv
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import asyncpg
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from api.cli import app
from domain.analytics.exports import ExportFormat, ExportRequest, export
from domain.clock import business_today
from domain.errors import DomainError
from tests.factories.activity import make_catalogue, make_order
from tests.factories.members import make_member

pytestmark = pytest.mark.usefixtures("database")


@pytest.fixture
async def conn(database: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(database.replace("postgres://", "postgresql://", 1))
    try:
        yield connection
    finally:
        await connection.close()


async def test_members_csv_has_a_bom_and_no_personal_data_unless_asked(
    conn: asyncpg.Connection, tmp_path: Path
) -> None:
    # given two members, one with a Chinese name and city
    first = await make_member(name="王芳", city="北京", phone="13900000001")
    await make_member(name="Li Lei", phone="13900000002")
    # when exported plainly and with personal data
    plain = tmp_path / "members.csv"
    full = tmp_path / "members-pii.csv"
    assert await export(conn, ExportRequest("members", plain)) == 2
    await export(conn, ExportRequest("members", full, personal_data=True))
    # then the file opens in Excel (BOM) with the city intact and no phone or name column
    raw = plain.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(plain.open(encoding="utf-8-sig")))
    assert [row["member_id"] for row in rows] == [str(first.id), str(first.id + 1)]
    assert rows[0]["city"] == "北京"
    assert "phone" not in rows[0] and "name" not in rows[0]
    assert b"13900000001" not in raw
    with_pii = list(csv.DictReader(full.open(encoding="utf-8-sig")))
    assert (with_pii[0]["name"], with_pii[0]["phone"]) == ("王芳", "13900000001")


async def test_orders_parquet_in_a_window_equals_the_view(
    conn: asyncpg.Connection, tmp_path: Path
) -> None:
    # given orders over the last ten days
    await make_catalogue()
    member = await make_member()
    for days_ago, cents in [(0.1, 1000), (3, 2500), (9, 4000)]:
        await make_order(member.id, days_ago=days_ago, cents=cents)
    until = business_today()
    since = until - timedelta(days=5)
    # when the last six business days are exported
    target = tmp_path / "orders.parquet"
    written = await export(
        conn, ExportRequest("orders", target, ExportFormat.PARQUET, since=since, until=until)
    )
    # then the file holds exactly the view's rows of the window, typed
    expected = await conn.fetch(
        "SELECT order_id, net_cents, day FROM analytics.fact_order_line "
        "WHERE day BETWEEN $1 AND $2 ORDER BY order_id",
        since,
        until,
    )
    table = pq.read_table(target)
    assert written == table.num_rows == len(expected) == 2
    assert table.column("net_cents").to_pylist() == [r["net_cents"] for r in expected]
    assert table.column("day").to_pylist() == [r["day"] for r in expected]
    assert str(table.schema.field("paid_at").type) == "timestamp[us, tz=UTC]"


@pytest.mark.parametrize(
    ("request_kwargs", "field"),
    [
        ({"dataset": "salaries"}, "dataset"),
        ({"dataset": "segment"}, "segmentId"),
        ({"dataset": "members", "since": business_today()}, "since"),
        (
            {
                "dataset": "orders",
                "since": business_today(),
                "until": business_today() - timedelta(1),
            },
            "since",
        ),
    ],
)
async def test_bad_requests_name_their_field_and_write_nothing(
    conn: asyncpg.Connection, tmp_path: Path, request_kwargs: dict, field: str
) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(DomainError) as refused:
        await export(conn, ExportRequest(output=target, **request_kwargs))
    assert refused.value.field == field
    assert not target.exists()


def test_personal_data_from_the_shell_needs_a_members_pii_token(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["export", "members", "--personal-data", "-o", str(tmp_path / "m.csv")]
    )
    assert result.exit_code == 2
    assert "members:pii" in result.output
    assert not (tmp_path / "m.csv").exists()
