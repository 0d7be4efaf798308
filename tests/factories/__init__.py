"""Test data factories, one module per area, all importable from `tests.factories`."""

from tests.factories.activity import make_catalogue, make_events, make_order
from tests.factories.benefits import grant_benefit_and_card
from tests.factories.coupons import issue_coupons, make_template
from tests.factories.members import give_addresses, insert_members, make_member, next_phone
from tests.factories.points import credit, make_point_types
from tests.factories.recs import (
    Planted,
    insert_orders,
    make_items,
    make_planted,
    make_slot,
    record_purchase,
)

__all__ = [
    "Planted",
    "credit",
    "give_addresses",
    "grant_benefit_and_card",
    "insert_members",
    "insert_orders",
    "issue_coupons",
    "make_catalogue",
    "make_events",
    "make_items",
    "make_member",
    "make_order",
    "make_planted",
    "make_point_types",
    "make_slot",
    "make_template",
    "next_phone",
    "record_purchase",
]
