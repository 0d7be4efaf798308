"""Synthetic data without a database: deterministic, and consistent within itself."""

from __future__ import annotations

import re

import numpy as np

from domain.demo.generate import generate
from domain.demo.vocabulary import END

MOBILE = re.compile(r"1[3-9]\d{9}")


def test_same_seed_gives_the_same_arrays() -> None:
    # given / when
    first = generate(500, 100, 10, 180, seed=3, end=END)
    second = generate(500, 100, 10, 180, seed=3, end=END)
    other = generate(500, 100, 10, 180, seed=4, end=END)

    # then
    assert first.counts() == second.counts()
    for table, columns in first.tables.items():
        for column, values in columns.items():
            assert np.array_equal(values, second[table][column]), (table, column)
    assert not np.array_equal(first["members"]["kind"], other["members"]["kind"])


def test_every_member_has_one_valid_unique_mobile_number() -> None:
    # given
    data = generate(2000, 100, 10, 180, seed=5, end=END)
    identities = data["member_identities"]

    # when
    phone = identities["kind"] == "PHONE"

    # then
    assert sorted(identities["member_id"][phone].tolist()) == list(range(1, 2001))
    phones = identities["value"][phone].tolist()
    assert len(set(phones)) == len(phones)
    assert all(MOBILE.fullmatch(p) for p in phones)
    keys = set(zip(identities["kind"], identities["namespace"], identities["value"], strict=True))
    assert len(keys) == len(identities["id"])


def test_lines_and_totals_add_up_and_prospects_never_buy() -> None:
    # given
    data = generate(1000, 200, 10, 365, seed=6, end=END)
    orders, lines, members = data["orders"], data["order_lines"], data["members"]

    # then
    assert np.array_equal(lines["amount_cents"], lines["quantity"] * lines["unit_price_cents"])
    totals = np.zeros(len(orders["id"]) + 1, dtype=np.int64)
    np.add.at(totals, lines["order_id"], lines["amount_cents"])
    assert np.array_equal(totals[1:], orders["total_cents"])
    assert set(np.bincount(lines["order_id"])[1:].tolist()) <= {1, 2, 3, 4, 5}
    prices = data["items"]["price_cents"][lines["item_id"] - 1]
    assert np.array_equal(prices, lines["unit_price_cents"])
    buyers = set(orders["member_id"].tolist())
    prospects = set(members["id"][members["kind"] == "PROSPECT"].tolist())
    assert buyers.isdisjoint(prospects)
    registered = members["registered_at"][orders["member_id"] - 1]
    assert (orders["paid_at"] >= registered).all() and (orders["paid_at"] < END.timestamp()).all()


def test_funnel_events_come_before_the_order_they_lead_to() -> None:
    # given
    data = generate(1000, 200, 10, 120, seed=8, end=END)
    events, orders = data["events"], data["orders"]

    # when
    names = set(events["name"].tolist())
    pay = events["name"] == "pay_order"
    paid_order = np.array([int(p.split(": ")[1].rstrip("}")) for p in events["properties"][pay]])

    # then
    assert names == {
        "view_item",
        "add_to_cart",
        "pay_order",
        "sign_in",
        "rec_impression",
        "rec_click",
    }
    assert len(set(events["event_id"].tolist())) == len(events["id"])
    assert np.array_equal(events["occurred_at"][pay], orders["paid_at"][paid_order - 1])
    counts = {name: int((events["name"] == name).sum()) for name in names}
    assert counts["view_item"] > counts["add_to_cart"] > counts["pay_order"]
    assert (np.diff(events["occurred_at"]) >= 0).all()
