"""The standard introspection query through the real app: every type, no error."""

from __future__ import annotations

import httpx
from graphql import build_client_schema, get_introspection_query

from api.auth import mint_token
from api.settings import Settings
from domain.access import Role


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
    rules = client_schema.get_type("DefineCouponTemplateInput").fields["rules"]  # type: ignore[union-attr]
    assert str(rules.type) == "CouponRulesInput"
    properties = client_schema.get_type("TrackEventInput").fields["properties"]  # type: ignore[union-attr]
    assert str(properties.type) == "JSON"


async def test_a_type_is_introspected_by_name(client: httpx.AsyncClient) -> None:
    query = '{ __type(name: "SegmentDefinitionInput") { name kind inputFields { name } } }'

    response = await client.post("/graphql", json={"query": query}, headers=_staff_headers())

    body = response.json()
    assert "errors" not in body
    assert body["data"]["__type"]["kind"] == "INPUT_OBJECT"
    assert {"and", "or", "not"} <= {f["name"] for f in body["data"]["__type"]["inputFields"]}
