"""Staff scopes: every staff-reachable root field names one, and a narrow token stays narrow."""

from __future__ import annotations

from typing import Any

import pytest
from strawberry.types.base import get_object_definition

from domain.access import Principal, Role, Scope
from domain.coupons import issuing as coupons_issuing
from domain.coupons.models import Coupon
from domain.members.models import Member
from domain.wallet import service as wallet_service
from schema.build import schema
from schema.relay import encode_id
from tests.factories import make_member, make_template, next_phone
from tests.helpers import STAFF, gql


def _staff(*scopes: str) -> Principal:
    return Principal(role=Role.STAFF, scopes=frozenset(scopes), subject="staff-scoped")


COUPONS_READER = _staff("coupons:read")
MEMBERS_READER = _staff("members:read")
COUPONS_AREA = _staff("coupons:*")

RECHARGE = """mutation($m: ID!) { rechargeWallet(input: {memberId: $m, amountCents: 10000,
  channel: "APP", idempotencyKey: "r-1"}) { wallet { balanceCents } errors { code field } } }"""
ISSUE = """mutation($m: [ID!]!) { issueCoupons(input: {templateCode: "T", memberIds: $m,
  idempotencyKey: "b-1"}) { results { coupon { id } error { code } } errors { code } } }"""
REGISTER = """mutation($p: String!) { registerMember(input: {channel: POS,
  identities: [{kind: PHONE, value: $p}]}) { member { id } errors { code field } } }"""
MEMBER = "query($id: ID) { member(id: $id) { name identities { kind value } } }"
ANALYTICS = """{ couponAnalytics(since: "2000-01-01T00:00:00Z", until: "2100-01-01T00:00:00Z",
  by: TEMPLATE) { rows { key issued } } }"""


def _staff_reachable_fields() -> list[tuple[str, str, tuple[Scope, ...]]]:
    """(operation kind, field name, declared scopes) of every root field staff can reach."""
    found = []
    for kind, root in (("query", schema.query), ("mutation", schema.mutation)):
        for field in get_object_definition(root, strict=True).fields:
            gates = field.permission_classes
            # A field with no gate at all is open to everyone, staff included.
            if gates and not any(Role.STAFF in getattr(g, "roles", ()) for g in gates):
                continue
            declared = tuple(s for g in gates for s in getattr(g, "scopes", ()))
            found.append((kind, field.python_name, declared))
    return found


def test_every_root_field_reachable_by_staff_declares_a_scope() -> None:
    # given the built schema
    fields = _staff_reachable_fields()
    # then each staff-reachable root field names a scope
    assert len(fields) > 90
    assert [f"{kind} {name}" for kind, name, scopes in fields if not scopes] == []


def test_queries_need_read_scopes_and_mutations_write_scopes() -> None:
    # given the built schema
    fields = _staff_reachable_fields()

    # then queries ask for read scopes (configuration reads also admit the area's config
    # scope) and mutations for scopes that allow change; the history of configuration changes
    # is for those who may change it
    def fits(kind: str, name: str, scope: Scope) -> bool:
        if kind == "mutation":
            return not scope.is_read
        return scope.is_read or scope.value.endswith(":config") or name == "config_history"

    wrong = [
        f"{kind} {name}: {', '.join(scopes)}"
        for kind, name, scopes in fields
        if not all(fits(kind, name, s) for s in scopes)
    ]
    assert wrong == []


def test_principal_scope_rules() -> None:
    # then a scope is held by name, by its area wildcard, or by "*"; unscoped staff hold none
    assert COUPONS_READER.has_scope(Scope.COUPONS_READ)
    assert not COUPONS_READER.has_scope(Scope.COUPONS_WRITE)
    assert COUPONS_AREA.has_scope(Scope.COUPONS_CONFIG)
    assert not COUPONS_AREA.has_scope(Scope.WALLET_READ)
    assert STAFF.has_scope(Scope.MEMBERS_ERASE)
    assert not _staff().has_scope(Scope.JOBS_READ)
    assert not Principal(role=Role.SERVICE).has_scope(Scope.JOBS_READ)
    # and unmasked personal data for staff follows members:pii; service keeps it
    assert [p.sees_personal_data for p in (MEMBERS_READER, _staff("members:pii"), STAFF)] == [
        False,
        True,
        True,
    ]
    assert Principal(role=Role.SERVICE).sees_personal_data
    assert not Principal(role=Role.BI).sees_personal_data


@pytest.mark.parametrize("value", ["coupon:read", "coupons:delete", "nothing:*", "", "members"])
def test_unknown_scopes_are_refused(value: str) -> None:
    with pytest.raises(ValueError, match="unknown scope"):
        _staff(value)


async def _balance(member_id: int) -> int:
    found = await wallet_service.balances(member_id)
    return found.principal + found.bonus


def _code(result: Any) -> str | None:
    return result.errors[0].extensions["code"] if result.errors else None


@pytest.mark.usefixtures("database")
async def test_coupons_read_token_cannot_move_value_register_or_see_phones() -> None:
    # given a member with a phone and an active coupon template
    phone = next_phone()
    m = await make_member(phone=phone, name="Li Na")
    gid = encode_id("Member", m.id)
    await make_template("T", total_stock=10)
    # when a coupons:read token tries to recharge, issue and register
    recharge = await gql(RECHARGE, {"m": gid}, COUPONS_READER)
    issue = await gql(ISSUE, {"m": [str(m.id)]}, COUPONS_READER)
    register = await gql(REGISTER, {"p": next_phone()}, COUPONS_READER)
    read = await gql(MEMBER, {"id": gid}, COUPONS_READER)
    # then every one is FORBIDDEN and nothing was written
    assert [_code(r) for r in (recharge, issue, register, read)] == ["FORBIDDEN"] * 4
    assert [r.data for r in (recharge, issue, register)] == [None] * 3
    assert read.data == {"member": None}
    assert await _balance(m.id) == 0
    assert await Coupon.all().count() == 0
    assert await Member.all().count() == 1


@pytest.mark.usefixtures("database")
async def test_coupons_read_token_reads_coupon_analytics() -> None:
    # given one issued coupon
    m = await make_member()
    await make_template("T", total_stock=10)
    await coupons_issuing.issue_coupon(
        member_id=m.id, template_code="T", key="k", source="ISSUE", operator="t"
    )
    # when a coupons:read token and an analytics:read token read the analytics
    results = [
        await gql(ANALYTICS, principal=p) for p in (COUPONS_READER, _staff("analytics:read"))
    ]
    # then both see the row
    for result in results:
        assert result.errors is None
        assert result.data["couponAnalytics"]["rows"] == [{"key": "T", "issued": 1}]


@pytest.mark.parametrize(("_case", "principal"), [("all", STAFF), ("area", COUPONS_AREA)])
@pytest.mark.usefixtures("database")
async def test_wide_tokens_issue_coupons(_case: str, principal: Principal) -> None:
    # given a member and a template
    m = await make_member()
    await make_template("T", total_stock=10)
    # when a "*" or "coupons:*" token issues a coupon
    result = await gql(ISSUE, {"m": [str(m.id)]}, principal)
    # then it is issued
    assert result.errors is None
    assert result.data["issueCoupons"]["results"][0]["error"] is None
    assert await Coupon.filter(member_id=m.id).count() == 1


@pytest.mark.usefixtures("database")
async def test_star_token_recharges_registers_and_reads_full_phone() -> None:
    # given a member with a phone
    phone = next_phone()
    m = await make_member(phone=phone, name="Li Na")
    gid = encode_id("Member", m.id)
    # when a "*" token recharges, registers and reads the member
    recharge = await gql(RECHARGE, {"m": gid}, STAFF)
    register = await gql(REGISTER, {"p": next_phone()}, STAFF)
    read = await gql(MEMBER, {"id": gid}, STAFF)
    # then all succeed, with the phone and name unmasked
    assert [r.errors for r in (recharge, register, read)] == [None] * 3
    assert recharge.data["rechargeWallet"]["errors"] == []
    assert await _balance(m.id) == 10_000
    assert register.data["registerMember"]["errors"] == []
    assert await Member.all().count() == 2
    assert read.data["member"] == {
        "name": "Li Na",
        "identities": [{"kind": "PHONE", "value": phone}],
    }


@pytest.mark.usefixtures("database")
async def test_members_read_without_pii_sees_masked_phone_and_name() -> None:
    # given a member with a phone
    phone = next_phone()
    m = await make_member(phone=phone, name="Li Na")
    # when staff holding members:read but not members:pii read the member and its portrait
    read = await gql(MEMBER, {"id": encode_id("Member", m.id)}, MEMBERS_READER)
    portrait = await gql(
        "query($id: ID!) { memberPortrait(memberId: $id) { identities { value } } }",
        {"id": encode_id("Member", m.id)},
        MEMBERS_READER,
    )
    # then the phone and name are masked
    masked = f"{phone[:3]}****{phone[-4:]}"
    assert read.data["member"] == {
        "name": "L****",
        "identities": [{"kind": "PHONE", "value": masked}],
    }
    assert portrait.data["memberPortrait"]["identities"] == [{"value": masked}]
