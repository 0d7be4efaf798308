"""The catalogue: upserts all-or-nothing, roles, the category tree, import, N+1 guard."""

from __future__ import annotations

from pathlib import Path

import pytest
from tortoise import connections

from domain.catalog import service as catalog_service
from domain.catalog.csv_import import import_items
from domain.catalog.models import Item
from tests.helpers import SERVICE, STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

UPSERT = """mutation($items: [UpsertItemInput!]!) { upsertItems(items: $items) {
  items { code priceCents category { code } brand { name } } errors { code field } } }"""


async def _tree() -> None:
    await gql(
        """mutation { upsertCategories(categories: [
        {code: "BEAUTY", name: "Beauty"}, {code: "SKIN", name: "Skin", parentCode: "BEAUTY"},
        {code: "MASK", name: "Masks", parentCode: "SKIN"}]) { errors { code } } }""",
        principal=STAFF,
    )
    await catalog_service.upsert_brands([("SHISEIDO", "Shiseido")])


async def test_upserts_insert_then_update_by_code() -> None:
    await _tree()
    first = await gql(
        UPSERT,
        {
            "items": [
                {
                    "code": "A",
                    "name": "Essence",
                    "priceCents": 12900,
                    "categoryCode": "SKIN",
                    "brandCode": "SHISEIDO",
                }
            ]
        },
        SERVICE,
    )
    assert first.data["upsertItems"]["items"] == [
        {
            "code": "A",
            "priceCents": 12900,
            "category": {"code": "SKIN"},
            "brand": {"name": "Shiseido"},
        }
    ]
    await gql(UPSERT, {"items": [{"code": "A", "name": "Essence", "priceCents": 9900}]}, SERVICE)
    assert (await Item.get(code="A")).price_cents == 9900
    assert await Item.all().count() == 1


async def test_one_bad_row_writes_nothing_and_names_the_field() -> None:
    await _tree()
    result = await gql(
        UPSERT,
        {
            "items": [
                {"code": "A", "name": "Fine", "priceCents": 100},
                {"code": "B", "name": "Bad", "priceCents": -1},
            ]
        },
        STAFF,
    )
    assert result.data["upsertItems"]["errors"] == [
        {"code": "INVALID_AMOUNT", "field": "items[1].priceCents"}
    ]
    unknown = await gql(
        UPSERT,
        {"items": [{"code": "C", "name": "X", "priceCents": 1, "categoryCode": "NOPE"}]},
        STAFF,
    )
    assert unknown.data["upsertItems"]["errors"] == [
        {"code": "NOT_FOUND", "field": "items[0].categoryCode"}
    ]
    too_many = await gql(
        UPSERT,
        {"items": [{"code": f"I{i}", "name": "x", "priceCents": 1} for i in range(501)]},
        STAFF,
    )
    assert too_many.data["upsertItems"]["errors"] == [{"code": "TOO_MANY", "field": "items"}]
    assert await Item.all().count() == 0


async def test_members_cannot_change_the_catalogue_and_cycles_are_refused() -> None:
    await _tree()
    denied = await gql(UPSERT, {"items": [{"code": "A", "name": "x", "priceCents": 1}]}, member(1))
    assert denied.errors[0].extensions["code"] == "FORBIDDEN"
    cycle = await gql(
        """mutation { upsertCategories(categories: [
        {code: "BEAUTY", name: "Beauty", parentCode: "MASK"}]) { errors { code field } } }""",
        principal=STAFF,
    )
    assert cycle.data["upsertCategories"]["errors"] == [
        {"code": "INVALID", "field": "categories[0].parentCode"}
    ]


async def test_category_filter_includes_descendants_without_per_row_queries() -> None:
    await _tree()
    await gql(
        UPSERT,
        {
            "items": [
                {
                    "code": f"M{i}",
                    "name": f"Mask {i}",
                    "priceCents": 100 + i,
                    "categoryCode": "MASK",
                    "brandCode": "SHISEIDO",
                }
                for i in range(50)
            ]
        },
        STAFF,
    )
    client = connections.get("default")
    calls = {"n": 0}
    originals = {name: getattr(client, name) for name in ("execute_query", "execute_query_dict")}

    def counting(original):  # type: ignore[no-untyped-def]
        async def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls["n"] += 1
            return await original(*args, **kwargs)

        return run

    for name, original in originals.items():
        setattr(client, name, counting(original))
    try:
        result = await gql(
            '{ items(first: 50, filter: {categoryCode: "BEAUTY"}) { edges { node { code category { code parent { code } } brand { name } } } } }',
            principal=member(1),
        )
    finally:
        for name, original in originals.items():
            setattr(client, name, original)
    assert len(result.data["items"]["edges"]) == 50
    assert calls["n"] <= 6  # category lookup, descendants, page, categories, parents, brands


async def test_item_import_reports_each_bad_row(tmp_path: Path) -> None:
    await _tree()
    path = tmp_path / "items.csv"
    path.write_text(
        "code,name,category_code,brand_code,price_cents,on_sale\n"
        "A,Essence,SKIN,SHISEIDO,12900,yes\n"
        "B,Cream,NOPE,,500,yes\n"
        "C,Toner,,,-5,yes\n"
        "D,Serum,MASK,,700,maybe\n"
        "E,Mist,,,300,no\n"
    )
    report = await import_items(path)
    assert report.loaded == 2
    assert [(r.line, r.field) for r in report.rejected] == [
        (3, "category_code"),
        (4, "price_cents"),
        (5, "on_sale"),
    ]
    assert sorted(await Item.all().values_list("code", flat=True)) == ["A", "E"]
