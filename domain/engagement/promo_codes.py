"""Promo-code campaigns staff define, list and retire, and the codes they generate or import."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from domain import db
from domain.coupons import templates as coupon_templates
from domain.engagement.promo_codes_models import PromoCampaign, PromoCode, PromoKind
from domain.engagement.promo_codes_rules import (
    MAX_IMPORT,
    CodeFormat,
    CsvProblem,
    check_format,
    generate,
    is_valid_code,
    normalise_code,
    parse_csv,
)
from domain.errors import DomainError, ErrorCode, InvalidState, NotFound, Problems

MAX_PER_MEMBER = 100
MAX_SHARED_USES = 10_000_000
INSERT_BATCH = 5000


@dataclass(frozen=True, slots=True)
class CampaignInput:
    """What staff give to define a campaign; SHARED needs `code` and `total_limit`."""

    name: str
    kind: PromoKind
    coupon_template: str
    per_member_limit: int
    starts_at: datetime
    ends_at: datetime
    code: str | None = None
    total_limit: int | None = None


@dataclass
class ImportOutcome:
    """What an import loaded and which lines it refused."""

    loaded: int = 0
    rejected: list[CsvProblem] = field(default_factory=list)


async def _check(spec: CampaignInput) -> str | None:
    problems = Problems()
    if not 1 <= len(spec.name.strip()) <= 100:
        problems.add(DomainError("The name is 1 to 100 characters.", field="name"))
    with problems.collect():
        await coupon_templates.template_by_code(spec.coupon_template, field="couponTemplate")
    if not 1 <= spec.per_member_limit <= MAX_PER_MEMBER:
        problems.add(DomainError(f"1 to {MAX_PER_MEMBER} per member.", field="perMemberLimit"))
    if spec.ends_at <= spec.starts_at:
        problems.add(
            DomainError(
                "endsAt comes after startsAt.", field="endsAt", code=ErrorCode.INVALID_WINDOW
            )
        )
    code = normalise_code(spec.code or "")
    if spec.kind is PromoKind.SHARED:
        if not is_valid_code(code):
            problems.add(
                DomainError("A shared code is 3 to 32 of A-Z, 0-9, - and _.", field="code")
            )
        if spec.total_limit is None or not 1 <= spec.total_limit <= MAX_SHARED_USES:
            problems.add(DomainError(f"1 to {MAX_SHARED_USES:,} uses.", field="totalLimit"))
    elif spec.code or spec.total_limit is not None:
        problems.add(DomainError("Unique codes are generated or imported.", field="code"))
    problems.raise_if_any()
    return code if spec.kind is PromoKind.SHARED else None


async def define_campaign(spec: CampaignInput, *, operator: str) -> PromoCampaign:
    """Create a campaign (and its shared code); DUPLICATE when the shared code exists."""
    code = await _check(spec)
    async with db.transaction():
        campaign = await PromoCampaign.create(
            name=spec.name.strip(),
            kind=spec.kind,
            coupon_template=spec.coupon_template,
            per_member_limit=spec.per_member_limit,
            starts_at=spec.starts_at,
            ends_at=spec.ends_at,
            created_by=operator[:100],
            using_db=db.connection(),
        )
        shared = code is not None and spec.total_limit is not None
        if shared and not await _insert_codes(campaign.id, [code or ""], spec.total_limit or 0):
            raise DomainError("This code exists.", field="code", code=ErrorCode.DUPLICATE)
        return campaign


async def retire_campaign(campaign_id: int) -> PromoCampaign:
    """Stop a campaign's codes from being redeemed (what was redeemed stays)."""
    await PromoCampaign.filter(id=campaign_id).update(retired=True)
    return await get_campaign(campaign_id)


async def get_campaign(campaign_id: int, field: str = "campaignId") -> PromoCampaign:
    """A campaign by id, or NOT_FOUND."""
    campaign = await PromoCampaign.get_or_none(id=campaign_id)
    if campaign is None:
        raise NotFound("Unknown promo campaign.", field=field)
    return campaign


async def campaigns_by_ids(ids: list[int]) -> list[PromoCampaign | None]:
    """Campaigns aligned to ids, None where unknown."""
    return await db.rows_by_ids(PromoCampaign, ids)


async def campaigns_page(*, before_id: int | None, limit: int) -> list[PromoCampaign]:
    """Campaigns, newest first."""
    return await db.page_by_id(
        PromoCampaign.all(), after_id=before_id, limit=limit, newest_first=True
    )


async def usage_of(campaign_ids: list[int]) -> list[tuple[int, int]]:
    """(codes, redemptions) of each campaign, aligned to the ids."""
    rows = await db.fetch(
        "SELECT campaign_id, count(*) AS codes, COALESCE(sum(used), 0) AS used FROM promo_codes "
        "WHERE campaign_id = ANY($1::bigint[]) GROUP BY campaign_id",
        campaign_ids,
    )
    found = {int(r["campaign_id"]): (int(r["codes"]), int(r["used"])) for r in rows}
    return [found.get(i, (0, 0)) for i in campaign_ids]


async def _unique_campaign(campaign_id: int) -> PromoCampaign:
    campaign = await get_campaign(campaign_id)
    if campaign.kind is not PromoKind.UNIQUE or campaign.retired:
        raise InvalidState("Codes are added to live UNIQUE campaigns.", field="campaignId")
    return campaign


async def generate_codes(campaign_id: int, spec: CodeFormat, count: int) -> int:
    """Add `count` new random codes of the format, unique across all campaigns."""
    check_format(spec, count)
    await _unique_campaign(campaign_id)
    added = 0
    async with db.transaction():
        while added < count:  # codes taken by another campaign are drawn again
            added += await _insert_codes(
                campaign_id, generate(spec, min(count - added, INSERT_BATCH)), 1
            )
    return added


async def import_codes(campaign_id: int, text: str) -> ImportOutcome:
    """Add the codes of a CSV; malformed lines, repeats and codes that exist are refused by
    line, the others load."""
    await _unique_campaign(campaign_id)
    codes, problems = parse_csv(text)
    if len(codes) > MAX_IMPORT:
        raise DomainError(f"At most {MAX_IMPORT:,} codes.", field="csv", code=ErrorCode.TOO_MANY)
    outcome = ImportOutcome(rejected=problems)
    async with db.transaction():
        existing = set(await db.values_of(PromoCode.filter(code__in=[c for _, c in codes]), "code"))
        fresh = [(line, code) for line, code in codes if code not in existing]
        outcome.rejected += [
            CsvProblem(line, "the code exists") for line, c in codes if c in existing
        ]
        outcome.loaded = await _insert_codes(campaign_id, [c for _, c in fresh], 1)
    outcome.rejected.sort(key=lambda p: p.line)
    return outcome


async def _insert_codes(campaign_id: int, codes: list[str], max_uses: int) -> int:
    rows = await db.fetch(
        "INSERT INTO promo_codes (campaign_id, code, max_uses, used, created_at) "
        "SELECT $1, c, $3, 0, now() FROM unnest($2::text[]) AS c "
        "ON CONFLICT (code) DO NOTHING RETURNING id",
        campaign_id,
        codes,
        max_uses,
    )
    return len(rows)
