"""Benefit mutations return what they changed; staff read and retire benefits and cards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.access import Principal, Role
from domain.benefits import service as benefits_service
from domain.benefits.models import Appointment
from domain.config_history import ConfigChange
from domain.errors import NotFound
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """mutation($i: DefineBenefitInput!) { defineBenefit(input: $i) {
  id benefit { id code name kind active } errors { code field } } }"""
DEFINE_CARD = """mutation($i: DefineBenefitCardInput!) { defineBenefitCard(input: $i) {
  id cardTemplate { id code priceCents drops { benefit quantity } active } errors { code field } } }"""
BOOK = """mutation($i: BookBenefitInput!) { bookBenefit(input: $i) {
  id appointment { id grantId status storeCode } errors { code field } } }"""
CHANGE = """mutation($i: ChangeAppointmentInput!) { changeAppointment(input: $i) {
  appointment { id status } errors { code field } } }"""
RETIRE = """mutation($i: RetireInput!) { retireBenefit(input: $i) {
  benefit { code active } errors { code field } } }"""
RETIRE_CARD = """mutation($i: RetireInput!) { retireBenefitCard(input: $i) {
  cardTemplate { code active } errors { code field } } }"""
LISTS = """{ benefits(first: 10) { nodes { code active } }
  benefitCardTemplates { nodes { code } } appointments { nodes { status } } }"""
HISTORY = """query($id: ID!) { configHistory(objectType: BENEFIT, objectId: $id) {
  nodes { action before after } } }"""


async def _define(code: str = "PARK") -> dict:
    variables = {"i": {"code": code, "name": "Parking", "kind": "SERVICE"}}
    result = await gql(DEFINE, variables, STAFF)
    assert result.errors is None
    return result.data["defineBenefit"]


async def test_define_benefit_and_card_return_the_objects() -> None:
    # when staff define a benefit and a card dropping it
    benefit = await _define()
    card = await gql(
        DEFINE_CARD,
        {
            "i": {
                "code": "VIP",
                "name": "VIP card",
                "priceCents": 9900,
                "validityMonths": 12,
                "drops": [{"benefit": "PARK", "quantity": 1}],
            }
        },
        STAFF,
    )
    # then both payloads carry what was stored
    assert benefit["benefit"]["code"] == "PARK" and benefit["benefit"]["kind"] == "SERVICE"
    assert benefit["benefit"]["active"] is True and benefit["errors"] == []
    template = card.data["defineBenefitCard"]["cardTemplate"]
    assert template["code"] == "VIP" and template["priceCents"] == 9900
    assert template["drops"] == [{"benefit": "PARK", "quantity": 1}]


async def test_book_and_change_appointment_return_the_appointment() -> None:
    # given a member holding a grant of a service benefit
    await _define()
    m = await make_member()
    grant = await benefits_service.grant(
        member_id=m.id, benefit_code="PARK", quantity=1, source="test", key="g1"
    )
    slot = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    # when the member books and then cancels
    booked = await gql(
        BOOK, {"i": {"grantId": str(grant.id), "slotAt": slot, "storeCode": "BJ01"}}, member(m.id)
    )
    appointment = booked.data["bookBenefit"]["appointment"]
    changed = await gql(
        CHANGE, {"i": {"appointmentId": appointment["id"], "cancel": True}}, member(m.id)
    )
    # then each payload shows the appointment as it then stood
    assert appointment["grantId"] == encode_id("BenefitGrant", grant.id)
    assert appointment["status"] == "BOOKED" and appointment["storeCode"] == "BJ01"
    assert booked.data["bookBenefit"]["id"] == appointment["id"]
    assert appointment["id"] == encode_id("Appointment", (await Appointment.get()).id)
    assert changed.data["changeAppointment"] == {
        "appointment": {"id": appointment["id"], "status": "CANCELLED"},
        "errors": [],
    }
    lists = await gql(LISTS, principal=STAFF)
    assert lists.data["appointments"]["nodes"] == [{"status": "CANCELLED"}]


async def test_a_retired_benefit_is_granted_no_more_and_history_shows_it() -> None:
    # given a benefit
    defined = await _define()
    m = await make_member()
    # when staff retire it
    retired = await gql(RETIRE, {"i": {"id": defined["benefit"]["id"]}}, STAFF)
    # then it is listed as retired and granting it fails
    assert retired.data["retireBenefit"] == {
        "benefit": {"code": "PARK", "active": False},
        "errors": [],
    }
    with pytest.raises(NotFound):
        await benefits_service.grant(
            member_id=m.id, benefit_code="PARK", quantity=1, source="test", key="g2"
        )
    lists = await gql(LISTS, principal=STAFF)
    assert lists.data["benefits"]["nodes"] == [{"code": "PARK", "active": False}]
    history = await gql(HISTORY, {"id": defined["id"]}, STAFF)
    actions = [n["action"] for n in history.data["configHistory"]["nodes"]]
    assert actions == ["DEFINE", "RETIRE"]


async def test_a_retired_card_is_sold_no_more() -> None:
    await _define()
    card = await gql(
        DEFINE_CARD,
        {
            "i": {
                "code": "VIP",
                "name": "VIP",
                "priceCents": 100,
                "validityMonths": 1,
                "drops": [{"benefit": "PARK", "quantity": 1}],
            }
        },
        STAFF,
    )
    template_id = card.data["defineBenefitCard"]["cardTemplate"]["id"]
    retired = await gql(RETIRE_CARD, {"i": {"id": template_id}}, STAFF)
    assert retired.data["retireBenefitCard"]["cardTemplate"] == {"code": "VIP", "active": False}
    m = await make_member()
    buy = """mutation($i: PurchaseBenefitCardInput!) { purchaseBenefitCard(input: $i) {
      card { id } errors { code field } } }"""
    bought = await gql(
        buy,
        {"i": {"templateCode": "VIP", "idempotencyKey": "k1", "paymentMethod": "EXTERNAL"}},
        member(m.id),
    )
    assert bought.data["purchaseBenefitCard"]["errors"] == [
        {"code": "NOT_FOUND", "field": "templateCode"}
    ]
    assert await ConfigChange.filter(object_type="CardTemplate").count() == 2


@pytest.mark.parametrize(
    ("_case", "principal"),
    [
        ("member", member(1)),
        ("staff of another area", Principal(role=Role.STAFF, scopes=frozenset({"points:*"}))),
    ],
)
async def test_only_benefit_staff_read_and_retire(_case: str, principal: Principal) -> None:
    defined = await _define()
    for query, variables in [(LISTS, None), (RETIRE, {"i": {"id": defined["id"]}})]:
        result = await gql(query, variables, principal)
        assert result.data is None
        assert {e.extensions["code"] for e in result.errors} == {"FORBIDDEN"}
    lists = await gql(LISTS, principal=STAFF)
    assert lists.data["benefits"]["nodes"] == [{"code": "PARK", "active": True}]
