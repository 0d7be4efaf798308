"""Queueing a campaign's messages for the members it rewarded: rendered from the template, the
provider request built from the member's addresses, sent no earlier than the end of the quiet
hours, and kept unsent where consent or an address is missing or the member's contact cap is
reached (domain/campaigns/pressure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from domain import config, db
from domain.campaigns import payloads, pressure, rules, templates, variables
from domain.campaigns.models import Campaign
from domain.campaigns.rewards import UnitCost
from domain.members import reach


@dataclass(frozen=True)
class Planned:
    """One member's message as it would be queued."""

    member_id: int
    status: str
    body: str
    payload: dict[str, Any]


def sender() -> payloads.Sender:
    """The configured SMS signature and WeChat app."""
    return payloads.Sender(
        sms_signature=config.CAMPAIGN_SMS_SIGNATURE.get() or "",
        wechat_app_id=config.WECHAT_APP_ID.get() or "",
    )


async def plan(
    campaign: Campaign,
    variant: dict[str, Any],
    member_ids: list[int],
    rewards: list[dict[str, Any]],
    unit: UnitCost,
    now: datetime,
    counts: dict[int, int] | None = None,
    *,
    render: bool = True,
) -> list[Planned]:
    """Each member's message: PENDING with its body and provider request, or why not
    (NO_CONSENT, NO_ADDRESS, CAPPED against `counts` of recent messages, updated as it goes),
    aligned to `member_ids`. Without `render` the variables are left empty (counting only).
    Reads only."""
    message = payloads.MessageSetting.from_json(campaign.message, variant.get("body"))
    contacts = await reach.contacts(member_ids)
    used = templates.parse_variables(message.body)
    if render:
        values = await variables.values(campaign, contacts, used, rewards, unit, now)
    else:
        values = {m: dict.fromkeys(used, "") for m in contacts}
    counts = counts if counts is not None else await pressure.recent(member_ids, now)
    found = []
    for member_id in member_ids:
        contact = contacts.get(member_id)
        if contact is None:  # gone since the audience was read
            found.append(Planned(member_id, "NO_ADDRESS", "", {}))
            continue
        own = values[member_id]
        allowed = rules.consents(
            message.channel, sms=contact.consent_sms, push=contact.consent_push
        )
        text = templates.render(message.body, own)
        payload = payloads.build(message, contact, text, own, sender())
        if not allowed:
            found.append(Planned(member_id, "NO_CONSENT", "", {}))
        elif payload is None:
            found.append(Planned(member_id, "NO_ADDRESS", text, {}))
        elif not pressure.allowed(counts, member_id):
            found.append(Planned(member_id, "CAPPED", text, {}))
        else:
            found.append(Planned(member_id, "PENDING", text, payload))
    return found


async def queue(
    campaign: Campaign,
    variant: dict[str, Any],
    members: list[tuple[int, str]],
    rewards: list[dict[str, Any]],
    unit: UnitCost,
    now: datetime,
) -> int:
    """Queue one message per (member, occurrence), within the caller's transaction; returns
    how many may be sent."""
    member_ids = [m for m, _ in members]
    await pressure.lock(member_ids)
    planned = await plan(campaign, variant, member_ids, rewards, unit, now)
    send_after = rules.next_send_time(
        now, rules.parse_clock(campaign.quiet_start), rules.parse_clock(campaign.quiet_end)
    )
    await db.execute(
        """INSERT INTO campaign_notifications (campaign_id, member_id, occurrence, channel, body,
                                               payload, status, send_after, queued_at, attempts)
           SELECT $1, t.m, t.o, $2, t.b, t.p::jsonb, t.s, $3, $4, 0
             FROM unnest($5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[])
                  AS t(m, o, b, p, s)
           ON CONFLICT (campaign_id, member_id, occurrence) DO NOTHING""",
        campaign.id,
        campaign.message["channel"],
        send_after,
        now,
        [p.member_id for p in planned],
        [o for _, o in members],
        [p.body for p in planned],
        [orjson.dumps(p.payload).decode() for p in planned],
        [p.status for p in planned],
    )
    return sum(1 for p in planned if p.status == "PENDING")
