"""Bearer JWT -> Principal. Reads no business tables."""

from __future__ import annotations

import time
from dataclasses import dataclass

import jwt

from api.settings import Settings
from domain.access import Principal, Role

DEFAULT_TTL_SECONDS = {
    Role.MEMBER: 7 * 24 * 3600,
    Role.STAFF: 12 * 3600,
    Role.BI: 30 * 24 * 3600,
    Role.SERVICE: 365 * 24 * 3600,
}


@dataclass(frozen=True)
class AuthError(Exception):
    """The token was present but unusable; the message says why."""

    message: str


def mint_token(
    settings: Settings,
    role: Role,
    *,
    member_id: int | None = None,
    scopes: list[str] | None = None,
    subject: str | None = None,
    ttl_seconds: int | None = None,
) -> str:
    """A signed token for a role; member tokens carry the member id."""
    if role is Role.MEMBER and member_id is None:
        raise ValueError("a member token needs a member id")
    now = int(time.time())
    claims: dict[str, object] = {
        "iss": settings.jwt_issuer,
        "sub": subject or (f"member:{member_id}" if member_id else role.value),
        "role": role.value,
        "iat": now,
        "exp": now + (ttl_seconds or DEFAULT_TTL_SECONDS[role]),
    }
    if member_id is not None:
        claims["mid"] = member_id
    if scopes:
        claims["scopes"] = scopes
    return jwt.encode(claims, settings.signing_key, algorithm=settings.jwt_algorithm)


def principal_from_header(settings: Settings, header: str | None) -> Principal | None:
    """None without an Authorization header; AuthError for a bad, expired or forged token."""
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError("Authorization header must be 'Bearer <token>'.")
    try:
        claims = jwt.decode(
            token.strip(),
            settings.verification_key,
            algorithms=[settings.jwt_algorithm],
            issuer=settings.jwt_issuer,
            options={"require": ["exp", "iat", "role"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise AuthError("The token has expired.") from exc
    except jwt.InvalidTokenError as exc:
        raise AuthError(f"The token is invalid: {exc}.") from exc
    try:
        role = Role(claims["role"])
    except ValueError as exc:
        raise AuthError("The token names an unknown role.") from exc
    member_id = claims.get("mid")
    if role is Role.MEMBER and not isinstance(member_id, int):
        raise AuthError("A member token must carry a member id.")
    return Principal(
        role=role,
        member_id=member_id if isinstance(member_id, int) else None,
        scopes=frozenset(claims.get("scopes") or ()),
        subject=str(claims.get("sub", "")),
    )
