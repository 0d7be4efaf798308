"""`crm bi grant / list / revoke` against the real database."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from typer.testing import CliRunner

from api.cli import app


def test_grant_prints_connection_details_and_revoke_drops_the_login(migrated: str) -> None:
    # given
    runner = CliRunner()
    name = re.sub(r"[^a-z0-9_]", "_", f"bi_cli_{urlsplit(migrated).path.lstrip('/')}")[:63]
    env = {"DATABASE_URL": migrated}
    runner.invoke(app, ["bi", "revoke", name], env=env)
    # when
    granted = runner.invoke(
        app,
        ["bi", "grant", name, "--statement-timeout", "45", "--host", "replica.internal"],
        env=env,
    )
    regranted = runner.invoke(app, ["bi", "grant", name, "--statement-timeout", "45"], env=env)
    listed = runner.invoke(app, ["bi", "list"], env=env)
    revoked = runner.invoke(app, ["bi", "revoke", name], env=env)
    again = runner.invoke(app, ["bi", "revoke", name], env=env)
    bad = runner.invoke(app, ["bi", "grant", "Bad-Name"], env=env)
    # then
    assert granted.exit_code == 0, granted.output
    lines = granted.output.splitlines()
    assert lines[0] == f"created BI login {name}"
    assert lines[1] == "host:      replica.internal"
    assert lines[3] == f"database:  {urlsplit(migrated).path.lstrip('/')}"
    assert lines[4] == f"user:      {name}"
    assert re.fullmatch(r"password:  \S{24,}", lines[5])
    assert lines[6] == "schema:    analytics"
    assert "statement timeout 45 s" in lines[7]
    assert regranted.exit_code == 0
    assert "updated BI login" in regranted.output
    assert "(unchanged; pass --password)" in regranted.output
    assert name in listed.output.split()
    assert revoked.exit_code == 0 and f"dropped BI login {name}" in revoked.output
    assert again.exit_code == 1 and "NOT_FOUND" in again.output
    assert bad.exit_code == 1 and "INVALID" in bad.output
