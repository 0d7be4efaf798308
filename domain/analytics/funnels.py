"""Ordered funnels: members who did step 1 in a range of business days, then each later step in
order within a window of their step 1, counted per step and per breakdown value.

A range longer than LONG_RANGE_DAYS runs as the `analytics.funnel` job (poll it with job(id)).
Saved funnels keep their last result per range; asking again returns it until `refresh`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import orjson

from domain import db, jobs
from domain.analytics import analysis
from domain.analytics.funnel_models import FunnelResultCache, SavedFunnel
from domain.analytics.funnel_sql import BREAKDOWN_COLUMNS, Step, StepFilter, funnel_sql
from domain.errors import DomainError, ErrorCode, NotFound

MAX_STEPS = 10
MAX_FILTERS = 10
MAX_VALUES = 100
MIN_WINDOW_SECONDS = 60
MAX_WINDOW_SECONDS = 90 * 86400
JOB_NAME = "analytics.funnel"
_KEY = re.compile(r"[A-Za-z0-9_.$-]{1,64}")


@dataclass(frozen=True)
class FunnelDefinition:
    """Steps in order, the window from step 1, an optional breakdown and segment."""

    steps: tuple[Step, ...]
    window_seconds: int
    breakdown: str | None = None
    segment_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for job arguments and saved funnels."""
        return {
            "steps": [
                {"event": s.event, "filters": [[f.key, list(f.values)] for f in s.filters]}
                for s in self.steps
            ],
            "window_seconds": self.window_seconds,
            "breakdown": self.breakdown,
            "segment_id": self.segment_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FunnelDefinition:
        """The definition `to_dict` wrote."""
        steps = tuple(
            Step(s["event"], tuple(StepFilter(k, tuple(v)) for k, v in s["filters"]))
            for s in data["steps"]
        )
        return cls(steps, int(data["window_seconds"]), data["breakdown"], data["segment_id"])


@dataclass(frozen=True)
class StepCount:
    """Members reaching a step; conversion from step 1 and from the step before."""

    event: str
    members: int
    conversion: float
    step_conversion: float


@dataclass(frozen=True)
class FunnelGroup:
    value: str | None
    steps: list[StepCount]


@dataclass(frozen=True)
class FunnelResult:
    first: date
    last: date
    steps: list[StepCount]
    groups: list[FunnelGroup]
    computed_at: datetime

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the job result and the cache."""
        return orjson.loads(orjson.dumps(self))  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FunnelResult:
        """The result `to_dict` wrote."""

        def counts(items: list[dict[str, Any]]) -> list[StepCount]:
            return [StepCount(**item) for item in items]

        return cls(
            date.fromisoformat(data["first"]),
            date.fromisoformat(data["last"]),
            counts(data["steps"]),
            [FunnelGroup(g["value"], counts(g["steps"])) for g in data["groups"]],
            datetime.fromisoformat(data["computed_at"]),
        )


@dataclass(frozen=True)
class FunnelAnswer:
    """Either the result (fresh or cached) or the job computing it."""

    result: FunnelResult | None
    job: jobs.Job | None
    cached: bool = False


def check_definition(definition: FunnelDefinition) -> None:
    """INVALID_WINDOW, TOO_MANY, REQUIRED or INVALID with the field concerned."""
    analysis.check_count(definition.steps, MAX_STEPS, "steps")
    if not MIN_WINDOW_SECONDS <= definition.window_seconds <= MAX_WINDOW_SECONDS:
        raise DomainError(
            f"The window is {MIN_WINDOW_SECONDS} s to {MAX_WINDOW_SECONDS // 86400} days.",
            field="windowMinutes",
            code=ErrorCode.INVALID_WINDOW,
        )
    if definition.breakdown is not None and definition.breakdown not in BREAKDOWN_COLUMNS:
        raise DomainError("Unknown breakdown.", field="breakdown")
    for index, step in enumerate(definition.steps):
        where = f"steps[{index}]"
        if not 0 < len(step.event) <= 64:
            raise DomainError("An event name is 1 to 64 characters.", field=f"{where}.event")
        analysis.check_count(step.filters, MAX_FILTERS, f"{where}.filters", least=0)
        for number, item in enumerate(step.filters):
            if not _KEY.fullmatch(item.key):
                raise DomainError(
                    "A property key is 1 to 64 letters, digits or _.$-.",
                    field=f"{where}.filters[{number}].property",
                )
            analysis.check_count(item.values, MAX_VALUES, f"{where}.filters[{number}].values")


def digest(definition: FunnelDefinition, days: analysis.DayRange) -> str:
    """The cache key of a definition over a range."""
    text = orjson.dumps(
        [definition.to_dict(), days.first.isoformat(), days.last.isoformat()],
        option=orjson.OPT_SORT_KEYS,
    )
    return hashlib.sha256(text).hexdigest()


async def compute(
    definition: FunnelDefinition,
    days: analysis.DayRange,
    now: datetime,
    members: list[int] | None = None,
) -> FunnelResult:
    """Run the funnel's one statement and shape the counts (`members`: the segment's, when
    already read)."""
    if members is None:
        members = await analysis.segment_members(definition.segment_id)
    sql, params = funnel_sql(
        definition.steps, definition.window_seconds, days, definition.breakdown, members
    )
    rows = await db.fetch(sql, *params)
    events = [s.event for s in definition.steps]
    total = next((r for r in rows if r["total"]), None)
    groups = [
        FunnelGroup(r["value"], _counts(events, r))
        for r in sorted((r for r in rows if not r["total"]), key=lambda r: r["value"] or "")
    ]
    steps = _counts(events, total) if total else _counts(events, {})
    return FunnelResult(days.first, days.last, steps, groups, now)


def _counts(events: list[str], row: dict[str, Any]) -> list[StepCount]:
    found = [int(row.get(f"n{k}") or 0) for k in range(len(events))]
    out = []
    for k, event in enumerate(events):
        previous = found[k - 1] if k else found[0]
        out.append(
            StepCount(
                event=event,
                members=found[k],
                conversion=found[k] / found[0] if found[0] else 0.0,
                step_conversion=found[k] / previous if previous else 0.0,
            )
        )
    return out


async def run_funnel(
    definition: FunnelDefinition,
    first: date,
    last: date,
    *,
    now: datetime,
    saved_funnel_id: int | None = None,
    refresh: bool = False,
) -> FunnelAnswer:
    """The funnel now, from the cache of a saved funnel, or as a job for a long range."""
    days = analysis.day_range(first, last)
    if saved_funnel_id is not None:
        definition = await _saved_definition(saved_funnel_id)
    check_definition(definition)
    key = digest(definition, days)
    if saved_funnel_id is not None and not refresh:
        cached = await FunnelResultCache.get_or_none(key=key)
        if cached is not None:
            return FunnelAnswer(FunnelResult.from_dict(cached.result), None, cached=True)
    members = await analysis.segment_members(definition.segment_id)  # NOT_FOUND before work
    if days.days > analysis.LONG_RANGE_DAYS:
        async with db.transaction():
            job = await jobs.defer(
                JOB_NAME,
                key=f"{JOB_NAME}:{key}:{now:%Y%m%dT%H}",
                definition=definition.to_dict(),
                first=first.isoformat(),
                last=last.isoformat(),
                saved_funnel_id=saved_funnel_id,
            )
        # asking again within the hour polls the same job; once done it carries the counts
        done = job.result if job.status == jobs.JobStatus.DONE else None
        return FunnelAnswer(FunnelResult.from_dict(done) if done else None, job)
    result = await compute(definition, days, now, members)
    if saved_funnel_id is not None:
        await store_result(key, saved_funnel_id, result)
    return FunnelAnswer(result, None)


async def store_result(key: str, funnel_id: int | None, result: FunnelResult) -> None:
    """Keep a saved funnel's result for its definition and range (the last one wins)."""
    await db.execute(
        """
        INSERT INTO analytics_funnel_results (key, funnel_id, result, computed_at)
        VALUES ($1, $2, $3::jsonb, $4)
        ON CONFLICT (key) DO UPDATE SET result = EXCLUDED.result,
               computed_at = EXCLUDED.computed_at
         WHERE analytics_funnel_results.computed_at <= EXCLUDED.computed_at
        """,
        key,
        funnel_id,
        orjson.dumps(result.to_dict()).decode(),
        result.computed_at,
    )


async def run_job(
    definition: dict[str, Any], first: str, last: str, saved_funnel_id: int | None, now: datetime
) -> FunnelResult:
    """The job's work: compute, and keep the result when the funnel is saved. Safe twice."""
    parsed = FunnelDefinition.from_dict(definition)
    days = analysis.day_range(date.fromisoformat(first), date.fromisoformat(last))
    result = await compute(parsed, days, now)
    if saved_funnel_id is not None:
        await store_result(digest(parsed, days), saved_funnel_id, result)
    return result


async def _saved_definition(funnel_id: int) -> FunnelDefinition:
    saved = await SavedFunnel.get_or_none(id=funnel_id)
    if saved is None:
        raise NotFound("Saved funnel not found.", field="savedFunnelId")
    return FunnelDefinition.from_dict(saved.definition)


async def save_funnel(name: str, definition: FunnelDefinition, *, created_by: str) -> SavedFunnel:
    """Save a checked definition under a new name (DUPLICATE when the name is taken)."""
    check_definition(definition)
    if not 0 < len(name.strip()) <= 100:
        raise DomainError("A name is 1 to 100 characters.", field="name")
    if definition.segment_id is not None:
        await analysis.segment_members(definition.segment_id)
    row = await db.fetch_one(
        """
        INSERT INTO analytics_saved_funnels (name, definition, created_by, created_at)
        VALUES ($1, $2::jsonb, $3, now()) ON CONFLICT (name) DO NOTHING RETURNING id
        """,
        name.strip(),
        orjson.dumps(definition.to_dict()).decode(),
        created_by[:100],
    )
    if row is None:
        raise DomainError("A saved funnel has this name.", field="name", code=ErrorCode.DUPLICATE)
    return await SavedFunnel.get(id=row["id"])


async def saved_funnels(limit: int = 100) -> list[SavedFunnel]:
    """Saved funnels, newest first."""
    return list(await SavedFunnel.all().order_by("-id").limit(limit))
