"""The shell tools refuse mistakes with one readable line, not a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from api.cli import app
from api.seeding import DatabaseNotEmpty, seed
from domain.members.models import Member
from tests.factories.members import make_member


def test_import_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["import", "members", str(tmp_path / "absent.csv")], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert "Traceback" not in result.output


async def test_seeding_a_database_that_holds_members_says_to_reset(database: str) -> None:
    await make_member()
    with pytest.raises(DatabaseNotEmpty) as refused:
        await seed(database, members=5, items=5, stores=2, days=3, progress=False)
    assert str(refused.value) == (
        "the database already holds data (members 1); use --reset to empty the data tables first"
    )
    assert await Member.all().count() == 1


def _leaf_commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    if hasattr(command, "commands"):
        return [
            leaf
            for name, sub in sorted(command.commands.items())
            for leaf in _leaf_commands(sub, (*path, name))
        ]
    return [path]


@pytest.mark.parametrize("path", _leaf_commands(typer.main.get_command(app)), ids=" ".join)
def test_every_command_has_an_example_and_plain_metavars(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "Example: crm " in result.output
    options = result.output.split("Options:", 1)[-1]
    assert "<int>" not in options and "<bool>" not in options and "<text>" not in options
