"""Year in review: a member's year from the analytics views, equal to plain sums over what
was recorded; members read only their own; favourites read in fixed statements."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from domain import jobs
from domain.catalog.models import Category, Item, Store
from domain.clock import business_today, utc_now
from domain.members.models import Channel
from domain.orders import recording
from tests.factories import make_member, make_point_types
from tests.factories.points import credit
from tests.helpers import STAFF, gql, member
from tests.statements import ListFieldCheck

pytestmark = pytest.mark.usefixtures("database")

REVIEW = """
query($year: BigInt!, $memberId: ID) {
  yearInReview(year: $year, memberId: $memberId) {
    year orders netCents savedCents biggestOrderCents activeMonths pointsEarned levelCode
    favouriteCategories { code name orders netCents }
    favouriteStores { code orders netCents }
  }
}"""
_numbers = itertools.count(1)


async def _order(member_id: int, item: str, unit: int, paid: int, store: str) -> int:
    """An order of one line; returns the business year it falls in."""
    paid_at = utc_now() - timedelta(minutes=5)
    async with jobs.deferred_scope():
        await recording.record_order(
            recording.OrderInput(
                channel=Channel.POS,
                external_no=f"Y-{next(_numbers)}",
                paid_at=paid_at,
                lines=[recording.LineInput(item, 1, unit, paid)],
                member_id=member_id,
                store_code=store,
            )
        )
    return business_today(paid_at).year


async def _catalogue(categories: int) -> None:
    for n in range(1, categories + 1):
        category = await Category.create(code=f"C{n}", name=f"Category {n}")
        await Item.create(code=f"I{n}", name=f"Item {n}", category_id=category.id, price_cents=1000)
    await Store.create(code="S1", name="Store one")
    await Store.create(code="S2", name="Store two")


async def test_the_year_equals_what_was_recorded() -> None:
    # given two orders at list price 1000: one paid 800 in C1 at S1, one paid 1000 in C2 at S2
    await _catalogue(2)
    (code,) = await make_point_types(1, expiry_days=365)
    someone = await make_member()
    year = await _order(someone.id, "I1", 1000, 800, "S1")
    await _order(someone.id, "I2", 1000, 1000, "S2")
    await _order(someone.id, "I2", 1000, 1000, "S2")
    await credit(someone.id, code, 70)
    # when the member reads its year
    result = await gql(REVIEW, {"year": year}, member(someone.id))
    # then
    assert result.errors is None and result.data is not None
    review = result.data["yearInReview"]
    assert (review["orders"], review["netCents"], review["savedCents"]) == (3, 2800, 200)
    assert (review["biggestOrderCents"], review["activeMonths"]) == (1000, 1)
    assert review["pointsEarned"] == 70
    assert review["favouriteCategories"] == [
        {"code": "C2", "name": "Category 2", "orders": 2, "netCents": 2000},
        {"code": "C1", "name": "Category 1", "orders": 1, "netCents": 800},
    ]
    assert [s["code"] for s in review["favouriteStores"]] == ["S2", "S1"]


async def test_a_member_reads_only_its_own_year_and_bad_years_are_refused() -> None:
    await _catalogue(1)
    mine, theirs = await make_member(), await make_member()
    year = await _order(theirs.id, "I1", 1000, 900, "S1")
    own = await gql(REVIEW, {"year": year, "memberId": str(theirs.id)}, member(mine.id))
    assert own.data is not None and own.data["yearInReview"]["orders"] == 0
    staff = await gql(REVIEW, {"year": year, "memberId": str(theirs.id)}, STAFF)
    assert staff.data is not None and staff.data["yearInReview"]["orders"] == 1
    future = await gql(REVIEW, {"year": year + 1}, member(mine.id))
    assert future.errors and future.errors[0].extensions["code"] == "INVALID"
    assert future.errors[0].extensions["field"] == "year"


@pytest.mark.list_fields("YearInReview.favouriteCategories", "YearInReview.favouriteStores")
async def test_favourites_read_in_fixed_statements(list_fields: ListFieldCheck) -> None:
    await _catalogue(3)
    someone = await make_member()
    year = business_today().year
    stores = itertools.cycle(["S1", "S2"])
    items = itertools.cycle(["I1", "I2", "I3"])

    async def add(count: int) -> None:
        for _ in range(count):
            await _order(someone.id, next(items), 1000, 1000, next(stores))

    await list_fields.assert_flat(
        REVIEW, add, principal=member(someone.id), variables={"year": year}
    )
