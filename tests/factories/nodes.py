"""One object of every type node(id:) fetches, the member-owned ones held by one member."""

from __future__ import annotations

import itertools
from datetime import timedelta

from domain.benefits.models import (
    Appointment,
    Benefit,
    BenefitGrant,
    BenefitKind,
    CardTemplate,
    MemberCard,
)
from domain.campaigns.models import Campaign, CampaignMode, InboxMessage, StrategyNote
from domain.catalog.models import Brand, Category, Item, Store
from domain.clock import business_today, utc_now
from domain.engagement.mall_models import MallOrder, MallOrderStatus
from domain.engagement.promo_codes_models import PromoCampaign, PromoKind
from domain.jobs import Job
from domain.ledger.models import Account, Entry, EntryKind
from domain.levels.models import PaidMembership, PaidPlan, PlanStatus
from domain.orders.models import Event, Refund
from domain.payments.models import (
    ExternalRefund,
    PaymentMethod,
    ProductKind,
    Purchase,
    PurchaseStatus,
)
from domain.points.models import EarningRule, EventBonusRule, Promotion, Receipt
from domain.segments.models import IdentityList, Segment, SegmentSnapshot
from domain.tags.models import TagCategory, TagDefinition, TagKind
from domain.wallet.models import Payment, RechargeRule
from tests.factories.activity import make_catalogue, make_order
from tests.factories.benefits import grant_benefit_and_card
from tests.factories.coupons import issue_coupons

_numbers = itertools.count(1)


async def make_owned(member_id: int) -> dict[str, int]:
    """One of each member-owned object for the member, by GraphQL type name."""
    n = next(_numbers)
    if not await Brand.filter(code="OTHER").exists():
        await make_catalogue()
    order_id = await make_order(member_id, days_ago=1)
    (coupon,) = await issue_coupons(member_id, 1)
    await grant_benefit_and_card(member_id)
    grant = await BenefitGrant.filter(member_id=member_id).order_by("-id").first()
    card = await MemberCard.filter(member_id=member_id).order_by("-id").first()
    assert grant is not None and card is not None
    plan, _ = await PaidPlan.get_or_create(
        code="PLUS",
        defaults={"name": "Plus", "audience": "ALL", "price_cents": 100, "validity_days": 30},
    )
    today = business_today()
    membership = await PaidMembership.create(
        member_id=member_id,
        plan_id=plan.id,
        idempotency_key=f"node-plan-{n}",
        starts_on=today,
        ends_on=today + timedelta(days=30),
        price_cents=100,
        paid_cents=100,
        status=PlanStatus.ACTIVE,
    )
    purchase = await Purchase.create(
        member_id=member_id,
        product_kind=ProductKind.PLAN,
        product_code="PLUS",
        method=PaymentMethod.WALLET,
        status=PurchaseStatus.PAID,
        idempotency_key=f"node-purchase-{n}",
    )
    payment = await Payment.create(
        member_id=member_id,
        idempotency_key=f"node-pay-{n}",
        order_ref=f"REF-{n}",
        amount_cents=100,
        principal_cents=100,
        bonus_cents=0,
    )
    refund = await Refund.create(
        order_id=order_id, refund_no=f"RF-{n}", amount_cents=100, refunded_at=utc_now()
    )
    receipt = await Receipt.create(
        member_id=member_id,
        store_code="S1",
        receipt_no=f"R-{n}",
        amount_cents=100,
        purchased_at=utc_now(),
        fingerprint=f"node-receipt-{n}",
    )
    exchange = await MallOrder.create(
        member_id=member_id,
        goods_id=1,
        quantity=1,
        point_type="POINTS",
        points=10,
        status=MallOrderStatus.PENDING_SHIPMENT,
        idempotency_key=f"node-mall-{n}",
        day=business_today(),
        created_at=utc_now(),
    )
    message = await InboxMessage.create(
        member_id=member_id, title="t", body="b", created_at=utc_now()
    )
    point_entry = await _entry(member_id, "POINTS:POINTS", f"node-points-{n}")
    wallet_entry = await _entry(member_id, "WALLET:PRINCIPAL", f"node-wallet-{n}")
    event = await Event.create(
        event_id=f"node-event-{n}", name="view", occurred_at=utc_now(), member_id=member_id
    )
    appointment = await Appointment.create(grant_id=grant.id, slot_at=utc_now() + timedelta(days=1))
    return {
        "InboxMessage": message.id,
        "Member": member_id,
        "Order": order_id,
        "PointEntry": point_entry,
        "WalletEntry": wallet_entry,
        "TimelineEntry": event.id * 2,
        "Appointment": appointment.id,
        "Refund": refund.id,
        "Coupon": coupon.id,
        "BenefitGrant": grant.id,
        "MemberCard": card.id,
        "PaidMembership": membership.id,
        "Purchase": purchase.id,
        "WalletPayment": payment.id,
        "Receipt": receipt.id,
        "MallOrder": exchange.id,
    }


async def _entry(member_id: int, asset: str, key: str) -> int:
    """A ledger entry of 100 on the member's account of the asset."""
    account, _ = await Account.get_or_create(member_id=member_id, asset=asset)
    entry = await Entry.create(
        account_id=account.id, kind=EntryKind.CREDIT, amount=100, idempotency_key=key
    )
    return entry.id


async def make_shared() -> dict[str, int]:
    """One of each object no member owns, by GraphQL type name."""
    n = next(_numbers)
    now = utc_now()
    campaign = await Campaign.create(
        name=f"Campaign {n}",
        owner="test",
        starts_at=now,
        ends_at=now + timedelta(days=1),
        audience={"kind": "EVERYONE"},
        mode=CampaignMode.ONE_SHOT,
    )
    segment = await Segment.create(
        name=f"Segment {n}",
        definition={"tag": {"tag_code": "city", "op": "EQUALS", "values": ["Beijing"]}},
        created_by="test",
    )
    category = await TagCategory.create(code=f"node{n}", name=f"Node {n}")
    tag = await TagDefinition.create(
        code=f"node_tag_{n}",
        name="Tag",
        owner="test",
        kind=TagKind.ATTRIBUTE,
        rule={"field": "city"},
    )
    item_category = await Category.create(code=f"NODE-CAT-{n}", name="Category")
    brand = await Brand.create(code=f"NODE-BRAND-{n}", name="Brand")
    item = await Item.create(code=f"NODE-SKU-{n}", name="Item", price_cents=100)
    store = await Store.create(code=f"NODE-STORE-{n}", name="Store")
    job = await Job.create(name="system.probe")
    snapshot = await SegmentSnapshot.create(
        segment_id=segment.id, definition={}, size=0, bitmap=b"", created_by="test"
    )
    note = await StrategyNote.create(strategy="Coupon", outcome="Worked", created_by="test")
    promo = await PromoCampaign.create(
        name=f"Promo {n}",
        kind=PromoKind.UNIQUE,
        coupon_template="NODE",
        starts_at=now,
        ends_at=now + timedelta(days=1),
        created_by="test",
    )
    purchase = await Purchase.create(
        member_id=0,
        product_kind=ProductKind.PLAN,
        product_code="PLUS",
        method=PaymentMethod.EXTERNAL,
        status=PurchaseStatus.REFUNDED,
        idempotency_key=f"node-external-{n}",
    )
    external = await ExternalRefund.create(
        purchase_id=purchase.id,
        payment_no=f"PAY-{n}",
        amount_cents=100,
        idempotency_key=f"node-refund-{n}",
        reason="test",
    )
    rule = await EarningRule.create(point_type_id=1, name=f"Rule {n}", points=1, per_cents=100)
    promotion = await Promotion.create(
        point_type_id=1,
        name=f"Promotion {n}",
        numerator=2,
        starts_at=now,
        ends_at=now + timedelta(days=1),
    )
    bonus = await EventBonusRule.create(point_type_id=1, event_name=f"node_{n}", points=5)
    benefit = await Benefit.create(
        code=f"NODE-BENEFIT-{n}", name="Benefit", kind=BenefitKind.SERVICE, config={}
    )
    template = await CardTemplate.create(
        code=f"NODE-CARD-{n}", name="Card", price_cents=100, validity_months=1, drops=[]
    )
    plan = await PaidPlan.create(
        code=f"NODE-PLAN-{n}", name="Plan", audience="ALL", price_cents=100, validity_days=30
    )
    recharge = await RechargeRule.create(name=f"Recharge {n}", pay_cents=1000, bonus_cents=100)
    identity_list = await IdentityList.create(
        name=f"List {n}", row_count=0, member_count=0, bitmap=b"", uploaded_by="test"
    )
    return {
        "EarningRule": rule.id,
        "Promotion": promotion.id,
        "EventBonus": bonus.id,
        "Benefit": benefit.id,
        "BenefitCardTemplate": template.id,
        "PaidPlan": plan.id,
        "RechargeRule": recharge.id,
        "IdentityList": identity_list.id,
        "Campaign": campaign.id,
        "Segment": segment.id,
        "Tag": tag.id,
        "TagCategory": category.id,
        "Item": item.id,
        "Store": store.id,
        "Category": item_category.id,
        "Brand": brand.id,
        "Job": job.id,
        "PromoCampaign": promo.id,
        "SegmentSnapshot": snapshot.id,
        "StrategyNote": note.id,
        "ExternalRefund": external.id,
    }
