"""Every setting of the server in one place: name, type, default, meaning, whether it is secret.

API, worker and CLI read settings only through these declarations. A value is read from the
environment when asked for (tests and `crm dev` change it), parsed to its type, and a value that
does not parse is a ConfigError naming the variable. In development a `.env` file in the working
directory fills in what the environment does not set (`load_dotenv`); `crm config` prints the
effective values with secrets masked.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class ConfigError(ValueError):
    """A setting's value cannot be used; the message names the variable and what it takes."""


def _boolean(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError("takes 1/0, true/false, yes/no or on/off")


def _integer(raw: str) -> int:
    return int(raw.strip())


def _number(raw: str) -> float:
    return float(raw.strip())


def _text(raw: str) -> str:
    return raw


def _names(raw: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in raw.split(",") if item.strip())


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One environment variable: its type (through `parse`), default and meaning."""

    name: str
    default: T
    doc: str
    parse: Callable[[str], T]
    secret: bool = False

    def get(self) -> T:
        """The effective value: the environment's when set and not empty, else the default."""
        raw = os.environ.get(self.name)
        if raw is None or raw == "":
            return self.default
        try:
            return self.parse(raw)
        except ValueError as error:
            reason = str(error) if self.parse is _boolean else f"is not a valid {_kind(self.parse)}"
            raise ConfigError(f"{self.name}={raw!r} {reason}") from None


def _kind(parse: object) -> str:
    kinds: dict[object, str] = {
        _integer: "whole number",
        _number: "number",
        _names: "comma-separated list",
    }
    return kinds.get(parse, "value")


SETTINGS: dict[str, Setting[object]] = {}


def _declare(setting: Setting[T]) -> Setting[T]:
    SETTINGS[setting.name] = setting  # type: ignore[assignment]  # listed by name for crm config
    return setting


def text(name: str, default: str | None, doc: str, *, secret: bool = False) -> Setting[str | None]:
    return _declare(Setting(name, default, doc, _text, secret))


def integer(name: str, default: int, doc: str) -> Setting[int]:
    return _declare(Setting(name, default, doc, _integer))


def number(name: str, default: float, doc: str) -> Setting[float]:
    return _declare(Setting(name, default, doc, _number))


def boolean(name: str, default: bool, doc: str) -> Setting[bool]:
    return _declare(Setting(name, default, doc, _boolean))


def names(name: str, doc: str) -> Setting[tuple[str, ...]]:
    return _declare(Setting(name, (), doc, _names))


# Servers and processes
DATABASE_URL = text(
    "DATABASE_URL", None, "PostgreSQL, e.g. postgres://user@host:5432/crm", secret=True
)
REDIS_URL = text(
    "REDIS_URL", None, "Redis for arq, bitmaps, caches and index versions", secret=True
)
DB_POOL_SIZE = integer("DB_POOL_SIZE", 20, "database connections per process (API and worker)")
DATA_DIR = text("DATA_DIR", ".data", "embedded servers' data and index files")
INDEX_DIR = text("INDEX_DIR", None, "recommendation index files (default $DATA_DIR/indexes)")
MIGRATIONS_DIR = text(
    "MIGRATIONS_DIR", None, "the checked-in migrations (default: beside the source)"
)
LOG_FORMAT = text("LOG_FORMAT", "json", "log lines: json (for collectors) or text (a terminal)")
OTEL_EXPORTER_OTLP_ENDPOINT = text(
    "OTEL_EXPORTER_OTLP_ENDPOINT", None, "OTLP/HTTP collector for traces (unset: no tracing)"
)
CRM_ENV = text("CRM_ENV", None, "development (set by crm dev) allows the built-in token key")

# Tokens
JWT_SECRET = text("JWT_SECRET", "", "HMAC key for tokens and codes, 32+ bytes", secret=True)
JWT_PUBLIC_KEY = text("JWT_PUBLIC_KEY", None, "public key for RS256/ES256 tokens")
JWT_PRIVATE_KEY = text(
    "JWT_PRIVATE_KEY", None, "private key to mint RS256/ES256 tokens", secret=True
)
JWT_ALGORITHM = text("JWT_ALGORITHM", "HS256", "token signature algorithm")
JWT_ISSUER = text("JWT_ISSUER", "crm", "expected iss claim")

# The API
DEBUG = boolean("DEBUG", False, "GraphiQL, introspection for everyone, field suggestions")
MAX_BODY_BYTES = integer("MAX_BODY_BYTES", 1024 * 1024, "request body limit")
PERSISTED_QUERY_TTL_SECONDS = integer(
    "PERSISTED_QUERY_TTL_SECONDS",
    7 * 86400,
    "how long a persisted query is kept after its last use",
)
CORS_ORIGINS = names("CORS_ORIGINS", "browser origins allowed to call the API (* for any)")
QUERY_COST_BUDGETS = text("QUERY_COST_BUDGETS", None, "query cost budget per role (role=n,...)")
SLOW_OPERATION_SECONDS = number("SLOW_OPERATION_SECONDS", 1.0, "operations slower are logged")
RATE_LIMITS = text("RATE_LIMITS", None, "requests per window per role and address (role=n,...)")
RATE_LIMIT_WINDOW = integer("RATE_LIMIT_WINDOW", 60, "rate limit sliding window, seconds")
RATE_LIMIT_IP_HEADER = text("RATE_LIMIT_IP_HEADER", None, "client address header behind a proxy")
RATE_LIMIT_ENABLED = boolean("RATE_LIMIT_ENABLED", True, "0 turns rate limiting off")

# Business rules
TIME_ZONE = text("TIME_ZONE", "Asia/Shanghai", "business calendar: days, birthdays, clearing")
SMS_URL = text("SMS_URL", None, "where verification texts are POSTed (unset: logged)")
COUPON_GRAB_GATE = boolean("COUPON_GRAB_GATE", True, "Redis counter in front of coupon grabs")
COUPON_RESERVATION_MINUTES = integer(
    "COUPON_RESERVATION_MINUTES", 30, "coupons locked to an unpaid order are released after"
)
INVITE_SHARE_URL = text(
    "INVITE_SHARE_URL", "https://m.example.com/i/", "invite QR codes encode this URL + the code"
)
PROMO_CODE_ATTEMPTS_PER_MINUTE = integer(
    "PROMO_CODE_ATTEMPTS_PER_MINUTE", 10, "promo-code redemptions one member may try a minute"
)
RECEIPT_ORDER_MATCH_HOURS = integer(
    "RECEIPT_ORDER_MATCH_HOURS", 24, "a receipt and an order this close can be one purchase"
)
PAYMENT_PENDING_MINUTES = integer(
    "PAYMENT_PENDING_MINUTES", 30, "an unpaid external purchase expires after"
)
TAG_HISTORY_DAYS = integer(
    "TAG_HISTORY_DAYS", 90, "days each tag run's member values are kept for past-value audiences"
)
CAMPAIGN_RATE_PER_SECOND = integer(
    "CAMPAIGN_RATE_PER_SECOND", 200, "notifications per second per channel, all workers"
)
CAMPAIGN_PROVIDERS = text(
    "CAMPAIGN_PROVIDERS",
    None,
    "provider per channel (SMS=webhook,WECHAT=record,...); unset: webhook where "
    "CAMPAIGN_<CHANNEL>_URL is set, else record (requests kept in a table, nothing sent)",
)
CAMPAIGN_SMS_SIGNATURE = text(
    "CAMPAIGN_SMS_SIGNATURE", "", "the SMS signature the provider approved"
)
WECHAT_APP_ID = text(
    "WECHAT_APP_ID", "", "the mini-program whose openids receive subscribe messages"
)
RECEIPT_WINDOW_SECONDS = integer(
    "RECEIPT_WINDOW_SECONDS", 300, "a delivery receipt signed longer ago (or ahead) is refused"
)
MARKETING_CAP_MESSAGES = integer(
    "MARKETING_CAP_MESSAGES", 2, "marketing messages one member gets at most per window (0: no cap)"
)
MARKETING_CAP_DAYS = integer(
    "MARKETING_CAP_DAYS", 7, "the window of MARKETING_CAP_MESSAGES, days, across all campaigns"
)
CAMPAIGN_RECS_SLOT = text(
    "CAMPAIGN_RECS_SLOT", "home", "the recommendation slot behind {recommendedItems}"
)
RECS_INDEX_CHECK_SECONDS = number(
    "RECS_INDEX_CHECK_SECONDS", 5.0, "how often an API process looks for a newer index"
)

# Data set exports
EXPORT_DIR = text("EXPORT_DIR", None, "exported data set files (default $DATA_DIR/exports)")
EXPORT_LINK_MINUTES = integer(
    "EXPORT_LINK_MINUTES", 15, "a data set download link expires after this many minutes"
)

# Workers and jobs
WORKER_JOB_TIMEOUT = integer("WORKER_JOB_TIMEOUT", 3600, "arq's per-job timeout, seconds")
WORKER_MAX_JOBS = integer("WORKER_MAX_JOBS", 10, "jobs one worker runs at once")
WORKER_METRICS_PORT = integer("WORKER_METRICS_PORT", 0, "a worker's Prometheus port (0: off)")
JOB_LEASE_SECONDS = integer("JOB_LEASE_SECONDS", 300, "a job without a heartbeat is taken over")
JOB_SWEEP_STALE_SECONDS = integer(
    "JOB_SWEEP_STALE_SECONDS", 30, "a pending job not picked up for this long is enqueued again"
)
JOB_SWEEP_INTERVAL_SECONDS = integer(
    "JOB_SWEEP_INTERVAL_SECONDS", 30, "how often the sweeper looks for lost jobs"
)

CHANNEL_URL_PREFIX = "CAMPAIGN_"
CHANNEL_URL_SUFFIX = "_URL"
CHANNEL_SECRET_SUFFIX = "_SECRET"


def channel_url(channel: str) -> str | None:
    """A campaign channel's provider endpoint, CAMPAIGN_<CHANNEL>_URL (unset: logged)."""
    return os.environ.get(f"{CHANNEL_URL_PREFIX}{channel}{CHANNEL_URL_SUFFIX}") or None


def channel_secret(channel: str) -> str | None:
    """The key a channel's provider signs delivery receipts with, CAMPAIGN_<CHANNEL>_SECRET
    (unset: its receipts are refused)."""
    return os.environ.get(f"{CHANNEL_URL_PREFIX}{channel}{CHANNEL_SECRET_SUFFIX}") or None


def channel_providers() -> dict[str, str]:
    """CAMPAIGN_PROVIDERS as {channel: provider name}."""
    pairs = (item.partition("=") for item in _names(CAMPAIGN_PROVIDERS.get() or ""))
    return {channel.strip().upper(): name.strip().lower() for channel, _, name in pairs}


def index_dir() -> Path:
    """Where recommendation indexes are published: INDEX_DIR, else <DATA_DIR>/indexes."""
    explicit = INDEX_DIR.get()
    return Path(explicit) if explicit else Path(DATA_DIR.get() or ".data") / "indexes"


def export_dir() -> Path:
    """Where exported data sets are written: EXPORT_DIR, else <DATA_DIR>/exports."""
    explicit = EXPORT_DIR.get()
    return Path(explicit) if explicit else Path(DATA_DIR.get() or ".data") / "exports"


def load_dotenv(path: Path | None = None) -> Path | None:
    """Fill unset variables from a `.env` file (the working directory's by default); the
    environment always wins. Returns the file read, if any."""
    from dotenv import load_dotenv as read

    path = path or Path.cwd() / ".env"
    if not path.is_file():
        return None
    read(path, override=False)
    return path


def effective() -> list[tuple[str, str, str]]:
    """(name, value, meaning) of every setting, secrets masked and bad values reported."""
    rows = []
    names_set = sorted(SETTINGS) + sorted(
        name
        for name in os.environ
        if name.startswith(CHANNEL_URL_PREFIX)
        and name.endswith((CHANNEL_URL_SUFFIX, CHANNEL_SECRET_SUFFIX))
    )
    for name in names_set:
        setting = SETTINGS.get(name)
        try:
            value = setting.get() if setting else os.environ.get(name)
        except ConfigError as error:
            rows.append((name, f"INVALID: {error}", setting.doc if setting else ""))
            continue
        shown = _mask(value) if (setting is None or setting.secret) else repr(value)
        rows.append((name, shown, setting.doc if setting else "campaign channel provider"))
    return rows


def _mask(value: object) -> str:
    """A secret shown as set or not; a URL keeps its scheme, host, port and path."""
    if value in (None, ""):
        return repr(value)
    text = str(value)
    if "://" not in text:
        return "*** (set)"
    from urllib.parse import urlsplit

    parts = urlsplit(text)
    credentials = "***@" if "@" in parts.netloc else ""
    return f"{parts.scheme}://{credentials}{parts.netloc.rsplit('@', 1)[-1]}{parts.path}"
