"""Pure wallet arithmetic."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from domain.wallet.split import Rule, pick_rule, split_payment, split_refund

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def test_pick_the_highest_threshold_reached() -> None:
    rules = [
        Rule(1, 50_000, 5_000),
        Rule(2, 100_000, 15_000),
        Rule(3, 30_000, 2_000, channels=("APP",)),
    ]
    picked = [
        pick_rule(rules, 80_000, None, "POS", NOW),
        pick_rule(rules, 120_000, None, "POS", NOW),
        pick_rule(rules, 40_000, None, "APP", NOW),
    ]
    assert [rule.id if rule else None for rule in picked] == [1, 2, 3]
    assert pick_rule(rules, 40_000, None, "POS", NOW) is None


@given(
    principal=st.integers(0, 10**7),
    bonus=st.integers(0, 10**7),
    amount=st.integers(1, 10**7),
    mode=st.sampled_from(["PROPORTIONAL", "PRINCIPAL_FIRST"]),
)
def test_payment_split_is_exact_and_within_balances(
    principal: int, bonus: int, amount: int, mode: str
) -> None:
    parts = split_payment(principal, bonus, amount, mode)
    if principal + bonus < amount:
        assert parts is None
        return
    assert parts is not None
    p, b = parts
    assert p + b == amount and 0 <= p <= principal and 0 <= b <= bonus


@given(
    paid_p=st.integers(0, 10**6),
    paid_b=st.integers(0, 10**6),
    cuts=st.lists(st.integers(1, 50), min_size=1, max_size=6),
)
def test_refunds_in_parts_return_exactly_what_each_side_paid(
    paid_p: int, paid_b: int, cuts: list[int]
) -> None:
    paid = paid_p + paid_b
    if paid == 0:
        return
    parts = [paid * c // sum(cuts) for c in cuts]
    parts[-1] += paid - sum(parts)
    back_p = back_b = refunded = 0
    for part in parts:
        p, b = split_refund(paid_p, paid_b, refunded, part)
        assert p >= 0 and b >= 0 and p + b == part
        back_p, back_b, refunded = back_p + p, back_b + b, refunded + part
    assert (back_p, back_b) == (paid_p, paid_b)
