"""Members: registered through the service, or many inserted at once."""

from __future__ import annotations

import itertools
from datetime import timedelta
from typing import Any

from domain import db, jobs
from domain.clock import utc_now
from domain.members import registration as members_registration
from domain.members.models import Channel, IdentityKind, Member
from domain.members.rules import normalise_identity

_phones = itertools.count(13800000000)


def next_phone() -> str:
    """A fresh valid mainland mobile number."""
    return str(next(_phones))


async def make_member(
    *,
    phone: str | None = None,
    channel: Channel = Channel.MINI_PROGRAM,
    registered_days_ago: int = 0,
    **profile: Any,
) -> Member:
    """A registered member with a phone identity."""
    async with jobs.deferred_scope():
        registration = await members_registration.register_member(
            channel=channel,
            identities=[normalise_identity(IdentityKind.PHONE, phone or next_phone(), None)],
            profile=members_registration.Profile(**profile),
            source=members_registration.Source(),
            operator="test",
        )
    member = registration.member
    if registered_days_ago:
        member.registered_at = utc_now() - timedelta(days=registered_days_ago)
        await member.save(update_fields=["registered_at"])
    return member


async def insert_members(n: int, *, consent: bool = False) -> list[int]:
    """`n` active members named M1..Mn, inserted in one statement (no identities); their ids."""
    rows = await db.fetch(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at, name) SELECT 'ACTIVE', 'UNKNOWN', 'APP', $2, $2, $3, $3, "
        "'M' || g FROM generate_series(1, $1) g RETURNING id",
        n,
        consent,
        utc_now(),  # the application clock, which the code compares registrations with
    )
    return [r["id"] for r in rows]


async def give_addresses(member_ids: list[int], *, app_id: str = "wx-app") -> None:
    """A phone, a WeChat openid of `app_id`, a push token and an e-mail for each member."""
    await db.execute(
        "INSERT INTO member_identities (member_id, kind, namespace, value, created_at) "
        "SELECT m, k.kind, k.ns, k.prefix || m, $3 FROM unnest($1::bigint[]) AS t(m) "
        "CROSS JOIN (VALUES ('PHONE', '', '1390000'), ('WECHAT_OPENID', $2, 'openid-'), "
        "('EXTERNAL', 'push', 'token-'), ('EXTERNAL', 'email', 'mail@')) AS k(kind, ns, prefix)",
        member_ids,
        app_id,
        utc_now(),
    )
