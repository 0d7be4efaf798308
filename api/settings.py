"""Typed settings from environment variables, and the TORTOISE_ORM dict Aerich also reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from domain import config
from domain.db import tortoise_config
from domain.tokens import TokenConfig

_SOURCE_MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


@dataclass(frozen=True)
class Settings:
    """The API's view of the settings (domain/config.py declares each variable); fields can be
    overridden by tests and embedders."""

    database_url: str | None = field(default_factory=config.DATABASE_URL.get)
    redis_url: str | None = field(default_factory=config.REDIS_URL.get)
    tokens: TokenConfig = field(default_factory=TokenConfig)
    data_dir: Path = field(default_factory=lambda: Path(config.DATA_DIR.get() or ".data"))
    debug: bool = field(default_factory=config.DEBUG.get)
    max_body_bytes: int = field(default_factory=config.MAX_BODY_BYTES.get)
    db_pool_size: int = field(default_factory=config.DB_POOL_SIZE.get)
    persisted_query_ttl_seconds: int = field(default_factory=config.PERSISTED_QUERY_TTL_SECONDS.get)
    # Checked-in migrations; an installed (non-editable) package is told where they are.
    migrations_dir: Path = field(
        default_factory=lambda: Path(config.MIGRATIONS_DIR.get() or _SOURCE_MIGRATIONS)
    )
    log_format: str = field(default_factory=lambda: config.LOG_FORMAT.get() or "json")
    # Browser origins (scheme://host[:port]) allowed to call the API; "*" allows any.
    cors_origins: tuple[str, ...] = field(default_factory=config.CORS_ORIGINS.get)


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
    config.DATABASE_URL.get() or "postgres://postgres@127.0.0.1:5432/crm"
)
