"""Every column that names a member has a declared merge rule (so new tables cannot be forgotten)."""

from __future__ import annotations

import pytest

from domain import db
from domain.members import hooks

pytestmark = pytest.mark.usefixtures("database")

# Columns holding a member id that are not named like one.
OTHER_MEMBER_COLUMNS = {
    ("members", "merged_into_id"),
    ("members", "source_referrer_id"),
    ("member_merges", "survivor_id"),
    ("member_merges", "absorbed_id"),
}


async def _member_columns() -> set[tuple[str, str]]:
    rows = await db.fetch(
        """SELECT c.table_name, c.column_name
             FROM information_schema.columns c
             JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
              AND (c.column_name = 'member_id' OR c.column_name LIKE '%\\_member\\_id'
                   OR c.column_name LIKE '%referrer%' OR c.column_name LIKE '%inviter%')"""
    )
    return {(row["table_name"], row["column_name"]) for row in rows} | OTHER_MEMBER_COLUMNS


def _declared() -> dict[tuple[str, str], hooks.MemberColumn]:
    declared: dict[tuple[str, str], hooks.MemberColumn] = {}
    for area, columns in hooks.merge_rules().items():
        for column in columns:
            key = (column.table, column.column)
            assert key not in declared, f"{key} declared twice (again by {area})"
            declared[key] = column
    return declared


async def test_every_member_column_has_a_merge_rule() -> None:
    # given the columns in the migrated database and the rules the areas declared
    columns = await _member_columns()
    declared = _declared()
    # then none is missing: declare one in the owning area's merge.py (MOVE, COMBINE, RESOLVE
    # through member_merges, or KEEP as history on the absorbed id, with the reason)
    missing = sorted(columns - set(declared))
    assert missing == [], f"member columns without a merge rule: {missing}"


async def test_declared_rules_name_real_columns_and_give_a_reason() -> None:
    rows = await db.fetch(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public'"
    )
    existing = {(row["table_name"], row["column_name"]) for row in rows}
    declared = _declared()
    assert sorted(set(declared) - existing) == []
    assert [key for key, column in declared.items() if not column.reason.strip()] == []


async def test_every_area_with_a_moving_rule_registers_a_merge_hook() -> None:
    # the rule names the area; the area's hook is what applies it
    areas_with_work = {
        area
        for area, columns in hooks.merge_rules().items()
        if any(c.rule in (hooks.MergeRule.MOVE, hooks.MergeRule.COMBINE) for c in columns)
    }
    assert areas_with_work <= set(hooks.merge_hook_names())
