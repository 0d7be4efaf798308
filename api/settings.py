"""Typed settings from environment variables, and the TORTOISE_ORM dict Aerich also reads."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from domain.db import tortoise_config
from domain.tokens import TokenConfig

_SOURCE_MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def _env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in os.environ.get(name, "").split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    """Process settings; every field maps to one environment variable (see README)."""

    database_url: str | None = field(default_factory=lambda: os.environ.get("DATABASE_URL"))
    redis_url: str | None = field(default_factory=lambda: os.environ.get("REDIS_URL"))
    tokens: TokenConfig = field(default_factory=TokenConfig)
    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("DATA_DIR", ".data")))
    debug: bool = field(default_factory=lambda: _env_bool("DEBUG", False))
    max_body_bytes: int = field(
        default_factory=lambda: int(os.environ.get("MAX_BODY_BYTES", str(1024 * 1024)))
    )
    db_pool_size: int = field(default_factory=lambda: int(os.environ.get("DB_POOL_SIZE", "20")))
    persisted_query_ttl_seconds: int = field(
        default_factory=lambda: int(os.environ.get("PERSISTED_QUERY_TTL_SECONDS", str(7 * 86400)))
    )
    # Checked-in migrations; an installed (non-editable) package is told where they are.
    migrations_dir: Path = field(
        default_factory=lambda: Path(os.environ.get("MIGRATIONS_DIR", str(_SOURCE_MIGRATIONS)))
    )
    # Log lines: "json" (one object per line, for collectors) or "text" (a terminal).
    log_format: str = field(default_factory=lambda: os.environ.get("LOG_FORMAT", "json"))
    # Browser origins (scheme://host[:port]) allowed to call the API; "*" allows any.
    cors_origins: tuple[str, ...] = field(default_factory=lambda: _env_list("CORS_ORIGINS"))


class InsecureSettings(RuntimeError):
    """The process must not start with these settings; the message says what to set."""


def check_secrets(settings: Settings) -> None:
    """Refuse to serve without a real token key (JWT_SECRET of 32+ bytes, or asymmetric keys);
    only an explicit development run (`crm dev`, CRM_ENV=development) may use the built-in one."""
    if problem := settings.tokens.problem():
        raise InsecureSettings(problem)


def get_settings() -> Settings:
    """Settings read from the environment now (cheap; tests change the environment)."""
    return Settings()


TORTOISE_ORM = tortoise_config(  # read by Aerich
    os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/crm")
)
