"""One id format, strict cursors, 64-bit-safe money and zone-aware date-times through the graph."""

from __future__ import annotations

import base64

import pytest

from domain.errors import ErrorCode
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from schema.errors import InputError
from schema.relay import decode_cursor, decode_id, encode_cursor, encode_id
from tests.factories import make_member
from tests.helpers import STAFF, gql, member


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_every_plain_numeric_id_is_read_as_a_number() -> None:
    # "2646" is also valid base64; plain ASCII digits are always a plain id
    assert all(decode_id(str(n), "Member", "memberId") == n for n in range(1, 10_000))


def test_global_ids_round_trip() -> None:
    assert decode_id(encode_id("Member", 2646), "Member", "memberId") == 2646
    assert decode_id(encode_id("Member", 2**63 - 1), "Member", "memberId") == 2**63 - 1


@pytest.mark.parametrize(
    "value",
    [
        "²",
        "٣",
        "0",
        "-1",
        str(2**63),
        "abc",
        "",
        _b64("Member:abc"),
        _b64("Member:٣"),
        _b64("Member:" + "9" * 25),
        _b64("Member:0"),
        _b64("Order:1"),
        _b64("Member"),
        "TWVtYmVyOjE",  # unpadded
    ],
)
def test_malformed_or_out_of_range_ids_are_invalid_id(value: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_id(value, "Member", "memberId")
    assert caught.value.code == ErrorCode.INVALID_ID
    assert caught.value.field == "memberId"


@pytest.mark.parametrize(
    "cursor",
    [_b64("cursor:" + "9" * 25), _b64("cursor:٣"), _b64("cursor:"), _b64("other:1"), "!!", "²"],
)
def test_bad_cursors_are_invalid_with_the_field(cursor: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_cursor(cursor, "after")
    assert (caught.value.code, caught.value.field) == (ErrorCode.INVALID, "after")


def test_cursors_round_trip_to_the_bigint_edge() -> None:
    assert decode_cursor(encode_cursor(2**63 - 1)) == 2**63 - 1


@pytest.mark.usefixtures("database")
async def test_points_above_two_to_the_31_read_through_the_graph() -> None:
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "NEVER"},
        cents_per_point=(1, 1),
    )
    someone = await make_member()
    big = 3_000_000_000
    await points_movements.credit_points(
        member_id=someone.id,
        point_type_code="POINTS",
        points=big,
        key="big",
        reason="test",
        operator="test",
    )

    mine = await gql("{ pointAccounts { available } }", principal=member(someone.id))
    liability = await gql("{ pointsLiability { points cents } }", principal=STAFF)

    assert mine.errors is None, mine.errors
    assert mine.data == {"pointAccounts": [{"available": big}]}
    assert liability.errors is None, liability.errors
    assert liability.data == {"pointsLiability": [{"points": big, "cents": big}]}


@pytest.mark.parametrize(
    ("value", "fragment"),
    [(1.5, "integer"), (2**53, "2**53"), (True, "integer"), ("1e3", "digits"), ("٣", "digits")],
)
async def test_big_int_refuses_floats_bools_and_out_of_range(value: object, fragment: str) -> None:
    result = await gql(
        "query($f: BigInt) { members(first: $f) { edges { cursor } } }", {"f": value}, STAFF
    )
    error = result.errors[0]
    assert error.extensions["code"] == "INVALID"
    assert error.extensions["field"] == "f"
    assert fragment in error.message


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2026-03-01T08:00:00", "time zone"),
        ("0000-01-01T00:00:00Z", "ISO 8601"),
        ("10000-01-01T00:00:00Z", "ISO 8601"),
        ("294277-01-01T00:00:00Z", "ISO 8601"),
        ("0001-01-01T00:00:00+14:00", "out of range"),
    ],
)
async def test_date_times_need_a_zone_and_a_range(value: str, fragment: str) -> None:
    result = await gql(
        "query($at: DateTime!) { pointsClearing(since: $at, until: $at) { nodes { pointType } } }",
        {"at": value},
        STAFF,
    )
    error = result.errors[0]
    assert error.extensions["code"] == "INVALID"
    assert error.extensions["field"] == "at"
    assert fragment in error.message


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize("rule_id", ["abc", "²", str(2**63)])
async def test_define_earning_rule_with_a_malformed_id_is_invalid_id(rule_id: str) -> None:
    query = """mutation($i: DefineEarningRuleInput!) {
      defineEarningRule(input: $i) { id errors { code field } } }"""
    variables = {
        "i": {"id": rule_id, "pointType": "POINTS", "name": "base", "points": 1, "perCents": 100}
    }
    result = await gql(query, variables, STAFF)

    assert result.errors is None, result.errors
    assert result.data["defineEarningRule"] == {
        "id": None,
        "errors": [{"code": "INVALID_ID", "field": "id"}],
    }


@pytest.mark.usefixtures("database")
async def test_plain_numeric_member_id_is_read_as_that_member() -> None:
    # "2646" decodes as base64 too; it must be read as member 2646 (none here), not refused
    result = await gql('{ orders(memberId: "2646", first: 1) { edges { cursor } } }', None, STAFF)

    assert result.errors is None, result.errors
    assert result.data == {"orders": {"edges": []}}
