"""Behaviour filters name items, categories and brands by global id, in and out."""

from __future__ import annotations

import pytest

from domain.catalog.models import Brand, Category, Item
from domain.segments.models import Segment
from schema.relay import encode_id
from tests.helpers import STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

SAVE = """mutation($input: SaveSegmentInput!) { saveSegment(input: $input) {
  segment { definition { ... on BehaviourCondition { filters { itemIds categoryIds brandIds } } } }
  errors { code field } } }"""


def _definition(filters: dict) -> dict:
    return {
        "behaviour": {
            "source": "ORDER",
            "metric": "COUNT",
            "op": "GTE",
            "value": 1,
            "windowDays": 30,
            "filters": filters,
        }
    }


async def test_filters_take_and_give_global_ids() -> None:
    # given an item, a category and a brand
    brand = await Brand.create(code="B1", name="B1")
    category = await Category.create(code="C1", name="C1")
    item = await Item.create(code="SKU-1", name="I1", price_cents=100, brand_id=brand.id)
    filters = {
        "itemIds": [encode_id("Item", item.id)],
        "categoryIds": [encode_id("Category", category.id)],
        # the plain number still names the brand
        "brandIds": [str(brand.id)],
    }
    # when a segment is saved with them
    result = await gql(SAVE, {"input": {"name": "s", "definition": _definition(filters)}}, STAFF)
    # then it stores plain ids and reads them back as global ids
    assert result.errors is None, result.errors
    payload = result.data["saveSegment"]
    assert payload["errors"] == []
    assert payload["segment"]["definition"]["filters"] == {
        "itemIds": [encode_id("Item", item.id)],
        "categoryIds": [encode_id("Category", category.id)],
        "brandIds": [encode_id("Brand", brand.id)],
    }
    stored = (await Segment.get()).definition["behaviour"]["filters"]
    assert (stored["item_ids"], stored["category_ids"], stored["brand_ids"]) == (
        [item.id],
        [category.id],
        [brand.id],
    )


async def test_an_id_of_another_type_is_invalid_id_with_its_path() -> None:
    # when a brand filter names a category
    filters = {"brandIds": [encode_id("Brand", 1), encode_id("Category", 1)]}
    result = await gql(SAVE, {"input": {"name": "s", "definition": _definition(filters)}}, STAFF)
    # then it is INVALID_ID on that element and nothing is saved
    assert result.data["saveSegment"] == {
        "segment": None,
        "errors": [{"code": "INVALID_ID", "field": "definition.behaviour.filters.brandIds[1]"}],
    }
    assert await Segment.all().count() == 0
