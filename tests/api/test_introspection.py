"""The standard introspection query through the real app: every type, no error."""

from __future__ import annotations

import httpx
from graphql import (
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLSchema,
    build_client_schema,
    get_introspection_query,
)

from api.auth import mint_token
from api.settings import Settings
from domain.access import Role


def _input_field(schema: GraphQLSchema, type_name: str, field: str) -> GraphQLInputField:
    input_type = schema.get_type(type_name)
    assert isinstance(input_type, GraphQLInputObjectType), type_name
    return input_type.fields[field]


def _staff_headers() -> dict[str, str]:
    token = mint_token(Settings(), Role.STAFF, scopes=["*"])
    return {"Authorization": f"Bearer {token}"}


async def test_the_standard_introspection_query_returns_no_error(
    client: httpx.AsyncClient,
) -> None:
    # given the query GraphiQL and code generators send
    query = get_introspection_query(descriptions=True, input_value_deprecation=True)

    # when
    response = await client.post("/graphql", json={"query": query}, headers=_staff_headers())

    # then
    body = response.json()
    assert response.status_code == 200
    assert "errors" not in body
    client_schema = build_client_schema(body["data"])
    assert str(_input_field(client_schema, "DefineCouponTemplateInput", "rules").type) == (
        "CouponRulesInput"
    )
    assert str(_input_field(client_schema, "TrackEventInput", "properties").type) == "JSON"


async def test_a_type_is_introspected_by_name(client: httpx.AsyncClient) -> None:
    query = '{ __type(name: "SegmentDefinitionInput") { name kind inputFields { name } } }'

    response = await client.post("/graphql", json={"query": query}, headers=_staff_headers())

    body = response.json()
    assert "errors" not in body
    assert body["data"]["__type"]["kind"] == "INPUT_OBJECT"
    assert {"and", "or", "not"} <= {f["name"] for f in body["data"]["__type"]["inputFields"]}
