"""Queueing a campaign's messages for the members it rewarded: rendered from the template,
sent no earlier than the end of the quiet hours, and kept unsent where consent is missing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain import db
from domain.campaigns import rules, templates
from domain.campaigns.models import Campaign
from domain.members import reach


async def queue(
    campaign: Campaign,
    variant: dict[str, Any],
    members: list[tuple[int, str]],
    rewards: list[dict[str, Any]],
    now: datetime,
) -> int:
    """Queue one message per (member, occurrence); returns how many may be sent."""
    channel = campaign.message["channel"]
    body = variant.get("body") or campaign.message.get("body", "")
    contacts = await reach.contacts([m for m, _ in members])
    points = sum(r.get("points", 0) for r in rewards if r["kind"] == "POINTS")
    coupon = next((r["template"] for r in rewards if r["kind"] == "COUPON"), "")
    send_after = rules.next_send_time(
        now, rules.parse_clock(campaign.quiet_start), rules.parse_clock(campaign.quiet_end)
    )
    ids, occurrences, bodies, statuses = [], [], [], []
    for member_id, occurrence in members:
        contact = contacts.get(member_id)
        if contact is None:
            continue
        allowed = rules.consents(channel, sms=contact.consent_sms, push=contact.consent_push)
        ids.append(member_id)
        occurrences.append(occurrence)
        values = _values(contact, points, coupon, campaign)
        bodies.append(templates.render(body, values) if allowed else "")
        statuses.append("PENDING" if allowed else "NO_CONSENT")
    await db.execute(
        """INSERT INTO campaign_notifications (campaign_id, member_id, occurrence, channel, body,
                                               status, send_after, attempts)
           SELECT $1, t.m, t.o, $2, t.b, t.s, $3, 0
             FROM unnest($4::bigint[], $5::text[], $6::text[], $7::text[]) AS t(m, o, b, s)
           ON CONFLICT (campaign_id, member_id, occurrence) DO NOTHING""",
        campaign.id,
        channel,
        send_after,
        ids,
        occurrences,
        bodies,
        statuses,
    )
    return statuses.count("PENDING")


def _values(
    contact: reach.Contact, points: int, coupon: str, campaign: Campaign
) -> dict[str, object]:
    return {
        "name": contact.name or "member",
        "points": points,
        "coupon": coupon,
        "expiry_date": campaign.ends_at.date().isoformat(),
        "campaign": campaign.name,
        "level": "",
        "amount": "",
        "store": "",
    }
