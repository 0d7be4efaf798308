"""Promo codes: a shared code exact under its total and per-member limits whatever the
concurrency, unique codes generated or imported, stable refusals, the per-minute guard."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.coupons.models import Coupon
from domain.engagement import promo_codes, promo_codes_redeem, promo_codes_rules
from domain.engagement.promo_codes_models import PromoCode, PromoKind, PromoRedemption
from domain.engagement.promo_codes_rules import CodeFormat
from domain.errors import DomainError, ErrorCode
from tests.factories.coupons import make_template
from tests.factories.members import make_member

pytestmark = pytest.mark.usefixtures("database")

NOON = datetime(2026, 12, 7, 4, 0, tzinfo=UTC)


async def _campaign(kind: PromoKind = PromoKind.SHARED, **overrides: object) -> int:
    await make_template("PROMO", total_stock=10_000, per_member_limit=100)
    values: dict[str, object] = {
        "name": "Winter",
        "kind": kind,
        "coupon_template": "PROMO",
        "per_member_limit": 2,
        "starts_at": NOON - timedelta(days=1),
        "ends_at": NOON + timedelta(days=1),
        **({"code": "winter-26", "total_limit": 5} if kind is PromoKind.SHARED else {}),
        **overrides,
    }
    spec = promo_codes.CampaignInput(**values)  # type: ignore[arg-type]  # the case's values
    return (await promo_codes.define_campaign(spec, operator="staff")).id


async def test_a_shared_code_gives_exactly_its_total_under_concurrency() -> None:
    campaign = await _campaign()
    members = [await make_member() for _ in range(4)]
    calls = [
        promo_codes_redeem.redeem(member_id=m.id, code=" Winter-26 ", key=f"{m.id}-{n}", now=NOON)
        for m in members
        for n in range(4)
    ]
    results = await asyncio.gather(*calls, return_exceptions=True)
    done = [r for r in results if not isinstance(r, BaseException)]
    refused = {r.code for r in results if isinstance(r, DomainError)}
    assert len(done) == 5
    assert refused <= {ErrorCode.PROMO_CODE_USED_UP, ErrorCode.PROMO_CODE_LIMIT_REACHED}
    assert len(results) == len(done) + sum(isinstance(r, DomainError) for r in results)
    per_member = [await PromoRedemption.filter(member_id=m.id).count() for m in members]
    assert max(per_member) <= 2 and sum(per_member) == 5
    assert await Coupon.filter(source="promo-code").count() == 5
    assert (await PromoCode.get(campaign_id=campaign)).used == 5


async def test_the_same_key_twice_gives_one_coupon() -> None:
    await _campaign()
    someone = await make_member()
    replays = await asyncio.gather(
        *(
            promo_codes_redeem.redeem(member_id=someone.id, code="WINTER-26", key="k", now=NOON)
            for _ in range(10)
        )
    )
    assert {r.id for r in replays} == {replays[0].id}
    assert await Coupon.filter(member_id=someone.id).count() == 1
    assert (await PromoCode.get(code="WINTER-26")).used == 1


@pytest.mark.parametrize(
    ("_case", "code", "now", "expected"),
    [
        ("unknown", "SPRING", NOON, ErrorCode.UNKNOWN_PROMO_CODE),
        ("malformed", "'; drop", NOON, ErrorCode.UNKNOWN_PROMO_CODE),
        ("before the window", "WINTER-26", NOON - timedelta(days=2), ErrorCode.PROMO_CODE_EXPIRED),
        ("after the window", "WINTER-26", NOON + timedelta(days=1), ErrorCode.PROMO_CODE_EXPIRED),
    ],
)
async def test_codes_that_cannot_be_redeemed_have_stable_codes(
    _case: str, code: str, now: datetime, expected: ErrorCode
) -> None:
    await _campaign()
    someone = await make_member()
    with pytest.raises(DomainError) as refused:
        await promo_codes_redeem.redeem(member_id=someone.id, code=code, key="k", now=now)
    assert (refused.value.code, refused.value.field) == (expected, "code")
    assert await Coupon.all().count() == 0


async def test_a_retired_campaign_refuses_its_codes() -> None:
    campaign = await _campaign()
    await promo_codes.retire_campaign(campaign)
    someone = await make_member()
    with pytest.raises(DomainError) as refused:
        await promo_codes_redeem.redeem(member_id=someone.id, code="WINTER-26", key="k", now=NOON)
    assert refused.value.code == ErrorCode.PROMO_CODE_EXPIRED


async def test_unique_codes_are_generated_imported_and_each_redeemed_once() -> None:
    campaign = await _campaign(PromoKind.UNIQUE, per_member_limit=10)
    added = await promo_codes.generate_codes(campaign, CodeFormat(prefix="GIFT-", length=8), 50)
    assert added == 50 and await PromoCode.filter(campaign_id=campaign).count() == 50
    codes = await PromoCode.filter(campaign_id=campaign).values_list("code", flat=True)
    assert all(str(c).startswith("GIFT-") and not set(str(c)[5:]) & set("0O1IL") for c in codes)
    imported = await promo_codes.import_codes(
        campaign, f"code\nabc-123\nABC-123\nx\n{codes[0]}\nDEF-456\n"
    )
    assert imported.loaded == 2
    assert [(p.line, p.reason) for p in imported.rejected] == [
        (3, "repeats line 2"),
        (4, "not a code: 3 to 32 of A-Z, 0-9, - and _"),
        (5, "the code exists"),
    ]
    someone, other = await make_member(), await make_member()
    results = await asyncio.gather(
        *(
            promo_codes_redeem.redeem(member_id=m.id, code="abc-123", key=f"{m.id}-{n}", now=NOON)
            for m in (someone, other)
            for n in range(3)
        ),
        return_exceptions=True,
    )
    assert sum(not isinstance(r, BaseException) for r in results) == 1
    assert {r.code for r in results if isinstance(r, DomainError)} == {ErrorCode.PROMO_CODE_USED_UP}


async def test_attempts_past_the_minutes_allowance_are_rate_limited() -> None:
    someone = await make_member()
    for _ in range(10):
        await promo_codes_redeem.check_attempts(someone.id, NOON)
    with pytest.raises(DomainError) as limited:
        await promo_codes_redeem.check_attempts(someone.id, NOON)
    assert limited.value.code == ErrorCode.RATE_LIMITED
    await promo_codes_redeem.check_attempts(someone.id, NOON + timedelta(minutes=1))


@pytest.mark.parametrize(
    ("_case", "spec", "count", "fields"),
    [
        ("short", CodeFormat(length=3), 10, ["length"]),
        ("too many for the space", CodeFormat(charset="ABCDEFGHJK", length=6), 10_000, ["length"]),
        ("bad charset", CodeFormat(charset="abc"), 10, ["charset"]),
        ("zero", CodeFormat(), 0, ["count"]),
    ],
)
def test_formats_that_cannot_make_sparse_codes_are_refused(
    _case: str, spec: CodeFormat, count: int, fields: list[str]
) -> None:
    with pytest.raises(DomainError) as refused:
        promo_codes_rules.check_format(spec, count)
    assert [e.field for e in getattr(refused.value, "errors", [refused.value])] == fields


@given(
    prefix=st.sampled_from(["", "A-", "VIP"]),
    length=st.integers(min_value=6, max_value=12),
    count=st.integers(min_value=1, max_value=300),
)
def test_generated_codes_are_distinct_and_follow_the_format(
    prefix: str, length: int, count: int
) -> None:
    codes = promo_codes_rules.generate(CodeFormat(prefix=prefix, length=length), count)
    assert len(set(codes)) == count
    assert all(c.startswith(prefix) and len(c) == len(prefix) + length for c in codes)
    assert all(set(c[len(prefix) :]) <= set(promo_codes_rules.UNAMBIGUOUS) for c in codes)
    assert all(promo_codes_rules.is_valid_code(c) for c in codes)
