"""Signed tokens: API bearer tokens (JWT) and the short-lived member code shown as a QR code."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass, field

import jwt

from domain.access import Principal, Role, parse_scopes
from domain.errors import DomainError, ErrorCode

DEV_JWT_SECRET = "dev-only-secret-change-me-in-production-0123456789"

DEFAULT_TTL_SECONDS = {
    Role.MEMBER: 7 * 24 * 3600,
    Role.STAFF: 12 * 3600,
    Role.BI: 30 * 24 * 3600,
    Role.SERVICE: 365 * 24 * 3600,
}
MEMBER_CODE_TTL_SECONDS = 120


@dataclass(frozen=True)
class TokenConfig:
    """Keys and algorithm for tokens, from JWT_* environment variables."""

    secret: str = field(default_factory=lambda: os.environ.get("JWT_SECRET", DEV_JWT_SECRET))
    public_key: str | None = field(default_factory=lambda: os.environ.get("JWT_PUBLIC_KEY"))
    private_key: str | None = field(default_factory=lambda: os.environ.get("JWT_PRIVATE_KEY"))
    algorithm: str = field(default_factory=lambda: os.environ.get("JWT_ALGORITHM", "HS256"))
    issuer: str = field(default_factory=lambda: os.environ.get("JWT_ISSUER", "crm"))

    @property
    def verification_key(self) -> str:
        return self.public_key or self.secret

    @property
    def signing_key(self) -> str:
        return self.private_key or self.secret


class TokenError(DomainError):
    code = ErrorCode.UNAUTHENTICATED


def mint(
    config: TokenConfig,
    role: Role,
    *,
    member_id: int | None = None,
    scopes: list[str] | None = None,
    subject: str | None = None,
    ttl_seconds: int | None = None,
) -> str:
    """A signed bearer token for a role; member tokens carry the member id."""
    if role is Role.MEMBER and member_id is None:
        raise ValueError("a member token needs a member id")
    now = int(time.time())
    claims: dict[str, object] = {
        "iss": config.issuer,
        "sub": subject or (f"member:{member_id}" if member_id else role.value),
        "role": role.value,
        "iat": now,
        "exp": now + (ttl_seconds if ttl_seconds is not None else DEFAULT_TTL_SECONDS[role]),
    }
    if member_id is not None:
        claims["mid"] = member_id
    if scopes:
        claims["scopes"] = sorted(parse_scopes(scopes))
    return jwt.encode(claims, config.signing_key, algorithm=config.algorithm)


def verify(config: TokenConfig, token: str) -> Principal:
    """The principal a bearer token names; TokenError says why a token is unusable."""
    try:
        claims = jwt.decode(
            token,
            config.verification_key,
            algorithms=[config.algorithm],
            issuer=config.issuer,
            options={"require": ["exp", "iat", "role"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise TokenError("The token has expired.") from exc
    except jwt.InvalidTokenError as exc:
        raise TokenError(f"The token is invalid: {exc}.") from exc
    try:
        role = Role(claims["role"])
    except ValueError as exc:
        raise TokenError("The token names an unknown role.") from exc
    member_id = claims.get("mid")
    if role is Role.MEMBER and not isinstance(member_id, int):
        raise TokenError("A member token must carry a member id.")
    scopes = claims.get("scopes") or []
    if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
        raise TokenError("The token's scopes must be a list of strings.")
    try:
        return Principal(
            role=role,
            member_id=member_id if isinstance(member_id, int) else None,
            scopes=frozenset(scopes),
            subject=str(claims.get("sub", "")),
        )
    except ValueError as exc:
        # A scope this server does not know is refused, not ignored: a typo or a token minted
        # for another version must fail loudly instead of quietly granting less than expected.
        raise TokenError(f"The token names an {exc}.") from exc


def _code_signature(config: TokenConfig, payload: str) -> str:
    digest = hmac.new(
        config.secret.encode(), f"member-code:{payload}".encode(), hashlib.sha256
    ).digest()
    return base64.urlsafe_b64encode(digest[:12]).decode().rstrip("=")


def mint_member_code(
    config: TokenConfig, member_id: int, now: int | None = None, ttl: int = MEMBER_CODE_TTL_SECONDS
) -> tuple[str, int]:
    """A short code for the member's QR: `<id>.<expiry>.<signature>`; returns (code, expiry)."""
    expires = (now or int(time.time())) + ttl
    payload = f"{member_id}.{expires}"
    return f"{payload}.{_code_signature(config, payload)}", expires


def read_member_code(config: TokenConfig, code: str, now: int | None = None) -> int:
    """The member id inside a valid, unexpired member code."""
    parts = code.strip().split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        raise DomainError(
            "Malformed member code.", field="code", code=ErrorCode.INVALID_MEMBER_CODE
        )
    payload = f"{parts[0]}.{parts[1]}"
    if not hmac.compare_digest(parts[2], _code_signature(config, payload)):
        raise DomainError(
            "Member code signature is invalid.", field="code", code=ErrorCode.INVALID_MEMBER_CODE
        )
    if int(parts[1]) < (now or int(time.time())):
        raise DomainError("Member code has expired.", field="code", code=ErrorCode.EXPIRED)
    return int(parts[0])
