"""Signed tokens: API bearer tokens (JWT), visitor device tokens, and the short-lived member
code shown as a QR code."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass, field
from typing import TypeGuard

import jwt

from domain import config
from domain.access import Principal, Role, device_id_problem, parse_scopes
from domain.errors import DomainError, ErrorCode

DEV_JWT_SECRET = "dev-only-secret-change-me-in-production-0123456789"
ENVIRONMENT_VARIABLE = "CRM_ENV"
MIN_SECRET_BYTES = 32
MAX_MEMBER_ID = 2**63 - 1
MAX_TOKEN_VERSION = 2**31 - 1

DEFAULT_TTL_SECONDS = {
    Role.MEMBER: 7 * 24 * 3600,
    Role.STAFF: 12 * 3600,
    Role.BI: 30 * 24 * 3600,
    Role.SERVICE: 365 * 24 * 3600,
    Role.VISITOR: 24 * 3600,
}
MAX_VISITOR_TTL_SECONDS = 7 * 24 * 3600
MEMBER_CODE_TTL_SECONDS = 120


def is_development() -> bool:
    """True only where the environment says so explicitly (`crm dev` sets CRM_ENV=development)."""
    return (config.CRM_ENV.get() or "").strip().lower() == "development"


@dataclass(frozen=True)
class TokenConfig:
    """Keys and algorithm for tokens, from JWT_* environment variables."""

    secret: str = field(default_factory=lambda: config.JWT_SECRET.get() or "")
    public_key: str | None = field(default_factory=config.JWT_PUBLIC_KEY.get)
    private_key: str | None = field(default_factory=config.JWT_PRIVATE_KEY.get)
    algorithm: str = field(default_factory=lambda: config.JWT_ALGORITHM.get() or "HS256")
    issuer: str = field(default_factory=lambda: config.JWT_ISSUER.get() or "crm")
    development: bool = field(default_factory=is_development)

    @property
    def hmac_secret(self) -> str:
        """JWT_SECRET; the source's development secret only in an explicit development run."""
        if self.secret:
            return self.secret
        return DEV_JWT_SECRET if self.development else ""

    @property
    def is_asymmetric(self) -> bool:
        return not self.algorithm.upper().startswith("HS")

    @property
    def verification_key(self) -> str:
        return (self.public_key or "") if self.is_asymmetric else self.hmac_secret

    @property
    def signing_key(self) -> str:
        return (self.private_key or "") if self.is_asymmetric else self.hmac_secret

    @property
    def code_key(self) -> bytes:
        """The server secret behind HMACs of member codes and verification codes."""
        return (self.hmac_secret or self.private_key or "").encode()

    def problem(self) -> str | None:
        """Why these keys must not serve requests, or None when they are fit."""
        if self.is_asymmetric:
            if not self.public_key or not self.private_key:
                return f"JWT_ALGORITHM={self.algorithm} needs JWT_PUBLIC_KEY and JWT_PRIVATE_KEY."
            if self.secret and len(self.secret.encode()) < MIN_SECRET_BYTES:
                return f"JWT_SECRET must be at least {MIN_SECRET_BYTES} bytes."
            return None
        if not self.hmac_secret:
            return (
                f"JWT_SECRET is not set: set a secret of at least {MIN_SECRET_BYTES} bytes "
                "(only `crm dev` runs without one)."
            )
        if len(self.hmac_secret.encode()) < MIN_SECRET_BYTES:
            return f"JWT_SECRET must be at least {MIN_SECRET_BYTES} bytes."
        if self.secret == DEV_JWT_SECRET and not self.development:
            return "JWT_SECRET is the development secret from the source; set your own."
        return None


class TokenError(DomainError):
    code = ErrorCode.UNAUTHENTICATED


def mint(
    config: TokenConfig,
    role: Role,
    *,
    member_id: int | None = None,
    token_version: int | None = None,
    scopes: list[str] | None = None,
    subject: str | None = None,
    ttl_seconds: int | None = None,
    device_id: str | None = None,
) -> str:
    """A signed bearer token for a role; member tokens carry the member id and token version,
    visitor tokens the device id."""
    if role is Role.MEMBER and (member_id is None or token_version is None):
        raise ValueError("a member token needs a member id and the member's token version")
    if (role is Role.VISITOR) != (device_id is not None):
        raise ValueError("a visitor token, and only a visitor token, carries a device id")
    if device_id is not None and (problem := device_id_problem(device_id)):
        raise ValueError(problem)
    if problem := config.problem():
        raise TokenError(problem)
    now = int(time.time())
    claims: dict[str, object] = {
        "iss": config.issuer,
        "sub": subject or _default_subject(role, member_id, device_id),
        "role": role.value,
        "iat": now,
        "exp": now + (ttl_seconds if ttl_seconds is not None else DEFAULT_TTL_SECONDS[role]),
    }
    if role is Role.MEMBER:
        claims["mid"] = member_id
        claims["tv"] = token_version
    if device_id is not None:
        claims["did"] = device_id
    if scopes:
        claims["scopes"] = sorted(parse_scopes(scopes))
    return jwt.encode(claims, config.signing_key, algorithm=config.algorithm)


def mint_visitor(
    config: TokenConfig, device_id: str, ttl_seconds: int | None = None
) -> tuple[str, int]:
    """A visitor token for a device; returns (token, lifetime in seconds). DomainError names
    a malformed device id or lifetime."""
    if problem := device_id_problem(device_id):
        raise DomainError(problem, field="deviceId", code=ErrorCode.INVALID)
    ttl = DEFAULT_TTL_SECONDS[Role.VISITOR] if ttl_seconds is None else ttl_seconds
    if not 60 <= ttl <= MAX_VISITOR_TTL_SECONDS:
        raise DomainError(f"ttlSeconds must be 60..{MAX_VISITOR_TTL_SECONDS}.", field="ttlSeconds")
    return mint(config, Role.VISITOR, device_id=device_id, ttl_seconds=ttl), ttl


def _default_subject(role: Role, member_id: int | None, device_id: str | None) -> str:
    if member_id:
        return f"member:{member_id}"
    if device_id is not None:
        return f"visitor:{device_id}"
    return role.value


def verify(config: TokenConfig, token: str) -> Principal:
    """The principal a bearer token names; TokenError says why a token is unusable."""
    if config.problem():  # never verify against an empty or published key
        raise TokenError("The server has no usable token key.")
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
    return principal_from_claims(claims)


def _bounded_int(value: object, low: int, high: int) -> TypeGuard[int]:
    return type(value) is int and low <= value <= high


def principal_from_claims(claims: dict[str, object]) -> Principal:
    """Check the shape of every claim we use; a signed token with odd claims is still refused."""
    role_claim = claims.get("role")
    if not isinstance(role_claim, str) or role_claim not in Role._value2member_map_:
        raise TokenError("The token names an unknown role.")
    role = Role(role_claim)
    subject = claims.get("sub", "")
    if not isinstance(subject, str) or len(subject) > 200:
        raise TokenError("The token's subject must be a short string.")
    scopes = claims.get("scopes", [])
    if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
        raise TokenError("The token's scopes must be a list of strings.")
    member_id = claims.get("mid")
    token_version = claims.get("tv")
    if role is Role.MEMBER:
        if not _bounded_int(member_id, 1, MAX_MEMBER_ID):
            raise TokenError("A member token must carry a valid member id.")
        if not _bounded_int(token_version, 0, MAX_TOKEN_VERSION):
            raise TokenError("A member token must carry a valid token version; sign in again.")
    elif member_id is not None or token_version is not None:
        raise TokenError("Only member tokens carry a member id.")
    device_claim = claims.get("did")
    device_id: str | None = None
    if role is Role.VISITOR:
        if not isinstance(device_claim, str) or device_id_problem(device_claim):
            raise TokenError("A visitor token must carry a valid device id.")
        if scopes:
            raise TokenError("A visitor token carries no scopes.")
        device_id = device_claim
    elif device_claim is not None:
        raise TokenError("Only visitor tokens carry a device id.")
    try:
        return Principal(
            role=role,
            member_id=member_id,
            scopes=frozenset(scopes),
            subject=subject,
            token_version=token_version,
            device_id=device_id,
        )
    except ValueError as exc:
        # A scope this server does not know is refused, not ignored: a typo or a token minted
        # for another version must fail loudly instead of quietly granting less than expected.
        raise TokenError(f"The token names an {exc}.") from exc


def _code_signature(config: TokenConfig, payload: str) -> str:
    digest = hmac.new(config.code_key, f"member-code:{payload}".encode(), hashlib.sha256).digest()
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
