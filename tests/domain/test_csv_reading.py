"""Reading import files: encodings, row shapes, missing files and keys repeated in one file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from domain.catalog.models import Item
from domain.csvio import ImportReport, read_rows
from domain.errors import DomainError
from domain.members.csv_import import import_members
from domain.members.models import Member
from domain.orders.csv_import import import_orders
from domain.orders.models import Order

TODAY = date(2026, 11, 30)
MEMBERS = "phone,name,city\n13900000001,王芳,北京\n13900000002,李雷,上海\n"


def _rows(path: Path, required: set[str], encoding: str = "auto") -> tuple[list, ImportReport]:
    report = ImportReport()
    return list(read_rows(path, required, report, encoding=encoding)), report


def test_utf8_with_a_byte_order_mark_reads_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(b"\xef\xbb\xbf" + MEMBERS.encode())
    rows, report = _rows(path, {"phone"})
    assert [row["name"] for _, row in rows] == ["王芳", "李雷"]
    assert report.encoding == "utf-8"


@pytest.mark.parametrize("saved_as", ["gbk", "gb18030"])
def test_a_gbk_file_is_detected_and_read(tmp_path: Path, saved_as: str) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(MEMBERS.encode(saved_as))
    rows, report = _rows(path, {"phone"})
    assert [(row["name"], row["city"]) for _, row in rows] == [("王芳", "北京"), ("李雷", "上海")]
    assert report.encoding == "gb18030"


def test_a_named_encoding_is_used_and_bad_bytes_name_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(MEMBERS.encode("gbk"))
    with pytest.raises(DomainError) as error:
        _rows(path, {"phone"}, encoding="utf-8")
    assert error.value.field == "file"
    assert error.value.message.startswith("Line 2, column 13:")


def test_bytes_no_encoding_reads_are_one_error_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(b"phone,name\n13900000001,ok\n13900000002,\x80\xff\n")
    with pytest.raises(DomainError) as error:
        _rows(path, {"phone"})
    assert error.value.message.startswith("Line 3, column 13:")


def test_unknown_encoding_and_missing_file_are_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text(MEMBERS, encoding="utf-8")
    with pytest.raises(DomainError) as unknown:
        _rows(path, {"phone"}, encoding="klingon")
    assert unknown.value.field == "encoding"
    with pytest.raises(DomainError) as missing:
        _rows(tmp_path / "absent.csv", {"phone"})
    assert (missing.value.field, missing.value.message) == (
        "file",
        f"{tmp_path / 'absent.csv'} does not exist.",
    )


def test_rows_with_too_few_or_too_many_cells_are_rejected_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text(
        'phone,name,city\n13900000001,A,B\n13900000002,A\n\n13900000003,A,B,extra\n"1390,0",A,B\n',
        encoding="utf-8",
    )
    rows, report = _rows(path, {"phone"})
    assert [(line, row["phone"]) for line, row in rows] == [(2, "13900000001"), (6, "1390,0")]
    assert [(r.line, r.reason) for r in report.rejected] == [
        (3, "2 cells where the header has 3 columns."),
        (5, "4 cells where the header has 3 columns."),
    ]


def test_a_column_named_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("phone,name,name\n1,2,3\n", encoding="utf-8")
    with pytest.raises(DomainError) as error:
        _rows(path, {"phone"})
    assert error.value.field == "name"


@pytest.mark.usefixtures("database")
async def test_short_rows_load_nothing_of_themselves(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes("phone,name,city\n13900000001,王芳,北京\n13900000002\n".encode("gbk"))
    report = await import_members(path, today=TODAY)
    assert report.loaded == 1
    assert [(r.line, r.field) for r in report.rejected] == [(3, "")]
    assert await Member.all().count() == 1
    assert (await Member.get()).name == "王芳"


@pytest.mark.usefixtures("database")
async def test_one_order_number_with_two_different_orders_is_rejected(tmp_path: Path) -> None:
    await Item.create(code="SKU-1", name="Essence", price_cents=1000)
    path = tmp_path / "o.csv"
    path.write_text(
        "channel,external_no,phone,paid_at,item_code,quantity,unit_price_cents\n"
        "POS,O-1,13900000009,2026-11-01T10:00:00+08:00,SKU-1,1,1000\n"
        "POS,O-2,13900000009,2026-11-01T10:00:00+08:00,SKU-1,1,1000\n"
        "POS,O-1,13900000008,2026-11-02T10:00:00+08:00,SKU-1,1,1000\n",
        encoding="utf-8",
    )
    report = await import_orders(path)
    assert report.loaded == 1
    assert [(r.line, r.field) for r in report.rejected] == [(4, "paid_at")]
    assert report.rejected[0].reason.startswith("Order O-1 is already on line 2")
    assert await Order.filter(external_no="O-1").count() == 0
