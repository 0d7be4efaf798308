"""Settings: one declaration each, typed, masked when secret, from .env in development."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from domain import config

ROOT = Path(__file__).resolve().parent.parent
# Writing a variable for a child process (crm dev) is allowed; reading goes through config.
_READ = re.compile(r"os\.environ\.get\(|os\.getenv\(|os\.environ\[[^\]]+\](?!\s*=)")


def test_only_the_settings_module_reads_the_environment() -> None:
    readers = [
        f"{path.relative_to(ROOT)}:{number}"
        for package in ("api", "schema", "domain", "workers")
        for path in sorted((ROOT / package).rglob("*.py"))
        if path != ROOT / "domain" / "config.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if _READ.search(line)
    ]
    assert readers == []


def test_values_are_typed_and_a_bad_one_names_its_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RATE_LIMIT_WINDOW", "90")
    monkeypatch.setenv("COUPON_GRAB_GATE", "off")
    monkeypatch.setenv("CORS_ORIGINS", "https://a.example, https://b.example")
    assert config.RATE_LIMIT_WINDOW.get() == 90
    assert config.COUPON_GRAB_GATE.get() is False
    assert config.CORS_ORIGINS.get() == ("https://a.example", "https://b.example")
    monkeypatch.setenv("RATE_LIMIT_WINDOW", "ninety")
    with pytest.raises(config.ConfigError, match=r"^RATE_LIMIT_WINDOW='ninety' is not a valid"):
        config.RATE_LIMIT_WINDOW.get()
    monkeypatch.setenv("COUPON_GRAB_GATE", "maybe")
    with pytest.raises(config.ConfigError, match=r"COUPON_GRAB_GATE='maybe' takes 1/0"):
        config.COUPON_GRAB_GATE.get()


def test_effective_settings_mask_secrets_and_keep_hosts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JWT_SECRET", "s3cret-s3cret-s3cret-s3cret-s3cret")
    monkeypatch.setenv("DATABASE_URL", "postgres://crm:hunter2@db.internal:5432/crm")
    monkeypatch.setenv("CAMPAIGN_SMS_URL", "https://sms.example/send?token=abc")
    shown = {name: value for name, value, _ in config.effective()}
    assert shown["JWT_SECRET"] == "*** (set)"
    assert shown["DATABASE_URL"] == "postgres://***@db.internal:5432/crm"
    assert shown["CAMPAIGN_SMS_URL"] == "https://sms.example/send"
    assert "hunter2" not in repr(shown) and "s3cret" not in repr(shown) and "abc" not in repr(shown)


def test_dotenv_fills_what_the_environment_leaves_unset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RATE_LIMIT_WINDOW", "30")
    monkeypatch.delenv("SLOW_OPERATION_SECONDS", raising=False)
    env_file = tmp_path / ".env"
    env_file.write_text("RATE_LIMIT_WINDOW=999\nSLOW_OPERATION_SECONDS=2.5\n")
    try:
        assert config.load_dotenv(env_file) == env_file
        assert config.RATE_LIMIT_WINDOW.get() == 30  # the environment wins
        assert config.SLOW_OPERATION_SECONDS.get() == 2.5
    finally:
        monkeypatch.delenv("SLOW_OPERATION_SECONDS", raising=False)


def test_crm_config_prints_masked_values() -> None:
    listed = CliRunner().invoke(app, ["config"], env={"JWT_SECRET": "y" * 40, "COLUMNS": "200"})
    assert listed.exit_code == 0
    assert "JWT_SECRET" in listed.output and "y" * 40 not in listed.output


def test_a_setting_that_does_not_parse_stops_the_command_with_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "api.cli", "serve"],
        env={**os.environ, "MAX_BODY_BYTES": "1MB", "JWT_SECRET": "z" * 40},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "error: MAX_BODY_BYTES='1MB' is not a valid whole number"
