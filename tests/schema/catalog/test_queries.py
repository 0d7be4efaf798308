"""Catalogue lists: readable by every role, filtered, paged, and free of per-row queries."""

from __future__ import annotations

import pytest

from domain.catalog import upserts as catalog_upserts
from domain.catalog.upserts import BrandInput, CategoryInput, ItemInput, StoreInput
from tests.helpers import BI, SERVICE, gql, member
from tests.statements import count_statements

pytestmark = pytest.mark.usefixtures("database")

ITEMS = """query($first: BigInt, $after: String, $filter: ItemFilterInput) {
  items(first: $first, after: $after, filter: $filter) {
    edges { node { id code category { code parent { code } } brand { name } } }
    pageInfo { hasNextPage endCursor } } }"""


async def _catalogue(items_per_category: int = 25) -> None:
    await catalog_upserts.upsert_categories(
        [
            CategoryInput("BEAUTY", "Beauty"),
            CategoryInput("SKIN", "Skin", "BEAUTY"),
            CategoryInput("MASK", "Masks", "SKIN"),
            CategoryInput("FOOD", "Food"),
        ]
    )
    await catalog_upserts.upsert_brands([BrandInput("SHI", "Shiseido"), BrandInput("KAO", "Kao")])
    await catalog_upserts.upsert_items(
        [
            ItemInput(f"{category}{i:02}", f"{category} {i}", 100 + i, category, brand)
            for category, brand in (("MASK", "SHI"), ("SKIN", "KAO"), ("FOOD", None))
            for i in range(items_per_category)
        ]
    )


async def test_listing_50_items_with_category_and_brand_does_not_query_per_row() -> None:
    # given
    await _catalogue()
    # when
    with count_statements() as statements:
        result = await gql(ITEMS, {"first": 50, "filter": {"categoryCode": "BEAUTY"}}, member(1))
    # then: descendants, the page, categories, their parents, brands
    assert result.errors is None
    edges = result.data["items"]["edges"]
    assert len(edges) == 50
    assert {e["node"]["category"]["parent"]["code"] for e in edges} == {"SKIN", "BEAUTY"}
    assert {e["node"]["brand"]["name"] for e in edges} == {"Shiseido", "Kao"}
    assert len(statements) == 5, statements


async def test_items_filters_and_pages_by_cursor() -> None:
    # given
    await _catalogue(items_per_category=3)
    # when
    first = await gql(ITEMS, {"first": 2, "filter": {"categoryCode": "SKIN"}}, BI)
    cursor = first.data["items"]["pageInfo"]["endCursor"]
    rest = await gql(ITEMS, {"first": 10, "after": cursor, "filter": {"categoryCode": "SKIN"}}, BI)
    kao = await gql(ITEMS, {"filter": {"brandCode": "KAO", "search": "skin 1"}}, SERVICE)
    # then
    codes = [e["node"]["code"] for e in first.data["items"]["edges"]]
    codes += [e["node"]["code"] for e in rest.data["items"]["edges"]]
    assert codes == ["MASK00", "MASK01", "MASK02", "SKIN00", "SKIN01", "SKIN02"]
    assert first.data["items"]["pageInfo"]["hasNextPage"] is True
    assert rest.data["items"]["pageInfo"]["hasNextPage"] is False
    assert [e["node"]["code"] for e in kao.data["items"]["edges"]] == ["SKIN01"]
    assert first.data["items"]["edges"][0]["node"]["id"].startswith("SXRlbT")  # "Item:" base64


async def test_items_page_size_is_capped_and_anonymous_callers_are_refused() -> None:
    too_big = await gql(ITEMS, {"first": 101}, member(1))
    assert too_big.errors[0].extensions == {"code": "TOO_MANY", "field": "first"}
    anonymous = await gql(ITEMS, {"first": 1})
    assert anonymous.errors[0].extensions["code"] == "UNAUTHENTICATED"


async def test_stores_filter_by_city_and_region() -> None:
    # given
    await catalog_upserts.upsert_stores(
        [
            StoreInput("S1", "Nanjing Rd", "East", "Shanghai"),
            StoreInput("S2", "Sanlitun", "North", "Beijing"),
            StoreInput("S3", "Xujiahui", "East", "Shanghai"),
        ]
    )
    query = """query($filter: StoreFilterInput) { stores(first: 10, filter: $filter) {
      nodes { code } } }"""
    # when
    shanghai = await gql(query, {"filter": {"city": "Shanghai"}}, member(1))
    north = await gql(query, {"filter": {"region": "North"}}, member(1))
    everything = await gql(query, {}, member(1))
    # then
    assert shanghai.data["stores"]["nodes"] == [{"code": "S1"}, {"code": "S3"}]
    assert north.data["stores"]["nodes"] == [{"code": "S2"}]
    assert len(everything.data["stores"]["nodes"]) == 3
