"""Member home over HTTP: requests a second and p50 with `wrk` at 16 connections against one
`crm serve` process, side by side with `GET /healthz` and `{ __typename }` on the same server.

    python -m bench.http_member_home [--members 20000] [--seconds 10] [--connections 16]

Needs `wrk` on PATH (Debian package `wrk`), PostgreSQL and Redis (BENCH_DATABASE_URL,
BENCH_REDIS_URL). Seeds a database of synthetic members once (kept between runs).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx

from bench.common import BENCH_REDIS_URL, prepare_database

DATABASE_URL = os.environ.get(
    "BENCH_HTTP_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/crm_bench_http"
)
JWT_SECRET = "bench-only-jwt-secret-of-forty-bytes-000"

ME_NAME = "query MeName { me { id name } }"
TYPENAME = "query Floor { __typename }"
# The member home as ten root fields, the way a client had to ask for it.
HOME_ROOT_FIELDS = """
query MemberHomeRoots {
  me { id name city status registeredAt }
  memberLevel { reachedOn periodEndsOn level { rank code name } }
  memberPrivileges { levelCode discountPercent freeShipping pointsMultiplier }
  pointAccounts { pointType { code name } available frozen }
  expiringPoints { nodes { pointType points expiresAt } }
  wallet { balanceCents status }
  myCoupons(first: 20) { edges { node { id code name state validUntil } } }
  memberCards { nodes { id templateCode status endsOn } }
  memberBenefits { nodes { id benefitCode name remaining } }
  claimableCoupons(first: 20) { nodes { code name kind } }
}
"""
# The same screen in one `me` request: the same data as HOME_ROOT_FIELDS, with the member's
# level progress and points expiring per account; the claim centre stays beside it.
HOME_ONE_ME = """
query MemberHome {
  me {
    id name city status registeredAt
    level { reachedOn periodEndsOn growth growthToNextLevel growthToKeep level { rank code name } }
    privileges { levelCode discountPercent freeShipping pointsMultiplier }
    pointAccounts { pointType { code name } available frozen expiringSoon { points expiresAt } }
    wallet { balanceCents status }
    coupons(first: 20) { edges { node { id code name state validUntil } } }
    benefitCards { id templateCode status endsOn }
    benefits { benefitCode name remaining }
  }
  claimableCoupons(first: 20) { nodes { code name kind } }
}
"""
# The whole member home: also the paid plan and the five newest orders with their lines.
HOME_ONE_ME_FULL = HOME_ONE_ME.replace(
    "benefits { benefitCode name remaining }",
    "benefits { benefitCode name remaining }\n    paidPlan { planCode endsOn }\n"
    "    recentOrders(first: 5) { id totalCents paidAt lines { itemCode quantity } }",
)

WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {token}"
wrk.body = [[{body}]]
"""


@dataclass
class Result:
    """One wrk run."""

    name: str
    per_second: float
    p50_ms: float
    errors: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _seed(members: int) -> None:
    from api.seeding import seed

    await prepare_database(DATABASE_URL)
    conn = await asyncpg.connect(DATABASE_URL.replace("postgres://", "postgresql://", 1))
    try:
        count = await conn.fetchval("SELECT count(*) FROM members")
    finally:
        await conn.close()
    if count < members:
        await seed(DATABASE_URL, members=members, items=1000, stores=30, days=365, reset=True)


async def _busy_member() -> int:
    """A member with orders, coupons and points, so the home page has rows to show."""
    conn = await asyncpg.connect(DATABASE_URL.replace("postgres://", "postgresql://", 1))
    try:
        return int(
            await conn.fetchval(
                "SELECT member_id FROM orders WHERE member_id IS NOT NULL"
                " GROUP BY member_id ORDER BY count(*) DESC LIMIT 1"
            )
        )
    finally:
        await conn.close()


def _member_token(member_id: int) -> str:
    from api.auth import mint_token
    from api.settings import get_settings
    from domain.access import Role

    return mint_token(get_settings(), Role.MEMBER, member_id=member_id, token_version=0)


def _start_server(port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": BENCH_REDIS_URL,
        "JWT_SECRET": JWT_SECRET,
        # The bench measures serving, not the limiter refusing it.
        "RATE_LIMITS": "member=1000000000,anonymous=1000000000,ip=1000000000",
    }
    crm = Path(sys.executable).with_name("crm")
    server = subprocess.Popen(
        [str(crm), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit("the server did not come up")


def _check(port: int, token: str, query: str) -> str | None:
    """None when the query answers without errors, else the first error message."""
    response = httpx.post(
        f"http://127.0.0.1:{port}/graphql",
        json={"query": query},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    errors = response.json().get("errors")
    return errors[0]["message"] if errors else None


def _wrk(name: str, url: str, script: str | None, seconds: int, connections: int) -> Result:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        if script:
            handle.write(script)
            command += ["-s", handle.name]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    assert rate is not None, output  # wrk always prints it
    per_second = float(rate.group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    p50_ms = float(p50.group(1)) * scale[p50.group(2)] if p50 else float("nan")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return Result(name, per_second, p50_ms, errors.group(1) if errors else "0")


def _script(token: str, query: str) -> str:
    return WRK_SCRIPT.format(token=token, body=json.dumps({"query": query}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian package `wrk`)")
    os.environ.setdefault("JWT_SECRET", JWT_SECRET)
    asyncio.run(_seed(args.members))
    member_id = asyncio.run(_busy_member())
    token = _member_token(member_id)
    port = _free_port()
    server = _start_server(port)
    base = f"http://127.0.0.1:{port}"
    try:
        runs: list[tuple[str, str, str | None]] = [("GET /healthz", f"{base}/healthz", None)]
        for name, query in [
            ("{ __typename } (floor)", TYPENAME),
            ("me { id name }", ME_NAME),
            ("member home, 10 root fields", HOME_ROOT_FIELDS),
            ("member home, one me", HOME_ONE_ME),
            ("member home, one me, full", HOME_ONE_ME_FULL),
        ]:
            problem = _check(port, token, query)
            if problem:
                print(f"skip {name}: {problem}")
                continue
            runs.append((name, f"{base}/graphql", _script(token, query)))
        results = [_wrk(n, u, s, args.seconds, args.connections) for n, u, s in runs]
    finally:
        server.terminate()
        server.wait(timeout=30)
    floor = next((r for r in results if r.name.startswith("{ __typename }")), None)
    print(f"member {member_id}, {args.connections} connections, {args.seconds} s each")
    print(f"{'request':32} {'req/s':>9} {'p50 ms':>8} {'x floor':>8} {'non-2xx':>8}")
    for result in results:
        ratio = result.per_second / floor.per_second if floor else float("nan")
        print(
            f"{result.name:32} {result.per_second:9.0f} {result.p50_ms:8.1f}"
            f" {ratio:8.2f} {result.errors:>8}"
        )


if __name__ == "__main__":
    main()
