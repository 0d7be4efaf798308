"""No token key, no server: outside an explicit development run the API, the worker and token
minting refuse to start without a real secret; the source's own secret is never accepted."""

from __future__ import annotations

import os
import subprocess
import sys

import jwt
import pytest
import time_machine

from api.app import create_app
from api.settings import InsecureSettings, Settings
from domain import tokens
from domain.access import Role
from tests.conftest import ROOT
from tests.factories import make_member


def _env(**overrides: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("JWT_SECRET", "CRM_ENV")}
    env.update({k: v for k, v in overrides.items() if v is not None})
    return env


def _settings(config: tokens.TokenConfig) -> Settings:
    return Settings(database_url="postgres://db/crm", redis_url="redis://redis", tokens=config)


def _crm(*args: str, **env: str | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        cwd=ROOT,
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("_case", "secret", "development", "message"),
    [
        ("unset", "", False, "JWT_SECRET is not set"),
        ("short", "x" * 31, False, "at least 32 bytes"),
        ("the source's secret", tokens.DEV_JWT_SECRET, False, "development secret"),
        ("short, even in development", "short", True, "at least 32 bytes"),
    ],
)
def test_the_app_refuses_to_start_without_a_real_secret(
    _case: str, secret: str, development: bool, message: str
) -> None:
    config = tokens.TokenConfig(secret=secret, development=development)
    with pytest.raises(InsecureSettings, match=message):
        create_app(_settings(config))


def test_development_may_use_the_built_in_secret_and_production_never_accepts_it() -> None:
    # given a token minted by a development run
    dev = tokens.TokenConfig(secret="", development=True)
    create_app(_settings(dev))  # starts
    token = tokens.mint(dev, Role.STAFF, scopes=["*"])
    assert tokens.verify(dev, token).role is Role.STAFF
    # then a server without a secret, or with its own, refuses it
    for config in (tokens.TokenConfig(secret=""), tokens.TokenConfig()):
        with pytest.raises(tokens.TokenError):
            tokens.verify(config, token)


def test_asymmetric_keys_need_both_halves() -> None:
    config = tokens.TokenConfig(secret="", algorithm="RS256", public_key="k", private_key=None)
    with pytest.raises(InsecureSettings, match="JWT_PRIVATE_KEY"):
        create_app(_settings(config))


@pytest.mark.slow
@pytest.mark.parametrize("command", [["serve", "--port", "0"], ["worker", "--burst"]])
def test_serve_and_worker_exit_with_one_clear_line(command: list[str]) -> None:
    result = _crm(*command)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "error: JWT_SECRET is not set: set a secret of at least 32 bytes "
        "(only `crm dev` runs without one)."
    ]


@pytest.mark.slow
def test_crm_token_works_in_development_and_not_without_a_secret() -> None:
    refused = _crm("token", "--role", "staff", "--scope", "*")
    assert refused.returncode == 2 and "JWT_SECRET" in refused.stderr
    dev = _crm("token", "--role", "staff", "--scope", "*", "--dev")
    assert dev.returncode == 0, dev.stderr
    minted_at = jwt.decode(dev.stdout.strip(), options={"verify_signature": False})["iat"]
    with time_machine.travel(minted_at, tick=False):  # the command ran on the real clock
        principal = tokens.verify(
            tokens.TokenConfig(secret="", development=True), dev.stdout.strip()
        )
    assert principal.role is Role.STAFF
    also_dev = _crm("token", "--role", "bi", CRM_ENV="development")
    assert also_dev.returncode == 0, also_dev.stderr


@pytest.mark.slow
@pytest.mark.usefixtures("database")
async def test_crm_token_mints_member_tokens_with_the_current_version() -> None:
    from domain.members import erasure as members_erasure
    from domain.members import service as members_service

    m = await make_member()
    await members_service.revoke_member_tokens(member_id=m.id)
    result = _crm(
        "token", "--role", "member", "--member", str(m.id), JWT_SECRET=os.environ["JWT_SECRET"]
    )
    assert result.returncode == 0, result.stderr
    claims = jwt.decode(result.stdout.strip(), options={"verify_signature": False})
    assert (claims["mid"], claims["tv"]) == (m.id, 1)
    await members_erasure.erase_member(member_id=m.id, operator="test")
    erased = _crm(
        "token", "--role", "member", "--member", str(m.id), JWT_SECRET=os.environ["JWT_SECRET"]
    )
    assert erased.returncode == 1 and "erased" in erased.stderr
