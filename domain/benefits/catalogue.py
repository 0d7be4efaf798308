"""Staff reads of the benefit catalogue, card templates and appointments; retiring them."""

from __future__ import annotations

from collections.abc import Sequence

from domain import config_history, db
from domain.benefits.models import Appointment, Benefit, BenefitGrant, CardTemplate


async def benefits(*, active: bool | None, after_id: int | None, limit: int) -> list[Benefit]:
    """Catalogue benefits by id, optionally only active or only retired ones."""
    query = Benefit.all() if active is None else Benefit.filter(active=active)
    return await db.page_by_id(query, after_id=after_id, limit=limit)


async def card_templates(
    *, active: bool | None, after_id: int | None, limit: int
) -> list[CardTemplate]:
    """Benefit card templates by id, optionally only active or only retired ones."""
    query = CardTemplate.all() if active is None else CardTemplate.filter(active=active)
    return await db.page_by_id(query, after_id=after_id, limit=limit)


async def appointments(
    *, status: str | None, after_id: int | None, limit: int
) -> list[Appointment]:
    """Appointments newest first, optionally of one status (BOOKED, CANCELLED, DONE)."""
    query = Appointment.all() if status is None else Appointment.filter(status=status)
    return await db.page_by_id(query, after_id=after_id, limit=limit, newest_first=True)


async def benefit(benefit_id: int) -> Benefit | None:
    """One benefit, or None."""
    return await Benefit.get_or_none(id=benefit_id)


async def card_template(template_id: int) -> CardTemplate | None:
    """One card template, or None."""
    return await CardTemplate.get_or_none(id=template_id)


async def appointment(appointment_id: int) -> Appointment | None:
    """One appointment, or None."""
    return await Appointment.get_or_none(id=appointment_id)


async def retire_benefit(benefit_id: int) -> Benefit:
    """Grant this benefit no more; grants already made stay usable, defining it again revives it."""
    return await config_history.retire_row(Benefit, benefit_id, "Benefit", active=False)


async def retire_card_template(template_id: int) -> CardTemplate:
    """Sell this card no more; cards already sold run their course."""
    return await config_history.retire_row(CardTemplate, template_id, "CardTemplate", active=False)


async def benefits_by_ids(ids: Sequence[int]) -> list[Benefit | None]:
    """Catalogue benefits aligned to ids (None where unknown)."""
    return await db.rows_by_ids(Benefit, ids)


async def card_templates_by_ids(ids: Sequence[int]) -> list[CardTemplate | None]:
    """Card templates aligned to ids (None where unknown)."""
    return await db.rows_by_ids(CardTemplate, ids)


async def appointments_by_ids(ids: Sequence[int]) -> list[tuple[int, Appointment] | None]:
    """(member id, appointment) aligned to ids, the member being the holder of its grant."""
    found = await db.rows_by_ids(Appointment, ids)
    grant_ids = list({a.grant_id for a in found if a is not None})
    owners = dict(
        await BenefitGrant.filter(id__in=grant_ids).values_list("id", "member_id")
        if grant_ids
        else []
    )
    return [
        (int(owners[a.grant_id]), a) if a is not None and a.grant_id in owners else None
        for a in found
    ]
