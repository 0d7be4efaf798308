"""`crm schema export` writes the SDL, prints it, and checks a file against the code."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from api.cli import app
from api.schema_cli import current_sdl


def test_export_writes_prints_and_checks(tmp_path: Path) -> None:
    # given
    runner = CliRunner()
    target = tmp_path / "schema.graphql"
    # when
    written = runner.invoke(app, ["schema", "export", "-o", str(target)])
    checked = runner.invoke(app, ["schema", "export", "-o", str(target), "--check"])
    printed = runner.invoke(app, ["schema", "export", "-o", "-"])
    target.write_text("type Query { stale: Int }\n", encoding="utf-8")
    stale = runner.invoke(app, ["schema", "export", "-o", str(target), "--check"])
    # then
    assert written.exit_code == 0, written.output
    assert target.read_text(encoding="utf-8") != current_sdl()  # the stale text stayed
    assert checked.exit_code == 0, checked.output
    assert printed.exit_code == 0 and printed.output == current_sdl()
    assert stale.exit_code == 1
    assert "run `crm schema export`" in stale.output
    assert "input SegmentDefinitionInput @oneOf" in printed.output
