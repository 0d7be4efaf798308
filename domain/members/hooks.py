"""Extension points other areas register on, so members never reaches into their tables.

- merge hooks move what an absorbed member owns to the survivor, inside the merge transaction;
- identity hooks react when an identity becomes a member's (attach waiting orders, events);
- erase hooks remove an area's personal data of an erased member;
- merge rules declare, per table and column that names a member, what a merge does with it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from domain.members.rules import IdentityKey

MergeHook = Callable[[int, int], Awaitable[None]]
"""async hook(survivor_id, absorbed_id), run inside the merge transaction."""
IdentityHook = Callable[[int, IdentityKey], Awaitable[None]]
"""async hook(member_id, identity), run inside the binding transaction."""

_merge_hooks: dict[str, MergeHook] = {}
_identity_hooks: dict[str, IdentityHook] = {}


def register_merge_hook(name: str, hook: MergeHook) -> None:
    """Register (or replace) the hook that moves an area's data on merge."""
    _merge_hooks[name] = hook


def register_identity_hook(name: str, hook: IdentityHook) -> None:
    """Register (or replace) a hook run when an identity is bound to a member."""
    _identity_hooks[name] = hook


def merge_hook_names() -> list[str]:
    """The names merge hooks are registered under (one per area)."""
    return sorted(_merge_hooks)


async def run_merge_hooks(survivor_id: int, absorbed_id: int) -> list[str]:
    """Run every merge hook in name order; returns their names."""
    for name in sorted(_merge_hooks):
        await _merge_hooks[name](survivor_id, absorbed_id)
    return sorted(_merge_hooks)


async def run_identity_hooks(member_id: int, identity: IdentityKey) -> None:
    """Run every identity hook in name order."""
    for name in sorted(_identity_hooks):
        await _identity_hooks[name](member_id, identity)


EraseHook = Callable[[int], Awaitable[None]]
_erase_hooks: dict[str, EraseHook] = {}


def register_erase_hook(name: str, hook: EraseHook) -> None:
    """Register a hook that removes an area's personal data of an erased member."""
    _erase_hooks[name] = hook


async def run_erase_hooks(member_id: int) -> None:
    """Run every erase hook in name order."""
    for name in sorted(_erase_hooks):
        await _erase_hooks[name](member_id)


class MergeRule(StrEnum):
    """What a merge does with a table's rows that name the absorbed member."""

    MOVE = "MOVE"
    """The rows move to the survivor."""
    COMBINE = "COMBINE"
    """One row per member (or per member and key): the two are combined by an explicit rule."""
    RESOLVE = "RESOLVE"
    """The rows stay; readers resolve the absorbed id through member_merges."""
    KEEP = "KEEP"
    """History kept on the absorbed id (it records what happened to that member)."""


@dataclass(frozen=True)
class MemberColumn:
    """One column that refers to a member, with the rule a merge applies to it."""

    table: str
    column: str
    rule: MergeRule
    reason: str


_merge_rules: dict[str, list[MemberColumn]] = {}


def declare_merge_rules(area: str, *columns: MemberColumn) -> None:
    """Declare (or replace) an area's merge rules, one per member column it owns."""
    _merge_rules[area] = list(columns)


def merge_rules() -> dict[str, list[MemberColumn]]:
    """Every declared merge rule by area (what the schema test compares with the database)."""
    return {area: list(columns) for area, columns in sorted(_merge_rules.items())}
