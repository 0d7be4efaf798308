"""The values of a message's template variables for a batch of members, read set-based and
only for the variables the template uses. Each variable renders to text:

- name: the member's name ("member" without one); level: the name of the member's level
- amount: what the rewards are worth, in yuan ("12.50"); points: the points rewarded
- store: the member's home store (its name, else its code)
- expiringPoints: points expiring within EXPIRING_DAYS business days
- coupon: the coupon rewarded, else the member's soonest-expiring available coupon (its name)
- recommendedItems: the names of the member's top recommendations, empty with no index
- expiry_date: the campaign's last day; campaign: its name
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from datetime import datetime
from typing import Any

from domain import config
from domain.campaigns import templates
from domain.campaigns.models import Campaign
from domain.campaigns.rewards import UnitCost
from domain.catalog import lookup as catalog_lookup
from domain.clock import to_business
from domain.coupons import service as coupons_service
from domain.coupons import templates as coupons_templates
from domain.coupons.models import CouponState
from domain.levels import progress as levels_progress
from domain.members.reach import Contact
from domain.points import holdings as points_holdings

VARIABLES = templates.DEFAULT_VARIABLES
EXPIRING_DAYS = 30
RECOMMENDED_ITEMS = 3
Values = dict[int, dict[str, str]]


def yuan(cents: int) -> str:
    """Cents as yuan with two decimals ("12.50")."""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


async def values(
    campaign: Campaign,
    contacts: Mapping[int, Contact],
    used: Collection[str],
    rewards: Sequence[Mapping[str, Any]],
    unit: UnitCost,
    now: datetime,
) -> Values:
    """Per member id of `contacts`: the text of each variable in `used`."""
    ids = list(contacts)
    found: Values = {m: {} for m in ids}
    fixed = {
        "points": str(sum(int(r.get("points", 0)) for r in rewards if r["kind"] == "POINTS")),
        "amount": yuan(unit.cents),
        "expiry_date": to_business(campaign.ends_at).date().isoformat(),
        "campaign": campaign.name,
    }
    for name in used:
        if name in fixed:
            for m in ids:
                found[m][name] = fixed[name]
        elif name == "name":
            for m in ids:
                found[m][name] = contacts[m].name or "member"
        elif name in _READERS:
            for m, text in (await _READERS[name](ids, contacts, rewards, now)).items():
                found[m][name] = text
    return found


async def _levels(
    ids: list[int], contacts: Mapping[int, Contact], rewards: Any, now: datetime
) -> dict[int, str]:
    places = await levels_progress.progress_of(ids)
    return {m: p.level.name if p.level else "" for m, p in zip(ids, places, strict=True)}


async def _stores(
    ids: list[int], contacts: Mapping[int, Contact], rewards: Any, now: datetime
) -> dict[int, str]:
    codes = sorted({c.store for c in contacts.values() if c.store})
    stores = dict(zip(codes, await catalog_lookup.stores_by_codes(codes), strict=True))
    named = {code: store.name if store else code for code, store in stores.items()}
    return {m: named.get(contacts[m].store or "", "") for m in ids}


async def _expiring(
    ids: list[int], contacts: Mapping[int, Contact], rewards: Any, now: datetime
) -> dict[int, str]:
    soon = await points_holdings.expiring_of(ids, EXPIRING_DAYS, now)
    return {m: str(sum(e.points for e in found)) for m, found in zip(ids, soon, strict=True)}


async def _coupons(
    ids: list[int], contacts: Mapping[int, Contact], rewards: Sequence[Any], now: datetime
) -> dict[int, str]:
    given = next((r["template"] for r in rewards if r["kind"] == "COUPON"), None)
    if given is not None:
        template = await coupons_templates.template_by_code(given)
        return {m: template.name for m in ids}
    held = await coupons_service.coupons_of(ids)
    soonest = {
        m: next(
            (c for c in coupons if c.state == CouponState.AVAILABLE and c.valid_until > now), None
        )
        for m, coupons in zip(ids, held, strict=True)
    }
    names = await coupons_templates.templates_by_ids(
        sorted({c.template_id for c in soonest.values() if c})
    )
    return {m: names[c.template_id].name if c else "" for m, c in soonest.items()}


Recommender = Callable[[int, str, int], Awaitable[list[str]]]
_recommender: list[Recommender] = []


def register_recommender(names: Recommender) -> None:
    """Install `names(member_id, slot, n)`: the names of a member's top recommendations, empty
    when no index is published (the recommendations area fills this at start-up)."""
    _recommender[:] = [names]


async def _recommended(
    ids: list[int], contacts: Mapping[int, Contact], rewards: Any, now: datetime
) -> dict[int, str]:
    if not _recommender:
        return {m: "" for m in ids}
    slot = config.CAMPAIGN_RECS_SLOT.get() or "home"
    return {m: ", ".join(await _recommender[0](m, slot, RECOMMENDED_ITEMS)) for m in ids}


_READERS = {
    "level": _levels,
    "store": _stores,
    "expiringPoints": _expiring,
    "coupon": _coupons,
    "recommendedItems": _recommended,
}
