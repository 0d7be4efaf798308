"""schema.graphql is the code's SDL, and no release's client breaks without a changelog entry."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from graphql import build_schema

from api.schema_cli import SDL_PATH, current_sdl
from schema.build import schema as live_schema
from schema.sdl import unlisted_breaking_changes

ROOT = SDL_PATH.parent
CHANGELOG = ROOT / "CHANGELOG.md"


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=30, check=False
    )


def test_schema_graphql_matches_the_code() -> None:
    checked_in = SDL_PATH.read_text(encoding="utf-8") if SDL_PATH.exists() else ""
    assert checked_in == current_sdl(), (
        "schema.graphql differs from the schema the code serves: run `crm schema export`"
    )


def test_one_of_inputs_survive_printing() -> None:
    # given the inputs declared one_of in the code
    declared = {
        name
        for name, type_ in live_schema._schema.type_map.items()
        if getattr(type_.extensions.get("strawberry-definition"), "is_one_of", False)
    }
    # when the checked-in SDL is read back
    printed = build_schema(SDL_PATH.read_text(encoding="utf-8"))
    # then each is still a oneOf input, and no other is
    assert declared
    assert {n for n, t in printed.type_map.items() if getattr(t, "is_one_of", False)} == declared


def test_no_unlisted_breaking_change_since_the_last_release() -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    described = _git("describe", "--tags", "--abbrev=0", "--match", "v*")
    if described.returncode != 0:
        pytest.skip("no release tag (v*) yet, or tags not fetched: nothing to compare with")
    tag = described.stdout.strip()
    released = _git("show", f"{tag}:schema.graphql")
    if released.returncode != 0:
        pytest.skip(f"release {tag} has no schema.graphql")
    changelog = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else ""

    unlisted = unlisted_breaking_changes(released.stdout, current_sdl(), changelog)

    assert not unlisted, (
        f"breaking changes since {tag} that CHANGELOG.md's '## Unreleased' section does not "
        "list (add a line '- Breaking: `Type.field` ...' for each):\n" + "\n".join(unlisted)
    )
