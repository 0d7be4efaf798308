"""Bearer JWT -> Principal. Reads no business tables."""

from __future__ import annotations

from dataclasses import dataclass

from api.settings import Settings
from domain import tokens
from domain.access import Principal, Role


@dataclass(frozen=True)
class AuthError(Exception):
    """The token was present but unusable; the message says why."""

    message: str


def mint_token(
    settings: Settings,
    role: Role,
    *,
    member_id: int | None = None,
    token_version: int | None = None,
    scopes: list[str] | None = None,
    subject: str | None = None,
    ttl_seconds: int | None = None,
    device_id: str | None = None,
) -> str:
    """A signed token for a role; member tokens carry the member id and token version,
    visitor tokens the device id."""
    return tokens.mint(
        settings.tokens,
        role,
        member_id=member_id,
        token_version=token_version,
        scopes=scopes,
        subject=subject,
        ttl_seconds=ttl_seconds,
        device_id=device_id,
    )


def principal_from_header(settings: Settings, header: str | None) -> Principal | None:
    """None without an Authorization header; AuthError for a bad, expired or forged token."""
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError("Authorization header must be 'Bearer <token>'.")
    try:
        return tokens.verify(settings.tokens, token.strip())
    except tokens.TokenError as exc:
        raise AuthError(exc.message) from exc
