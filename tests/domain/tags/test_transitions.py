"""Tag transitions: each run counts value-to-value moves against the previous run before it
replaces the members' rows; the counts equal a plain comparison of the two runs' rows."""

from __future__ import annotations

from collections import Counter

import pytest

from domain import db
from domain.errors import DomainError
from domain.tags import runs as tags_runs
from domain.tags import transitions
from tests.factories import make_catalogue, make_member, make_order
from tests.helpers import BI, gql

pytestmark = pytest.mark.usefixtures("database")


async def _values(tag: str) -> dict[int, str | None]:
    """Each member's value of a tag in the published rows, by plain SQL."""
    run = await tags_runs.published_run()
    assert run is not None
    position = [c["code"] for c in run.columns].index(tag)
    labels = run.columns[position]["labels"]
    rows = await db.fetch("SELECT member_id, codes[$1] AS code FROM member_tags", position + 1)
    return {r["member_id"]: labels[r["code"]] if r["code"] >= 0 else None for r in rows}


async def test_transitions_equal_a_plain_comparison_of_two_runs() -> None:
    # given a first run with a prospect and a newcomer
    await make_catalogue()
    prospect, newcomer = await make_member(), await make_member()
    await make_order(newcomer.id, days_ago=3, cents=20000)
    await tags_runs.compute_all()
    before = await _values("lifecycle")
    # when the prospect buys, a member joins, and the tags run again
    await make_order(prospect.id, days_ago=1, cents=5000)
    await make_member()
    await tags_runs.compute_all()
    after = await _values("lifecycle")
    source, target, cells = await transitions.transitions("lifecycle")
    # then
    absent = transitions.ABSENT_LABEL
    plain = Counter(
        (before.get(m, absent), after.get(m, absent)) for m in before.keys() | after.keys()
    )
    assert {(c.from_value, c.to_value): c.members for c in cells} == dict(plain)
    assert plain[("PROSPECT", "NEW")] == 1 and plain[(absent, "PROSPECT")] == 1
    assert target.id == source.id + 1


async def test_only_consecutive_runs_and_known_runs_are_answered() -> None:
    # given three runs
    await make_member()
    for _ in range(3):
        await tags_runs.compute_all()
    run = await tags_runs.published_run()
    assert run is not None
    # when / then
    with pytest.raises(DomainError) as skipped:
        await transitions.transitions("lifecycle", to_run=run.id, from_run=run.id - 2)
    assert (skipped.value.code, skipped.value.field) == ("NOT_COVERED", "fromRun")
    with pytest.raises(DomainError) as first:
        await transitions.transitions("lifecycle", to_run=run.id - 2)
    assert first.value.code == "NOT_COVERED"
    result = await gql(
        'query($to: BigInt) { tagTransitions(tag: "lifecycle", toRun: $to) {'
        " fromRun toRun cells { fromValue toValue members } } }",
        {"to": run.id},
        principal=BI,
    )
    assert result.errors is None
    assert result.data["tagTransitions"]["fromRun"] == run.id - 1
    assert result.data["tagTransitions"]["cells"] == [
        {"fromValue": "PROSPECT", "toValue": "PROSPECT", "members": 1}
    ]
