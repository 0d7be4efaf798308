"""The schema as SDL, and the breaking changes between two SDLs a changelog has not listed.

CHANGELOG.md lists a breaking change under its `## Unreleased` heading with a line starting
`- Breaking:` that contains either the change's description as graphql-core words it
(`Field Query.wallet was removed.`) or, in backticks, the schema coordinate it names
(`Query.wallet`, `CreateCampaignInput.rewards`, `Query.members(first:)`, `CouponKind.GIFT`).
"""

from __future__ import annotations

import re

import strawberry
from graphql import build_schema, find_breaking_changes

_SECTION = re.compile(r"^##\s+\[?unreleased\]?\s*$", re.IGNORECASE)
_BREAKING_LINE = re.compile(r"^\s*[-*]\s+breaking:", re.IGNORECASE)
_COORDINATE = re.compile(r"`([^`\s]+)`")


def print_sdl(schema: strawberry.Schema) -> str:
    """The schema as SDL, ending with one newline (the text of schema.graphql)."""
    return schema.as_str().rstrip("\n") + "\n"


def unreleased_breaking_entries(changelog: str) -> list[str]:
    """The `- Breaking:` lines of the changelog's Unreleased section."""
    entries: list[str] = []
    inside = False
    for line in changelog.splitlines():
        if line.startswith("## "):
            inside = bool(_SECTION.match(line.strip()))
        elif inside and _BREAKING_LINE.match(line):
            entries.append(line.strip())
    return entries


def _names(description: str, coordinate: str) -> bool:
    """Whether the description names the coordinate as a whole, not a part of a longer one."""
    pattern = rf"(?<![\w.@]){re.escape(coordinate)}(?![\w(]|\.\w)"
    return re.search(pattern, description) is not None


def is_listed(description: str, entries: list[str]) -> bool:
    """Whether a changelog entry lists the change with this description."""
    for entry in entries:
        if description in entry:
            return True
        if any(_names(description, c) for c in _COORDINATE.findall(entry)):
            return True
    return False


def unlisted_breaking_changes(old_sdl: str, new_sdl: str, changelog: str) -> list[str]:
    """Descriptions of the changes from `old_sdl` to `new_sdl` that break clients and that
    the changelog's Unreleased section does not list."""
    entries = unreleased_breaking_entries(changelog)
    changes = find_breaking_changes(build_schema(old_sdl), build_schema(new_sdl))
    return [c.description for c in changes if not is_listed(c.description, entries)]
