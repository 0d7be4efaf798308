"""Request bodies of the wrong shape get 400 BAD_REQUEST with a JSON error body, never a 500."""

from __future__ import annotations

import httpx
import pytest

from tests.api.test_http_surface import staff_headers

BAD_BODIES = [
    ("string", b'"query { __typename }"'),
    ("number", b"12"),
    ("null", b"null"),
    ("true", b"true"),
    ("false", b"false"),
    ("array", b'[{"query": "{ __typename }"}]'),
    ("empty array", b"[]"),
    ("query not a string", b'{"query": 12}'),
    ("variables not an object", b'{"query": "{ __typename }", "variables": [1]}'),
    ("operationName not a string", b'{"query": "{ __typename }", "operationName": 5}'),
    ("extensions not an object", b'{"query": "{ __typename }", "extensions": "x"}'),
    ("not utf-8", b'{"query": "\xff\xfe"}'),
    ("NUL in query", b'{"query": "{ __typename \\u0000 }"}'),
]


@pytest.mark.parametrize(("_case", "body"), BAD_BODIES, ids=[c for c, _ in BAD_BODIES])
async def test_bad_body_shape_is_bad_request(
    client: httpx.AsyncClient, _case: str, body: bytes
) -> None:
    response = await client.post(
        "/graphql",
        content=body,
        headers={**staff_headers(), "content-type": "application/json"},
    )
    assert response.status_code == 400, response.text
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_REQUEST"
    assert "Traceback" not in response.text


async def test_variables_nested_a_thousand_deep_are_bad_request(client: httpx.AsyncClient) -> None:
    nested = '{"a": ' * 1_000 + "1" + "}" * 1_000
    body = '{"query": "query($p: JSON) { __typename }", "variables": {"p": ' + nested + "}}"
    response = await client.post(
        "/graphql",
        content=body.encode(),
        headers={**staff_headers(), "content-type": "application/json"},
    )
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


async def test_a_normal_body_still_works(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", json={"query": "{ __typename }"}, headers=staff_headers()
    )
    assert response.status_code == 200
    assert response.json() == {"data": {"__typename": "Query"}}
