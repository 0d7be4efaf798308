"""Shared set-up for the payment tests: a plan with benefits, a card, money and points."""

from __future__ import annotations

from domain.benefits import card_templates
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from domain.levels import paid as paid_service
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points import reads as points_reads
from domain.points.models import PointKind
from domain.wallet import service as wallet_service
from tests.factories import make_member

BUY_PLAN = """mutation($i: PurchasePaidPlanInput!) { purchasePaidPlan(input: $i) {
  membership { id planCode paidCents status }
  purchase { id method status amountCents points paymentNo }
  errors { code field } } }"""
BUY_CARD = """mutation($i: PurchaseBenefitCardInput!) { purchaseBenefitCard(input: $i) {
  card { id status } purchase { id method status amountCents points }
  errors { code field } } }"""
CONFIRM = """mutation($i: ConfirmPaymentInput!) { confirmPayment(input: $i) {
  purchase { id status paymentNo amountCents } errors { code field } } }"""
REFUND_PLAN = """mutation($i: RefundPaidPlanInput!) { refundPaidPlan(input: $i) {
  membership { status refundedCents } errors { code field } } }"""
REFUND_CARD = """mutation($i: CardActionInput!) { refundBenefitCard(input: $i) {
  card { status refundedCents } errors { code field } } }"""

PLAN_PRICE = 36_500
PLAN_POINTS = 5_000
CARD_PRICE = 9_000


async def setup_products() -> None:
    """POINTS, a lounge benefit, a plan granting it (money or points) and a parking card."""
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    for code in ("LOUNGE", "PARKING"):
        await benefits_service.define_benefit(
            code=code, name=code, kind=BenefitKind.CUSTOM, redeem_method=RedeemMethod.SCAN
        )
    await paid_service.define_plan(
        code="FAMILY",
        name="Family",
        audience="family",
        tier=1,
        price_cents=PLAN_PRICE,
        validity_days=365,
        benefits=[{"benefit": "LOUNGE", "quantity": 4}],
        points_price=PLAN_POINTS,
    )
    await paid_service.define_plan(
        code="FAMILY_PLUS",
        name="Family plus",
        audience="family",
        tier=2,
        price_cents=2 * PLAN_PRICE,
        validity_days=365,
    )
    await card_templates.define_template(
        code="PARK3",
        name="Parking",
        price_cents=CARD_PRICE,
        validity_months=3,
        every="MONTH",
        drops=[{"benefit": "PARKING", "quantity": 3}],
        points_price=1_000,
    )


async def member_with(*, cents: int = 0, bonus: int = 0, points: int = 0) -> int:
    """A member with `cents` of principal and `bonus` of bonus in the wallet, and `points`."""
    m = await make_member()
    if bonus:
        await wallet_service.define_recharge_rule(name="bonus", pay_cents=cents, bonus_cents=bonus)
    if cents:
        await wallet_service.recharge(
            member_id=m.id, amount_cents=cents, channel="APP", key=f"r{m.id}", operator="t"
        )
    if points:
        await points_movements.credit_points(
            member_id=m.id,
            point_type_code="POINTS",
            points=points,
            key=f"p{m.id}",
            reason="t",
            operator="t",
        )
    return m.id


async def wallet_cents(member_id: int) -> tuple[int, int]:
    """(principal, bonus) re-read from the ledger."""
    b = await wallet_service.balances(member_id)
    return b.principal, b.bonus


async def points_of(member_id: int) -> int:
    """The member's POINTS balance re-read from the ledger."""
    for point_type, account in await points_reads.balances(member_id):
        if point_type.code == "POINTS":
            return account.available if account else 0
    return 0


def plan(key: str, method: str, **more: str) -> dict:
    """purchasePaidPlan variables."""
    return {
        "i": {
            "planCode": more.pop("code", "FAMILY"),
            "idempotencyKey": key,
            "paymentMethod": method,
            **more,
        }
    }


def card(key: str, method: str, **more: object) -> dict:
    """purchaseBenefitCard variables."""
    return {"i": {"templateCode": "PARK3", "idempotencyKey": key, "paymentMethod": method, **more}}
