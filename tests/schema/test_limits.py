"""Query limits through the schema: cost budgets by role, limiter codes, no suggestions, and
query text logged without its literals."""

from __future__ import annotations

import logging

import pytest
from graphql import parse

from domain.catalog.models import Category, Item
from schema.build import build_schema, schema
from schema.context import Context
from schema.cost import DEFAULT_BUDGETS, operation_cost
from tests.factories import make_member, make_slot
from tests.helpers import STAFF, gql, member
from tests.limit_queries import MEMBER_HOME, attack_query

ITEMS = "query($n: BigInt) { items(first: $n) { nodes { id name category { name } } } }"


def _cost(query: str, variables: dict | None = None) -> int:
    return operation_cost(schema._schema, parse(query), None, variables)


@pytest.mark.parametrize(
    ("_case", "query", "variables", "expected"),
    [
        # root 25 + connection 1 + 100 nodes x (object 1)
        ("scalars are free", "{ items(first: 100) { nodes { id name } } }", None, 126),
        # ... x (object 1 + category: object 1 + resolver 2)
        ("async object field", ITEMS, {"n": 100}, 25 + 1 + 100 * 4),
        ("page size from a variable", ITEMS, {"n": 5}, 25 + 1 + 5 * 4),
        ("default page size", ITEMS, None, 25 + 1 + 20 * 4),
        ("over the cap is refused by the resolver", ITEMS, {"n": 5000}, 25 + 1 + 1 * 4),
        (
            "a clamping resolver counts the cap",
            '{ segment(id: "1") { history(first: 5000) { size } } }',
            None,
            25 + 1 + 2 + 366 * 1,
        ),
        (
            "fragments and aliases",
            "query { a: items(first: 10) { ...I } b: items(first: 10) { ...I } }"
            " fragment I on ItemConnection { edges { node { id } } }",
            None,
            2 * (25 + 1 + 10 * 2),
        ),
        # 20 children per category level by default: multiplication nests
        (
            "nested lists multiply",
            "{ items(first: 10) { nodes { category { children { children { id } } } } } }",
            None,
            25 + 1 + 10 * (1 + 3 + 2 + 20 * (1 + 2 + 20 * 1)),
        ),
        (
            "a mutation costs more",
            'mutation { claimCoupon(input: {templateCode: "C", '
            'idempotencyKey: "k"}) { coupon { id } errors { code } } }',
            None,
            251 + 1 + 1,
        ),
    ],
)
def test_cost_of_operations(_case: str, query: str, variables: dict | None, expected: int) -> None:
    assert _cost(query, variables) == expected


@pytest.mark.usefixtures("database")
async def test_attack_query_is_refused_before_execution_with_its_cost() -> None:
    # given a member and the 30 aliased item pages with a six-level category walk
    m = await make_member()
    query = attack_query(aliases=30, depth=6, first=100)
    # when
    result = await gql(query, principal=member(m.id))
    # then
    assert result.data is None
    assert len(result.errors) == 1
    error = result.errors[0]
    assert error.extensions == {
        "code": "QUERY_TOO_COSTLY",
        "cost": _cost(query),
        "budget": DEFAULT_BUDGETS["member"],
    }
    assert error.extensions["cost"] == 103_578_780  # 30 x 100 items, three levels of 20 children


@pytest.mark.usefixtures("database")
async def test_member_home_query_is_allowed() -> None:
    # given a member, a small catalogue and a home slot
    m = await make_member(name="Lin")
    category = await Category.create(code="SKIN", name="Skin")
    for i in range(3):
        await Item.create(
            code=f"SKU{i}", name=f"Item {i}", category_id=category.id, price_cents=100
        )
    await make_slot("home_feed", "POPULAR")
    assert _cost(MEMBER_HOME, {"slot": "home_feed"}) <= DEFAULT_BUDGETS["member"]
    # when
    result = await gql(MEMBER_HOME, {"slot": "home_feed"}, member(m.id))
    # then
    assert result.errors is None
    assert result.data["me"]["name"] == "Lin"
    assert result.data["myCoupons"]["edges"] == []


@pytest.mark.usefixtures("database")
async def test_budget_depends_on_the_role() -> None:
    # given a query over the member budget and under the staff one
    m = await make_member()
    query = "{ items(first: 100) { nodes { category { parent { id } } brand { id } } } }"
    assert DEFAULT_BUDGETS["member"] < _cost(query) < DEFAULT_BUDGETS["staff"]
    # when
    as_member = await gql(query, principal=member(m.id))
    as_staff = await gql(query, principal=STAFF)
    # then
    assert as_member.errors[0].extensions["code"] == "QUERY_TOO_COSTLY"
    assert as_staff.errors is None
    assert as_staff.data == {"items": {"nodes": []}}


@pytest.mark.usefixtures("database")
async def test_budgets_are_configurable() -> None:
    tight = build_schema(cost_budgets={"staff": 50})
    result = await tight.execute(
        ITEMS, variable_values={"n": 20}, context_value=Context(principal=STAFF, request_id="t")
    )
    assert result.errors is not None
    assert result.errors[0].extensions == {"code": "QUERY_TOO_COSTLY", "cost": 106, "budget": 50}


async def test_token_limit_has_a_code() -> None:
    query = "{ " + " ".join(f'a{i}: job(id: "1") {{ status }}' for i in range(1500)) + " }"
    result = await gql(query, principal=STAFF)
    assert len(result.errors) == 1
    assert result.errors[0].extensions == {"code": "QUERY_TOO_COMPLEX"}


async def test_syntax_error_has_a_code() -> None:
    result = await gql("{ job(id: ", principal=STAFF)
    assert result.errors[0].extensions == {"code": "GRAPHQL_PARSE_FAILED"}


@pytest.mark.parametrize(
    ("_case", "query", "suggestion"),
    [
        ("field", 'mutation { eraseMembr(id: "1") { errors { code } } }', "eraseMember"),
        ("argument", '{ job(idd: "1") { status } }', "'id'"),
        ("type field", '{ job(id: "1") { statuss } }', "'status'"),
    ],
)
async def test_suggestions_only_in_debug(_case: str, query: str, suggestion: str) -> None:
    # when
    normal = await gql(query, principal=STAFF)
    debug = await build_schema(debug=True).execute(
        query, context_value=Context(principal=STAFF, request_id="t", debug=True)
    )
    # then
    assert "Did you mean" not in normal.errors[0].message
    assert suggestion not in normal.errors[0].message
    assert normal.errors[0].extensions["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert debug.errors is not None and "Did you mean" in debug.errors[0].message


@pytest.mark.usefixtures("database")
async def test_failing_query_does_not_log_the_phone_number(caplog) -> None:
    # given queries that fail with a phone number in a literal and in the variables
    caplog.set_level(logging.DEBUG)
    phone = "13912345678"
    queries = [
        (f'{{ member(identity: {{kind: PHONE, value: "{phone}"}}) {{ id nope }} }}', None),
        (f"{{ member(identity: {{kind: PHONE, value: {phone}}}) {{ id }} }}", None),
        (f'{{ member(identity: {{kind: PHONE, value: "{phone}"}}) {{ id ', None),
        (
            'query($v: String!) { member(identity: {kind: PHONE, value: $v}, code: "x") { id } }',
            {"v": phone},
        ),
    ]
    # when
    for query, variables in queries:
        result = await gql(query, variables, STAFF)
        assert result.errors
    # then the errors were logged, without the number
    assert caplog.records
    assert phone not in caplog.text
    assert "***" in caplog.text
