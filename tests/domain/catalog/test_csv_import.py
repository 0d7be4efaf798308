"""Item CSV import: every bad row reported with its line and column; good rows load."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.catalog import csv_import
from domain.catalog import upserts as catalog_upserts
from domain.catalog.csv_import import import_items
from domain.catalog.models import Item
from domain.catalog.upserts import BrandInput, CategoryInput
from domain.errors import DomainError

pytestmark = pytest.mark.usefixtures("database")


async def _catalogue() -> None:
    await catalog_upserts.upsert_categories(
        [CategoryInput("SKIN", "Skin"), CategoryInput("MASK", "Masks", "SKIN")]
    )
    await catalog_upserts.upsert_brands([BrandInput("SHI", "Shiseido")])


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "items.csv"
    path.write_text(text, encoding="utf-8")
    return path


async def test_good_rows_load_and_each_bad_row_is_reported_with_line_and_column(
    tmp_path: Path,
) -> None:
    # given
    await _catalogue()
    path = _write(
        tmp_path,
        "code,name,category_code,brand_code,price_cents,on_sale,attributes\n"
        'A,Essence,SKIN,SHI,12900,yes,"{""ml"": 30}"\n'
        "B,Cream,NOPE,,500,yes,\n"
        "C,Toner,,,-5,maybe,\n"
        "D,Serum,MASK,,700,no,[1]\n"
        "E,Mist,,,300,no,\n"
        "A,Essence twice,SKIN,,1,yes,\n"
        "F,,MASK,GONE,100,,\n",
    )
    # when
    report = await import_items(path)
    # then
    assert report.loaded == 2
    assert [(r.line, r.field) for r in report.rejected] == [
        (3, "category_code"),
        (4, "price_cents"),
        (4, "on_sale"),
        (5, "attributes"),
        (7, "code"),
        (8, "name"),
        (8, "brand_code"),
    ]
    items = {i.code: i for i in await Item.all()}
    assert sorted(items) == ["A", "E"]
    assert (items["A"].attributes, items["A"].price_cents, items["E"].on_sale) == (
        {"ml": 30},
        12900,
        False,
    )


async def test_rows_load_in_batches_and_a_bad_row_spoils_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given batches of 3 and a bad row in the middle of the second batch
    monkeypatch.setattr(csv_import, "BATCH", 3)
    # (an unknown category, which only the upsert can tell)
    lines = [f"I{i},Item {i},{'NOPE' if i == 4 else ''},,{100 + i},yes" for i in range(7)]
    path = _write(
        tmp_path, "code,name,category_code,brand_code,price_cents,on_sale\n" + "\n".join(lines)
    )
    # when
    report = await import_items(path)
    # then
    assert report.loaded == 6
    assert [(r.line, r.field) for r in report.rejected] == [(6, "category_code")]
    assert await Item.all().count() == 6


async def test_a_missing_required_column_stops_the_import(tmp_path: Path) -> None:
    path = _write(tmp_path, "code,name\nA,Essence\n")
    with pytest.raises(DomainError) as refused:
        await import_items(path)
    assert refused.value.field == "price_cents"
    assert await Item.all().count() == 0
