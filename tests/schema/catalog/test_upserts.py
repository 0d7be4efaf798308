"""Catalogue upserts through the API: roles, all-or-nothing batches, exact error fields."""

from __future__ import annotations

import pytest

from domain.access import Principal
from domain.catalog.models import Brand, Category, Item, Store
from tests.helpers import BI, SERVICE, STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

UPSERT_ITEMS = """mutation($items: [ItemRowInput!]!) { upsertItems(input: {items: $items}) {
  items { code name priceCents onSale attributes category { code } brand { code name } }
  errors { code field } } }"""
UPSERT_CATEGORIES = """mutation($rows: [CategoryRowInput!]!) {
  upsertCategories(input: {categories: $rows}) {
    categories { code parent { code } children { code } } errors { code field } } }"""
UPSERT_BRANDS = """mutation($rows: [BrandRowInput!]!) { upsertBrands(input: {brands: $rows}) {
  brands { code name } errors { code field } } }"""
UPSERT_STORES = """mutation($rows: [StoreRowInput!]!) { upsertStores(input: {stores: $rows}) {
  stores { id code city region } errors { code field } } }"""


async def _catalogue() -> None:
    tree = await gql(
        UPSERT_CATEGORIES,
        {
            "rows": [
                {"code": "BEAUTY", "name": "Beauty"},
                {"code": "SKIN", "name": "Skin", "parentCode": "BEAUTY"},
                {"code": "MASK", "name": "Masks", "parentCode": "SKIN"},
            ]
        },
        SERVICE,
    )
    assert tree.data["upsertCategories"]["errors"] == []
    brands = await gql(UPSERT_BRANDS, {"rows": [{"code": "SHI", "name": "Shiseido"}]}, STAFF)
    assert brands.data["upsertBrands"] == {
        "brands": [{"code": "SHI", "name": "Shiseido"}],
        "errors": [],
    }


async def test_upsert_items_inserts_then_updates_by_code() -> None:
    # given
    await _catalogue()
    row = {"code": "A", "name": "Essence", "priceCents": 12900, "categoryCode": "SKIN"}
    # when
    first = await gql(UPSERT_ITEMS, {"items": [{**row, "brandCode": "SHI"}]}, SERVICE)
    second = await gql(
        UPSERT_ITEMS,
        {"items": [{**row, "priceCents": 9900, "onSale": False, "attributes": {"ml": 30}}]},
        STAFF,
    )
    # then
    assert first.errors is None
    assert first.data["upsertItems"] == {
        "items": [
            {
                "code": "A",
                "name": "Essence",
                "priceCents": 12900,
                "onSale": True,
                "attributes": {},
                "category": {"code": "SKIN"},
                "brand": {"code": "SHI", "name": "Shiseido"},
            }
        ],
        "errors": [],
    }
    assert second.data["upsertItems"]["items"][0]["priceCents"] == 9900
    assert second.data["upsertItems"]["items"][0]["brand"] is None
    item = await Item.get(code="A")
    assert (item.price_cents, item.on_sale, item.attributes) == (9900, False, {"ml": 30})
    assert await Item.all().count() == 1


async def test_one_bad_row_writes_nothing_and_reports_the_exact_field() -> None:
    # given
    await _catalogue()
    rows = [
        {"code": "A", "name": "Fine", "priceCents": 100},
        {"code": "B", "name": "Also fine", "priceCents": 200, "categoryCode": "MASK"},
        {"code": "C", "name": "Bad", "priceCents": -1},
        {"code": "D", "name": "Bad too", "priceCents": 1, "brandCode": "NOPE"},
    ]
    # when
    result = await gql(UPSERT_ITEMS, {"items": rows}, STAFF)
    # then
    assert result.errors is None
    assert result.data["upsertItems"] == {
        "items": None,
        "errors": [
            {"code": "INVALID_AMOUNT", "field": "items[2].priceCents"},
            {"code": "NOT_FOUND", "field": "items[3].brandCode"},
        ],
    }
    assert await Item.all().count() == 0


@pytest.mark.parametrize(
    ("_case", "mutation", "variables", "field"),
    [
        (
            "items",
            UPSERT_ITEMS,
            {"items": [{"code": f"I{i}", "name": "x", "priceCents": 1} for i in range(501)]},
            "items",
        ),
        (
            "stores",
            UPSERT_STORES,
            {"rows": [{"code": f"S{i}", "name": "x"} for i in range(501)]},
            "stores",
        ),
    ],
)
async def test_501_rows_are_too_many(
    _case: str, mutation: str, variables: dict, field: str
) -> None:
    result = await gql(mutation, variables, SERVICE)
    payload = next(iter(result.data.values()))
    assert payload["errors"] == [{"code": "TOO_MANY", "field": field}]
    assert await Item.all().count() == 0
    assert await Store.all().count() == 0


@pytest.mark.parametrize(
    ("_case", "principal", "code"),
    [
        ("anonymous", None, "UNAUTHENTICATED"),
        ("member", member(1), "FORBIDDEN"),
        ("bi", BI, "FORBIDDEN"),
    ],
)
async def test_only_staff_and_service_can_upsert(
    _case: str, principal: Principal | None, code: str
) -> None:
    # when
    results = [
        await gql(
            UPSERT_ITEMS, {"items": [{"code": "A", "name": "x", "priceCents": 1}]}, principal
        ),
        await gql(UPSERT_STORES, {"rows": [{"code": "S", "name": "x"}]}, principal),
        await gql(UPSERT_CATEGORIES, {"rows": [{"code": "C", "name": "x"}]}, principal),
        await gql(UPSERT_BRANDS, {"rows": [{"code": "B", "name": "x"}]}, principal),
    ]
    # then
    assert [(len(r.errors), r.errors[0].extensions["code"]) for r in results] == [(1, code)] * 4
    assert all(r.data is None for r in results)
    for model in (Item, Store, Category, Brand):
        assert await model.all().count() == 0


async def test_categories_report_cycles_and_unknown_parents_and_write_nothing() -> None:
    # given
    await _catalogue()
    # when
    result = await gql(
        UPSERT_CATEGORIES,
        {
            "rows": [
                {"code": "NEW", "name": "New"},
                {"code": "BEAUTY", "name": "Beauty", "parentCode": "MASK"},
                {"code": "ORPHAN", "name": "Orphan", "parentCode": "NOPE"},
            ]
        },
        STAFF,
    )
    # then
    assert result.data["upsertCategories"] == {
        "categories": None,
        "errors": [
            {"code": "INVALID", "field": "categories[1].parentCode"},
            {"code": "NOT_FOUND", "field": "categories[2].parentCode"},
        ],
    }
    assert await Category.filter(code="NEW").count() == 0
    assert (await Category.get(code="BEAUTY")).parent_id is None


async def test_categories_come_back_with_parent_and_children() -> None:
    await _catalogue()
    result = await gql(
        UPSERT_CATEGORIES,
        {"rows": [{"code": "SKIN", "name": "Skin", "parentCode": "BEAUTY"}]},
        STAFF,
    )
    assert result.data["upsertCategories"]["categories"] == [
        {"code": "SKIN", "parent": {"code": "BEAUTY"}, "children": [{"code": "MASK"}]}
    ]


async def test_stores_upsert_and_blank_names_are_required() -> None:
    ok = await gql(
        UPSERT_STORES, {"rows": [{"code": "S1", "name": "Nanjing Rd", "city": "Shanghai"}]}, STAFF
    )
    assert ok.data["upsertStores"]["stores"][0]["city"] == "Shanghai"
    bad = await gql(UPSERT_STORES, {"rows": [{"code": "S2", "name": "  "}]}, STAFF)
    assert bad.data["upsertStores"]["errors"] == [{"code": "REQUIRED", "field": "stores[0].name"}]
    assert [store.code for store in await Store.all()] == ["S1"]
