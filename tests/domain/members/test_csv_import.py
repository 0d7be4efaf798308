"""CSV imports of members and orders: every rejected row reported with line and column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from domain.catalog.models import Item
from domain.errors import DomainError
from domain.members.csv_import import import_members
from domain.members.models import Member
from domain.orders.csv_import import import_orders
from domain.orders.models import Order, OrderLine

pytestmark = pytest.mark.usefixtures("database")

TODAY = date(2026, 11, 30)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


async def test_member_import_reports_bad_rows_and_loads_good_ones(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "members.csv",
        (
            "phone,name,gender,birthday,city,consent_sms\n"
            "13900000001,Wang Fang,female,1990-02-03,Beijing,yes\n"
            "12345,Bad Phone,,,,\n"
            "13900000002,Li Lei,robot,,,\n"
            "13900000003,Zhao Min,,1990-13-01,,\n"
            "13900000001,Wang Fang again,,,,\n"
        ),
    )
    report = await import_members(path, today=TODAY)
    assert (report.loaded, report.unchanged) == (1, 0)
    assert [(r.line, r.field) for r in report.rejected] == [
        (3, "phone"),
        (4, "gender"),
        (5, "birthday"),
        (6, "phone"),
    ]
    assert report.rejected[-1].reason == "'13900000001' is already on line 2."
    assert await Member.all().count() == 1
    assert (await Member.get()).consent_sms is True


async def test_missing_column_is_one_clear_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "members.csv", "name,city\nA,B\n")
    with pytest.raises(DomainError) as error:
        await import_members(path, today=TODAY)
    assert error.value.field == "phone"


async def test_order_import_groups_lines_and_rejects_whole_orders(tmp_path: Path) -> None:
    await Item.create(code="SKU-1", name="Essence", price_cents=1000)
    path = _write(
        tmp_path,
        "orders.csv",
        (
            "channel,external_no,phone,paid_at,item_code,quantity,unit_price_cents\n"
            "POS,O-1,13900000009,2026-11-01T10:00:00+08:00,SKU-1,2,1000\n"
            "POS,O-1,13900000009,2026-11-01T10:00:00+08:00,SKU-1,1,1000\n"
            "POS,O-2,13900000009,2026-11-01T10:00:00+08:00,SKU-1,1,1000\n"
            "POS,O-2,13900000009,2026-11-01T10:00:00+08:00,NOPE,1,1000\n"
            "POS,O-3,,2026-11-01T10:00:00,SKU-1,1,1000\n"
            "POS,O-4,,2026-11-01T10:00:00+08:00,SKU-1,x,1000\n"
        ),
    )
    report = await import_orders(path)
    assert report.loaded == 1
    assert [(r.line, r.field) for r in report.rejected] == [
        (5, "item_code"),
        (6, "paid_at"),
        (7, "quantity"),
    ]
    assert await Order.all().count() == 1
    assert await OrderLine.all().count() == 2
    again = await import_orders(path)
    assert (again.loaded, again.unchanged) == (0, 1)
