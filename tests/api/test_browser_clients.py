"""Browser clients: GraphiQL served with its own assets, CORS for the configured origins."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from api.app import create_app
from api.settings import Settings

SHOP = "https://shop.example.com"


@asynccontextmanager
async def _client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, manage_database=False)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            yield http


def _sri(content: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(content).digest()).decode()


async def test_graphiql_loads_every_asset_from_this_server(database: str) -> None:
    async with _client(Settings(debug=True)) as client:
        # when a browser opens the endpoint
        page = await client.get("/graphql", headers={"Accept": "text/html"})
        assets = re.findall(r'(?:src|href)="([^"]+)"\s+integrity="([^"]+)"', page.text)
        fetched = {url: await client.get(f"/{url}") for url, _ in assets}

    # then the page names no other host, and every asset it names is here, as pinned
    assert page.status_code == 200
    assert "GraphiQL" in page.text
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page.text)
    assert "unpkg" not in page.text and "jsdelivr" not in page.text
    referenced = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert {url for url, _ in assets} == {u for u in referenced if not u.startswith("data:")}
    assert len(assets) == 4
    for url, integrity in assets:
        assert fetched[url].status_code == 200, url
        assert _sri(fetched[url].content) == integrity, url


async def test_graphiql_and_its_assets_are_off_outside_debug(database: str) -> None:
    async with _client(Settings(debug=False)) as client:
        page = await client.get("/graphql", headers={"Accept": "text/html"})
        asset = await client.get("/static/graphiql/graphiql.min.js")
    assert "GraphiQL" not in page.text
    assert asset.status_code == 404


async def test_an_allowed_origin_passes_the_preflight_and_reads_the_answer(
    database: str,
) -> None:
    async with _client(Settings(cors_origins=(SHOP,))) as client:
        # when the browser asks before a POST with a bearer token
        preflight = await client.options(
            "/graphql",
            headers={
                "Origin": SHOP,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        answer = await client.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"Origin": SHOP}
        )

    # then
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == SHOP
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
    assert answer.json() == {"data": {"__typename": "Query"}}
    assert answer.headers["access-control-allow-origin"] == SHOP
    assert "x-request-id" in answer.headers["access-control-expose-headers"].lower()


async def test_another_origin_is_refused_at_the_preflight(database: str) -> None:
    async with _client(Settings(cors_origins=(SHOP,))) as client:
        preflight = await client.options(
            "/graphql",
            headers={
                "Origin": "https://evil.example.net",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        answer = await client.post(
            "/graphql",
            json={"query": "{ __typename }"},
            headers={"Origin": "https://evil.example.net"},
        )

    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-origin" not in answer.headers


def test_allowed_origins_come_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("CORS_ORIGINS", f" {SHOP}, https://admin.example.com ,")
    assert Settings().cors_origins == (SHOP, "https://admin.example.com")
    monkeypatch.delenv("CORS_ORIGINS")
    assert Settings().cors_origins == ()
