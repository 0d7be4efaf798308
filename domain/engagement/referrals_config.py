"""The referral reward rule staff configure: what each stage pays each party, and the limits."""

from __future__ import annotations

from domain import db
from domain.coupons import templates as coupon_templates
from domain.engagement.referrals_models import ReferralRule
from domain.engagement.referrals_rules import (
    MAX_MONTHLY_CAP,
    MAX_PREFIX_LIMIT,
    Party,
    RewardSpec,
    Stage,
    reward_problems,
)
from domain.errors import DomainError, ErrorCode, Problems
from domain.points import config as points_config

Rewards = dict[tuple[Stage, Party], RewardSpec]


def field_of(stage: Stage, party: Party) -> str:
    """The input field naming one reward: `registered.referrer`, `firstOrder.invitee`."""
    stage_name = "registered" if stage is Stage.REGISTERED else "firstOrder"
    return f"{stage_name}.{party.value.lower()}"


def rewards_of(rule: ReferralRule) -> Rewards:
    """The rule's rewards by stage and party (missing ones are empty)."""
    return {
        (stage, party): RewardSpec.from_json(rule.rewards.get(stage, {}).get(party))
        for stage in Stage
        for party in Party
    }


async def _check_types(point_type: str, growth_point_type: str | None, problems: Problems) -> None:
    for code, field in ((point_type, "pointType"), (growth_point_type, "growthPointType")):
        if code is None:
            continue
        try:
            await points_config.get_type(code)
        except DomainError as error:
            problems.add(DomainError(error.message, field=field, code=error.code))


async def define_rule(
    *,
    point_type: str,
    growth_point_type: str | None,
    rewards: Rewards,
    monthly_cap: int,
    prefix_limit: int,
    operator: str,
) -> ReferralRule:
    """Replace the referral rule (the previous one stays, inactive); every problem at once."""
    problems = Problems()
    await _check_types(point_type, growth_point_type, problems)
    for (stage, party), spec in rewards.items():
        field = field_of(stage, party)
        for suffix, message in reward_problems(spec):
            problems.add(
                DomainError(message, field=f"{field}.{suffix}", code=ErrorCode.INVALID_AMOUNT)
            )
        if spec.growth and growth_point_type is None:
            problems.add(
                DomainError(
                    "Growth needs growthPointType.",
                    field=f"{field}.growth",
                    code=ErrorCode.REQUIRED,
                )
            )
        if spec.coupon is not None:
            with problems.collect():
                await coupon_templates.template_by_code(spec.coupon, field=f"{field}.coupon")
    if not 0 <= monthly_cap <= MAX_MONTHLY_CAP:
        problems.add(DomainError(f"The cap is 0 (none) to {MAX_MONTHLY_CAP}.", field="monthlyCap"))
    if not 1 <= prefix_limit <= MAX_PREFIX_LIMIT:
        problems.add(
            DomainError(f"The prefix limit is 1 to {MAX_PREFIX_LIMIT}.", field="prefixLimit")
        )
    problems.raise_if_any()
    stored: dict[str, dict[str, object]] = {}
    for (stage, party), spec in rewards.items():
        stored.setdefault(stage.value, {})[party.value] = spec.to_json()
    async with db.transaction():
        await ReferralRule.filter(active=True).update(active=False)
        return await ReferralRule.create(
            point_type=point_type,
            growth_point_type=growth_point_type,
            rewards=stored,
            monthly_cap=monthly_cap,
            prefix_limit=prefix_limit,
            created_by=operator[:100],
        )


async def active_rule() -> ReferralRule | None:
    """The rule in force, or None when referrals pay nothing."""
    return await ReferralRule.filter(active=True).order_by("-id").first()
