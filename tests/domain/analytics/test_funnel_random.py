"""The one-statement funnel equals a brute-force count over random event streams."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from domain import db
from domain.analytics import funnels
from domain.analytics.analysis import day_range
from domain.analytics.funnel_sql import Step

NAMES = ["a", "b", "c"]
BASE = datetime(2026, 5, 31, 16, tzinfo=UTC)  # 00:00 on 1 June in Shanghai


def _brute_force(
    events: list[tuple[int, int, str, datetime]],
    steps: list[str],
    window: timedelta,
    start: datetime,
    end: datetime,
) -> list[int]:
    """Members per step: from each step-1 event in range, the earliest next matches in order."""
    by_member: dict[int, list[tuple[datetime, int, str]]] = {}
    for event_id, member, name, at in events:
        by_member.setdefault(member, []).append((at, event_id, name))
    reached = [0] * len(steps)
    for rows in by_member.values():
        rows.sort()
        best = 0
        for i, (at, _, name) in enumerate(rows):
            if name != steps[0] or not start <= at < end:
                continue
            level, j = 1, i + 1
            while level < len(steps) and j < len(rows):
                if rows[j][2] == steps[level] and rows[j][0] - at <= window:
                    level += 1
                j += 1
            best = max(best, level)
        for k in range(best):
            reached[k] += 1
    return reached


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_funnel_equals_brute_force(database: str, seed: int) -> None:
    # given random events of 40 members over six days, steps that may repeat a name
    rng = random.Random(seed)
    events = []
    for event_id in range(1, 601):
        at = BASE + timedelta(minutes=rng.randrange(0, 6 * 24 * 60, 15))
        events.append((event_id, rng.randrange(1, 41), rng.choice(NAMES), at))
    await db.execute(
        "INSERT INTO events (id, event_id, name, occurred_at, member_id, properties, received_at)"
        " SELECT i, 'R' || i, n, t, m, '{}'::jsonb, now()"
        " FROM unnest($1::bigint[], $2::text[], $3::timestamptz[], $4::bigint[]) AS u(i, n, t, m)",
        [e[0] for e in events],
        [e[2] for e in events],
        [e[3] for e in events],
        [e[1] for e in events],
    )
    steps = [rng.choice(NAMES) for _ in range(rng.randint(2, 5))]
    window = timedelta(minutes=rng.choice([30, 240, 1440]))
    days = day_range(date(2026, 6, 2), date(2026, 6, 4))
    # when
    result = await funnels.compute(
        funnels.FunnelDefinition(tuple(Step(s) for s in steps), int(window.total_seconds())),
        days,
        BASE,
    )
    # then
    expected = _brute_force(events, steps, window, days.start, days.end)
    assert [s.members for s in result.steps] == expected
    assert expected[0] > 0
