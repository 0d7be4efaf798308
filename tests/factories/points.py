"""Point types and credited points."""

from __future__ import annotations

import itertools

from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind

_numbers = itertools.count(1)


async def make_point_types(count: int, *, expiry_days: int = 5) -> list[str]:
    """`count` spendable point types P1, P2 ... expiring `expiry_days` after earning; codes."""
    codes = []
    for _ in range(count):
        code = f"P{next(_numbers)}"
        await points_config.define_type(
            code=code,
            name=code,
            kind=PointKind.SPENDABLE,
            expiry_policy={"kind": "RELATIVE", "days": expiry_days},
        )
        codes.append(code)
    return codes


async def credit(
    member_id: int, code: str, points: int = 10, *, funding_party: str = "platform"
) -> None:
    """Points granted to a member under a fresh key."""
    await points_movements.credit_points(
        member_id=member_id,
        point_type_code=code,
        points=points,
        key=f"credit-{next(_numbers)}",
        reason="test",
        operator="test",
        funding_party=funding_party,
    )
