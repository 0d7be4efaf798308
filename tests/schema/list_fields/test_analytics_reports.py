"""Analysis reports: statements flat in the length of every list."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from domain import jobs
from domain.catalog.models import Item
from domain.levels.models import LevelChange
from domain.members.models import Channel, Member
from domain.orders import recording
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from domain.tags.models import TagRun, TagRunStatus
from domain.tags.transitions import TagTransition
from tests.factories import make_member
from tests.helpers import BI
from tests.statements import ListFieldCheck

pytestmark = pytest.mark.usefixtures("database")


def _noon(year: int, month: int, day: int = 10) -> datetime:
    return datetime(year, month, day, 4, tzinfo=UTC)


@pytest.mark.list_fields("Query.pointsBreakage", "Query.levelMigration")
async def test_breakage_months_and_level_moves(list_fields: ListFieldCheck) -> None:
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    member = await make_member()
    added = 0

    async def add(count: int) -> None:
        nonlocal added
        for _ in range(count):
            added += 1
            await points_movements.credit_points(
                member_id=member.id,
                point_type_code="POINTS",
                points=10,
                key=f"k{added}",
                reason="t",
                operator="t",
                earned_at=_noon(2025, added),
            )
            await LevelChange.create(
                member_id=added,
                from_rank=0,
                to_rank=added,
                kind="UPGRADE",
                reason="t",
                idempotency_key=f"c{added}",
                changed_at=_noon(2025, 6),
            )

    await list_fields.assert_flat(
        """{ pointsBreakage(from: "2025-01-01", to: "2025-12-31") { month issued }
             levelMigration(from: "2025-01-01", to: "2025-12-31") { toRank members } }""",
        add,
        principal=BI,
    )


@pytest.mark.list_fields("DistributionResult.bands", "LtvResult.rows")
async def test_distribution_bands_and_ltv_cohorts(list_fields: ListFieldCheck) -> None:
    edges = 0

    async def add(count: int) -> None:
        nonlocal edges
        for _ in range(count):
            edges += 1
            joined = await make_member(channel=Channel.POS)
            await Member.filter(id=joined.id).update(registered_at=_noon(2025, edges))

    def variables() -> dict[str, Any]:
        return {"edges": list(range(1, edges + 1))}

    await list_fields.assert_flat(
        """query($edges: [BigInt!]) {
             distribution(input: {measure: ORDERS, buckets: {edges: $edges}}) {
               bands { lower members } }
             memberLtv(input: {grain: MONTH, from: "2025-01-01", to: "2025-12-31"}) {
               rows { cohort members } } }""",
        add,
        principal=BI,
        variables=variables,
    )


@pytest.mark.list_fields("AbcResult.rows", "TagTransitionMatrix.cells")
async def test_abc_rows_and_tag_transition_cells(list_fields: ListFieldCheck) -> None:
    first = await TagRun.create(as_of=date(2025, 1, 1), status=TagRunStatus.PUBLISHED)
    second = await TagRun.create(as_of=date(2025, 1, 2), status=TagRunStatus.PUBLISHED)
    added = 0

    async def add(count: int) -> None:
        nonlocal added
        for _ in range(count):
            added += 1
            await Item.create(code=f"I{added}", name=f"I{added}", price_cents=100)
            async with jobs.deferred_scope():
                await recording.record_order(
                    recording.OrderInput(
                        channel=Channel.POS,
                        external_no=f"O{added}",
                        paid_at=_noon(2025, 3),
                        lines=[recording.LineInput(f"I{added}", 1, 100 * added)],
                    )
                )
            await TagTransition.create(
                run_id=second.id,
                previous_run_id=first.id,
                tag_code="lifecycle",
                from_code=-1,
                to_code=added,
                members=added,
            )

    await list_fields.assert_flat(
        """{ abcAnalysis(by: ITEM, from: "2025-03-01", to: "2025-03-31") { rows { code netClass } }
             tagTransitions(tag: "lifecycle") { cells { fromValue toValue members } } }""",
        add,
        principal=BI,
    )
