"""Catalogue service: bulk upserts by code, whole-batch validation, the category tree, reads."""

from __future__ import annotations

import asyncio

import pytest

from domain.catalog import batches as catalog_batches
from domain.catalog import lookup as catalog_lookup
from domain.catalog import service as catalog_service
from domain.catalog import upserts as catalog_upserts
from domain.catalog.models import Category, Item, Store
from domain.catalog.upserts import BrandInput, CategoryInput, ItemInput, StoreInput
from domain.errors import DomainError, ErrorCode

pytestmark = pytest.mark.usefixtures("database")


async def _tree() -> dict[str, int]:
    """BEAUTY > SKIN > MASK, BEAUTY > HAIR, and FOOD on its own; returns ids by code."""
    saved = await catalog_upserts.upsert_categories(
        [
            CategoryInput("MASK", "Masks", "SKIN"),
            CategoryInput("BEAUTY", "Beauty"),
            CategoryInput("SKIN", "Skin", "BEAUTY"),
            CategoryInput("HAIR", "Hair", "BEAUTY"),
            CategoryInput("FOOD", "Food"),
        ]
    )
    return {c.code: c.id for c in saved}


def _fields(error: catalog_batches.InvalidBatch) -> list[tuple[str, str | None]]:
    return [(e.code.value, e.field) for e in error.errors]


async def test_items_insert_then_update_by_code_and_come_back_in_input_order() -> None:
    # given
    await _tree()
    await catalog_upserts.upsert_brands([BrandInput("SHI", "Shiseido")])
    # when
    first = await catalog_upserts.upsert_items(
        [ItemInput("B", "Cream", 500, "SKIN", "SHI"), ItemInput("A", "Essence", 12900)]
    )
    second = await catalog_upserts.upsert_items(
        [ItemInput("A", " Essence 2 ", 9900, "MASK", on_sale=False, attributes={"ml": 30})]
    )
    # then
    assert [i.code for i in first] == ["B", "A"]
    assert second[0].id == first[1].id
    item = await Item.get(code="A")
    assert (item.name, item.price_cents, item.on_sale, item.attributes) == (
        "Essence 2",
        9900,
        False,
        {"ml": 30},
    )
    assert item.category_id == (await Category.get(code="MASK")).id
    assert await Item.all().count() == 2


async def test_unchanged_rows_are_not_rewritten() -> None:
    await catalog_upserts.upsert_stores([StoreInput("S1", "People's Square", "East", "Shanghai")])
    before = (await Store.get(code="S1")).updated_at
    await catalog_upserts.upsert_stores([StoreInput("S1", "People's Square", "East", "Shanghai")])
    assert (await Store.get(code="S1")).updated_at == before


async def test_a_batch_with_bad_rows_writes_nothing_and_names_every_field() -> None:
    # given
    await _tree()
    # when
    with pytest.raises(catalog_batches.InvalidBatch) as refused:
        await catalog_upserts.upsert_items(
            [
                ItemInput("A", "Fine", 100, "SKIN"),
                ItemInput("B", "Negative", -1),
                ItemInput("C", "", 1, "NOPE", "NOBRAND"),
                ItemInput("A", "Again", 1, attributes={"x": "y" * 5000}),
                ItemInput("D", "List", 1, attributes=[1, 2]),
            ]
        )
    # then
    assert _fields(refused.value) == [
        ("INVALID_AMOUNT", "items[1].priceCents"),
        ("REQUIRED", "items[2].name"),
        ("NOT_FOUND", "items[2].categoryCode"),
        ("NOT_FOUND", "items[2].brandCode"),
        ("DUPLICATE", "items[3].code"),
        ("TOO_LARGE", "items[3].attributes"),
        ("INVALID", "items[4].attributes"),
    ]
    assert await Item.all().count() == 0


async def test_more_than_500_rows_is_too_many() -> None:
    rows = [StoreInput(f"S{i}", "Store") for i in range(501)]
    with pytest.raises(DomainError) as refused:
        await catalog_upserts.upsert_stores(rows)
    assert (refused.value.code, refused.value.field) == (ErrorCode.TOO_MANY, "stores")
    assert await Store.all().count() == 0


async def test_store_text_over_the_column_length_is_too_large() -> None:
    with pytest.raises(catalog_batches.InvalidBatch) as refused:
        await catalog_upserts.upsert_stores([StoreInput("S" * 51, "Store", city="C" * 51)])
    assert _fields(refused.value) == [
        ("TOO_LARGE", "stores[0].code"),
        ("TOO_LARGE", "stores[0].city"),
    ]


@pytest.mark.parametrize(
    ("_case", "rows", "expected"),
    [
        (
            "own parent",
            [CategoryInput("SKIN", "Skin", "SKIN")],
            ("INVALID", "categories[0].parentCode"),
        ),
        (
            "under a descendant",
            [CategoryInput("BEAUTY", "Beauty", "MASK")],
            ("INVALID", "categories[0].parentCode"),
        ),
        (
            "cycle inside the batch",
            [CategoryInput("X", "X", "Y"), CategoryInput("Y", "Y", "X")],
            ("INVALID", "categories[0].parentCode"),
        ),
        (
            "unknown parent",
            [
                CategoryInput("X", "X"),
                CategoryInput("Y", "Y", "X"),
                CategoryInput("Z", "Z", "NOPE"),
            ],
            ("NOT_FOUND", "categories[2].parentCode"),
        ),
    ],
)
async def test_category_tree_refuses_cycles_and_unknown_parents(
    _case: str, rows: list[CategoryInput], expected: tuple[str, str]
) -> None:
    # given
    await _tree()
    before = await Category.all().order_by("code").values_list("code", "parent_id")
    # when
    with pytest.raises(catalog_batches.InvalidBatch) as refused:
        await catalog_upserts.upsert_categories(rows)
    # then
    assert _fields(refused.value)[0] == expected
    assert await Category.all().order_by("code").values_list("code", "parent_id") == before


async def test_moving_a_category_moves_its_subtree() -> None:
    # given
    ids = await _tree()
    # when SKIN moves under FOOD
    await catalog_upserts.upsert_categories([CategoryInput("SKIN", "Skin", "FOOD")])
    # then
    assert sorted(await catalog_service.category_descendants("FOOD")) == sorted(
        [ids["FOOD"], ids["SKIN"], ids["MASK"]]
    )
    assert sorted(await catalog_service.category_descendants("BEAUTY")) == sorted(
        [ids["BEAUTY"], ids["HAIR"]]
    )
    assert await catalog_service.category_descendants("NONE") == []


async def test_concurrent_moves_cannot_make_a_cycle_together() -> None:
    # given A and B side by side
    await catalog_upserts.upsert_categories([CategoryInput("A", "A"), CategoryInput("B", "B")])
    # when one batch puts A under B and another B under A at the same time
    results = await asyncio.gather(
        catalog_upserts.upsert_categories([CategoryInput("A", "A", "B")]),
        catalog_upserts.upsert_categories([CategoryInput("B", "B", "A")]),
        return_exceptions=True,
    )
    # then exactly one wins
    refused = [r for r in results if isinstance(r, catalog_batches.InvalidBatch)]
    assert len(refused) == 1
    parents = dict(await Category.all().values_list("code", "parent_id"))
    assert None in (parents["A"], parents["B"])


async def test_items_page_filters_and_keyset() -> None:
    # given
    await _tree()
    await catalog_upserts.upsert_brands([BrandInput("SHI", "Shiseido"), BrandInput("KAO", "Kao")])
    await catalog_upserts.upsert_items(
        [
            ItemInput("M1", "Sheet mask", 100, "MASK", "SHI"),
            ItemInput("M2", "Clay mask", 200, "MASK", "KAO", on_sale=False),
            ItemInput("H1", "Shampoo", 300, "HAIR", "KAO"),
            ItemInput("F1", "Tea", 400, "FOOD"),
        ]
    )
    page = catalog_service.items_page

    async def codes(filter_: catalog_service.ItemFilter, after: int | None = None) -> list[str]:
        return [i.code for i in await page(filter_, after=after, limit=10)]

    # then
    assert await codes(catalog_service.ItemFilter(category_code="SKIN")) == ["M1", "M2"]
    assert await codes(catalog_service.ItemFilter(category_code="BEAUTY", brand_code="KAO")) == [
        "H1",
        "M2",
    ]
    assert await codes(catalog_service.ItemFilter(on_sale=False)) == ["M2"]
    assert await codes(catalog_service.ItemFilter(search="MASK")) == ["M1", "M2"]
    assert await codes(catalog_service.ItemFilter(search="h1")) == ["H1"]
    assert await codes(catalog_service.ItemFilter(category_code="NOPE")) == []
    assert await codes(catalog_service.ItemFilter(brand_code="NOPE")) == []
    first_two = await page(catalog_service.ItemFilter(), after=None, limit=2)
    assert [i.code for i in first_two] == ["F1", "H1"]  # a batch is written in code order
    assert await codes(catalog_service.ItemFilter(), after=first_two[-1].id) == ["M1", "M2"]


async def test_reads_by_ids_and_codes_are_aligned_to_keys() -> None:
    ids = await _tree()
    await catalog_upserts.upsert_stores([StoreInput("S1", "One", city="Shanghai")])
    found = await catalog_service.categories_by_ids([ids["SKIN"], 999, ids["SKIN"]])
    assert [c.code if c else None for c in found] == ["SKIN", None, "SKIN"]
    stores = await catalog_lookup.stores_by_codes(["NOPE", "S1"])
    assert [s.code if s else None for s in stores] == [None, "S1"]
    children = await catalog_service.category_children([ids["BEAUTY"], ids["MASK"]])
    assert [[c.code for c in group] for group in children] == [["HAIR", "SKIN"], []]
    city = await catalog_service.stores_page(
        catalog_service.StoreFilter(city="Shanghai"), after=None, limit=5
    )
    assert [s.code for s in city] == ["S1"]
