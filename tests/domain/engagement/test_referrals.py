"""Referrals: a stable invite code, registration with it refused whole on abuse, each stage's
rewards paid once under concurrency, the monthly cap, the first paid order once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from domain.coupons.models import Coupon
from domain.engagement import referrals, referrals_config, referrals_reads
from domain.engagement.referrals_models import Referral, ReferralReward
from domain.engagement.referrals_rules import Party, RewardSpec, Stage
from domain.errors import DomainError, ErrorCode
from domain.members import erasure as members_erasure
from domain.members import registration as members_registration
from domain.members.models import Channel, IdentityKind, Member
from domain.members.rules import IdentityKey, normalise_identity
from domain.points import reads as points_reads
from tests.factories.coupons import make_template
from tests.factories.members import make_member, next_phone
from tests.factories.points import make_point_types

pytestmark = pytest.mark.usefixtures("database")

# 10:00 in Shanghai on Monday 7 December 2026
MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


async def _rule(**overrides: object) -> str:
    (code,) = await make_point_types(1, expiry_days=3650)
    await make_template("WELCOME", total_stock=1000, per_member_limit=10)
    rewards = {
        (Stage.REGISTERED, Party.REFERRER): RewardSpec(points=100),
        (Stage.REGISTERED, Party.INVITEE): RewardSpec(points=50, coupon="WELCOME"),
        (Stage.FIRST_ORDER, Party.REFERRER): RewardSpec(points=200, coupon="WELCOME"),
    }
    settings: dict[str, object] = {
        "point_type": code,
        "growth_point_type": None,
        "rewards": rewards,
        "monthly_cap": 0,
        "prefix_limit": 3,
        "operator": "staff-test",
        **overrides,
    }
    await referrals_config.define_rule(**settings)  # type: ignore[arg-type]  # the case's settings
    return code


async def _points(member_id: int, code: str) -> int:
    for point_type, account in await points_reads.balances(member_id):
        if point_type.code == code:
            return account.available if account else 0
    return 0


def _phone(value: str | None = None) -> IdentityKey:
    return normalise_identity(IdentityKind.PHONE, value or next_phone(), None)


async def _register(
    code: str, *identities: IdentityKey
) -> tuple[members_registration.Registration, Referral | None]:
    return await referrals.register_invited(
        invite_code=code,
        channel=Channel.MINI_PROGRAM,
        identities=list(identities) or [_phone()],
        profile=members_registration.Profile(),
        source=members_registration.Source(),
        operator="test",
        now=MORNING,
    )


async def test_the_invite_code_is_made_once_and_stays() -> None:
    someone = await make_member()
    codes = await asyncio.gather(*(referrals.invite_code_of(someone.id) for _ in range(10)))
    assert len(set(codes)) == 1 and len(codes[0]) == 8
    share = await referrals.share_of(someone.id)
    assert share.code == codes[0] and share.scene == f"i={codes[0]}"
    assert share.path == f"pages/invite/index?scene=i%3D{codes[0]}"
    assert share.qr_text == f"https://m.example.com/i/{codes[0]}"


async def test_registering_with_a_code_records_the_referrer_and_pays_both_once() -> None:
    points = await _rule()
    referrer = await make_member()
    code = await referrals.invite_code_of(referrer.id)
    phone = _phone()
    outcomes = await asyncio.gather(*(_register(code.lower(), phone) for _ in range(8)))
    invitee = outcomes[0][0].member.id
    assert {o[0].member.id for o in outcomes} == {invitee}
    assert all(o[1] is not None and o[1].referrer_id == referrer.id for o in outcomes)
    assert (await Member.get(id=invitee)).source_referrer_id == referrer.id
    assert await _points(referrer.id, points) == 100
    assert await _points(invitee, points) == 50
    assert await Coupon.filter(member_id=invitee).count() == 1
    assert await ReferralReward.all().count() == 2


@pytest.mark.parametrize(
    ("_case", "code"),
    [("unknown code", "NOSUCH22"), ("empty code", "")],
)
async def test_an_unknown_code_refuses_the_registration(_case: str, code: str) -> None:
    await _rule()
    with pytest.raises(DomainError) as refused:
        await _register(code)
    assert (refused.value.code, refused.value.field) == (
        ErrorCode.UNKNOWN_INVITE_CODE,
        "inviteCode",
    )
    assert await Member.all().count() == 0


async def test_self_referral_and_the_referrers_device_are_refused_and_change_nothing() -> None:
    await _rule()
    phone = next_phone()
    referrer = await make_member(phone=phone)
    device = normalise_identity(IdentityKind.DEVICE_ID, "device-1", None)
    await members_registration.register_member(
        channel=Channel.APP,
        identities=[_phone(phone), device],
        profile=members_registration.Profile(),
        source=members_registration.Source(),
        operator="test",
    )
    code = await referrals.invite_code_of(referrer.id)
    members_before = await Member.all().count()
    with pytest.raises(DomainError) as own:
        await _register(code, _phone(phone))
    with pytest.raises(DomainError) as same_device:
        await _register(code, _phone(), device)
    assert own.value.code == ErrorCode.SELF_REFERRAL
    assert same_device.value.code == ErrorCode.SAME_DEVICE_AS_REFERRER
    assert await Member.all().count() == members_before
    assert await Referral.all().count() == 0


async def test_a_loop_back_to_ones_own_referrer_is_refused() -> None:
    await _rule()
    a_phone = next_phone()
    a = await make_member(phone=a_phone)
    b_registration, _ = await _register(await referrals.invite_code_of(a.id))
    b_code = await referrals.invite_code_of(b_registration.member.id)
    with pytest.raises(DomainError) as loop:
        await _register(b_code, _phone(a_phone))
    assert loop.value.code == ErrorCode.REFERRAL_LOOP
    assert await Referral.filter(invitee_id=a.id).count() == 0


async def test_a_batch_of_one_phone_prefix_in_a_day_is_refused_past_the_limit() -> None:
    await _rule(prefix_limit=2)
    referrer = await make_member()
    code = await referrals.invite_code_of(referrer.id)
    phones = [f"1391234{n:04d}" for n in range(5)]
    results = await asyncio.gather(
        *(_register(code, _phone(p)) for p in phones), return_exceptions=True
    )
    refused = [r for r in results if isinstance(r, DomainError)]
    assert len(refused) == 3
    assert {r.code for r in refused} == {ErrorCode.PHONE_PREFIX_BATCH}
    assert await Referral.filter(referrer_id=referrer.id).count() == 2
    # a retry of a recorded referral and another prefix still register
    done = next(p for p, r in zip(phones, results, strict=True) if not isinstance(r, DomainError))
    again, referral = await _register(code, _phone(done))
    assert again.created is False and referral is not None
    await _register(code, _phone("13800000001"))


async def test_the_referrers_monthly_cap_withholds_its_rewards_not_the_invitees() -> None:
    points = await _rule(monthly_cap=2, prefix_limit=100)
    referrer = await make_member()
    code = await referrals.invite_code_of(referrer.id)
    results = await asyncio.gather(*(_register(code) for _ in range(5)))
    assert await _points(referrer.id, points) == 200
    assert all(await asyncio.gather(*(_points(r[0].member.id, points) for r in results)))
    assert await ReferralReward.filter(party="REFERRER", capped=True).count() == 3


async def test_the_first_paid_order_pays_once_and_later_orders_nothing() -> None:
    points = await _rule()
    referrer = await make_member()
    registration, referral = await _register(await referrals.invite_code_of(referrer.id))
    invitee = registration.member.id
    paid = await asyncio.gather(
        *(
            referrals.reward_first_order(order_id=n % 2 + 1, member_id=invitee, now=MORNING)
            for n in range(10)
        )
    )
    assert sum(bool(p) for p in paid) == 1
    assert await _points(referrer.id, points) == 300
    assert await Coupon.filter(member_id=referrer.id).count() == 1
    assert await referrals.reward_first_order(order_id=3, member_id=invitee, now=MORNING) == []
    assert referral is not None
    view = await referrals_reads.invitees_page(referrer.id, before_id=None, limit=10)
    assert [(v.points, v.coupons, v.first_order_at is not None) for v in view] == [(300, 1, True)]
    assert view[0].phone is not None and "****" in view[0].phone
    lines = await referrals_reads.report(start=MORNING.date(), end=MORNING.date())
    assert [
        (x.referrer_id, x.invited, x.registered, x.first_orders, x.points, x.coupons) for x in lines
    ] == [(referrer.id, 1, 1, 1, 350, 2)]


async def test_erasing_an_invitee_forgets_its_phone_but_keeps_the_referral() -> None:
    await _rule()
    referrer = await make_member()
    registration, _ = await _register(await referrals.invite_code_of(referrer.id))
    await members_erasure.erase_member(member_id=registration.member.id, operator="test")
    referral = await Referral.get(invitee_id=registration.member.id)
    assert referral.phone_prefix is None
    view = await referrals_reads.invitees_page(referrer.id, before_id=None, limit=10)
    assert [v.phone for v in view] == [None]


async def test_a_bad_rule_is_refused_whole() -> None:
    with pytest.raises(DomainError) as refused:
        await referrals_config.define_rule(
            point_type="NOPE",
            growth_point_type=None,
            rewards={
                (Stage.REGISTERED, Party.REFERRER): RewardSpec(points=-1, growth=5, coupon="NONE")
            },
            monthly_cap=-1,
            prefix_limit=0,
            operator="staff",
        )
    fields = [e.field for e in getattr(refused.value, "errors", [refused.value])]
    assert fields == [
        "pointType",
        "registered.referrer.points",
        "registered.referrer.growth",
        "registered.referrer.coupon",
        "monthlyCap",
        "prefixLimit",
    ]
