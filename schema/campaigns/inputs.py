"""Campaign inputs, typed, and their conversion to the settings the domain stores.

The domain keeps its JSON settings (`{"kind": "POINTS", "points": 100}`); this module builds them
from the typed inputs and translates the field paths of domain errors back into the input's
(`rewards[0].points` becomes `rewards[0].points.points`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from domain.campaigns import rules
from domain.errors import DomainError, InvalidInput
from schema.campaigns.types import (
    CampaignModeEnum,
    ChannelEnum,
    FrequencyCapEnum,
    TriggerKindEnum,
)
from schema.errors import InputError
from schema.relay import decode_id
from schema.segments.inputs import DefinitionInput, camel_path


def _given(value: object) -> bool:
    return value is not None and value is not strawberry.UNSET


@strawberry.input(
    one_of=True,
    name="CampaignAudienceInput",
    description="Who a campaign is for: give exactly one field.",
)
class AudienceInput:
    everyone: bool | None = strawberry.field(
        default=strawberry.UNSET, description="Every active member; give true."
    )
    segment: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="A saved segment, evaluated when the campaign runs."
    )
    snapshot: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="A frozen snapshot of a segment."
    )
    definition: DefinitionInput | None = strawberry.field(
        default=strawberry.UNSET,
        description="The campaign's own audience definition, evaluated when it runs.",
    )

    def to_setting(self) -> dict[str, Any]:
        """The stored audience setting; ids are decoded here (INVALID_ID with the path)."""
        if _given(self.everyone):
            if self.everyone is not True:
                raise InputError("Give everyone: true.", field="audience.everyone")
            return {"kind": rules.AudienceKind.EVERYONE.value}
        if self.segment is not None and self.segment is not strawberry.UNSET:
            segment_id = decode_id(self.segment, "Segment", "audience.segment")
            return {"kind": rules.AudienceKind.SEGMENT.value, "id": segment_id}
        if self.snapshot is not None and self.snapshot is not strawberry.UNSET:
            snapshot_id = decode_id(self.snapshot, "SegmentSnapshot", "audience.snapshot")
            return {"kind": rules.AudienceKind.SNAPSHOT.value, "id": snapshot_id}
        assert self.definition is not None
        definition = self.definition.to_dict("audience.definition")
        return {"kind": rules.AudienceKind.DEFINITION.value, "definition": definition}


@strawberry.input(name="PointsRewardInput", description="Points credited to each member.")
class PointsRewardInput:
    points: int = strawberry.field(description="How many points, more than 0.")
    point_type: str = strawberry.field(default="POINTS", description="The point type's code.")


@strawberry.input(name="CouponRewardInput", description="A coupon issued to each member.")
class CouponRewardInput:
    template: str = strawberry.field(description="An active coupon template's code.")


@strawberry.input(name="BenefitRewardInput", description="A benefit granted to each member.")
class BenefitRewardInput:
    benefit: str = strawberry.field(description="The benefit's code.")
    quantity: int = strawberry.field(default=1, description="How many, more than 0.")


@strawberry.input(
    one_of=True,
    name="CampaignRewardInput",
    description="One reward each member gets: give exactly one field.",
)
class RewardInput:
    points: PointsRewardInput | None = strawberry.field(
        default=strawberry.UNSET, description="Points."
    )
    coupon: CouponRewardInput | None = strawberry.field(
        default=strawberry.UNSET, description="A coupon."
    )
    benefit: BenefitRewardInput | None = strawberry.field(
        default=strawberry.UNSET, description="A benefit."
    )

    @property
    def key(self) -> str:
        """The name of the field given."""
        return next(name for name in ("points", "coupon", "benefit") if _given(getattr(self, name)))

    def to_setting(self) -> dict[str, Any]:
        """The stored reward ({"kind", ...})."""
        if isinstance(self.points, PointsRewardInput):
            return {
                "kind": rules.RewardKind.POINTS.value,
                "points": self.points.points,
                "pointType": self.points.point_type,
            }
        if isinstance(self.coupon, CouponRewardInput):
            return {"kind": rules.RewardKind.COUPON.value, "template": self.coupon.template}
        assert isinstance(self.benefit, BenefitRewardInput)
        return {
            "kind": rules.RewardKind.BENEFIT.value,
            "benefit": self.benefit.benefit,
            "quantity": self.benefit.quantity,
        }


@strawberry.input(
    name="CampaignTriggerInput",
    description="What makes a triggered campaign fire; give only the fields of its kind.",
)
class TriggerInput:
    kind: TriggerKindEnum = strawberry.field(description="The kind of trigger.")
    min_total_cents: int | None = strawberry.field(
        default=None, description="ORDER_PAID, FIRST_ORDER: the least order total (default 0)."
    )
    channels: list[str] | None = strawberry.field(
        default=None, description="ORDER_PAID, FIRST_ORDER: order channels; null means any."
    )
    stores: list[str] | None = strawberry.field(
        default=None, description="ORDER_PAID, FIRST_ORDER: store codes; null means any."
    )
    event: str | None = strawberry.field(
        default=None, description="EVENT (required): the event's name."
    )
    properties: JSON | None = strawberry.field(
        default=None, description="EVENT: property values the event must have (an object)."
    )
    days: int | None = strawberry.field(
        default=None,
        description="INACTIVE: days without an order; POINTS_EXPIRING: days ahead (default 30).",
    )
    hours: int | None = strawberry.field(
        default=None, description="CART_ABANDONED: hours since the cart (default 24)."
    )
    rank: int | None = strawberry.field(
        default=None, description="LEVEL_REACHED: the level rank reached (default 2)."
    )

    def to_setting(self) -> dict[str, Any]:
        """The stored trigger: its kind and the options given."""
        options = {
            "min_total_cents": self.min_total_cents,
            "channels": self.channels,
            "stores": self.stores,
            "event": self.event,
            "properties": self.properties,
            "days": self.days,
            "hours": self.hours,
            "rank": self.rank,
        }
        given = {key: value for key, value in options.items() if value is not None}
        return {"kind": rules.TriggerKind(self.kind).value, **given}


@strawberry.input(name="CampaignMessageInput", description="The message sent with the rewards.")
class MessageInput:
    channel: ChannelEnum = strawberry.field(description="Where it goes.")
    body: str = strawberry.field(
        description="The template: {name}, {level}, {amount}, {store}, {points}, "
        "{expiringPoints}, {coupon}, {recommendedItems}, {expiry_date}, {campaign}."
    )
    title: str | None = strawberry.field(
        default=None, description="PUSH, INBOX: the title; EMAIL: the subject."
    )
    template_code: str | None = strawberry.field(
        default=None,
        description="SMS (required): the provider's approved template code; WECHAT (required): "
        "the subscribe message template id. The template variables are its parameters.",
    )
    link: str | None = strawberry.field(
        default=None, description="WECHAT: the mini-program page; PUSH, INBOX: the deep link."
    )

    def to_setting(self) -> dict[str, Any]:
        """The stored message."""
        setting: dict[str, Any] = {
            "channel": rules.MessageChannel(self.channel).value,
            "body": self.body,
        }
        extras = {"title": self.title, "templateCode": self.template_code, "link": self.link}
        setting.update({key: value for key, value in extras.items() if value})
        return setting


@strawberry.input(name="CampaignFrequencyInput", description="How often one member is rewarded.")
class FrequencyInput:
    cap: FrequencyCapEnum = strawberry.field(description="Once, or again after some days.")
    days: int | None = strawberry.field(
        default=None, description="EVERY_N_DAYS: business days between rewards (default 1)."
    )

    def to_setting(self) -> dict[str, Any]:
        """The stored frequency."""
        cap = rules.FrequencyCap(self.cap)
        if cap is rules.FrequencyCap.ONCE:
            if self.days is not None:
                raise InputError("ONCE takes no days.", field="frequency.days")
            return {"cap": cap.value}
        return {"cap": cap.value, "days": 1 if self.days is None else self.days}


@strawberry.input(name="CampaignVariantInput", description="One treatment arm of a campaign.")
class VariantInput:
    code: str = strawberry.field(description="The arm's code, unique in the campaign.")
    percent: float = strawberry.field(description="Share of the audience, in percent.")
    body: str | None = strawberry.field(default=None, description="Its own message body.")
    rewards: list[RewardInput] | None = strawberry.field(
        default=None, description="Its own rewards; null means the campaign's."
    )

    def to_setting(self) -> dict[str, Any]:
        """The stored variant."""
        setting: dict[str, Any] = {"code": self.code, "percent": self.percent}
        if self.body is not None:
            setting["body"] = self.body
        if self.rewards is not None:
            setting["rewards"] = [reward.to_setting() for reward in self.rewards]
        return setting


@strawberry.input(description="A campaign to create as a draft.")
class CreateCampaignInput:
    name: str = strawberry.field(description="Shown to staff.")
    starts_at: datetime = strawberry.field(description="When it may start sending.")
    ends_at: datetime = strawberry.field(description="When it stops; after startsAt.")
    mode: CampaignModeEnum = strawberry.field(description="One-shot, triggered or recurring.")
    audience: AudienceInput = strawberry.field(description="Who it is for.")
    rewards: list[RewardInput] = strawberry.field(
        default_factory=list, description="What each member gets."
    )
    goal: str = ""
    trigger: TriggerInput | None = strawberry.field(
        default=None, description="TRIGGERED campaigns (required): what fires them."
    )
    message: MessageInput | None = strawberry.field(
        default=None, description="The message sent with the rewards; null sends none."
    )
    frequency: FrequencyInput | None = strawberry.field(
        default=None, description="How often one member is rewarded; null means ONCE."
    )
    control_percent: float = 0
    variants: list[VariantInput] = strawberry.field(
        default_factory=list,
        description="Treatment arms; none means one arm taking what control leaves.",
    )
    budget_points: int | None = None
    budget_coupons: int | None = None
    budget_cost_cents: int | None = None
    quiet_start: str = "21:00"
    quiet_end: str = "09:00"
    attribution_days: int = 7
    recurring_days: list[int] = strawberry.field(default_factory=list)


_REWARD_PATH = re.compile(r"^((?:variants\[(\d+)\]\.)?rewards\[(\d+)\])\.(.+)$")
_RENAMED = {"frequencyDays": "frequency.days", "frequency": "frequency.cap"}


def input_path(spec: CreateCampaignInput) -> Callable[[str | None], str | None]:
    """Translate a domain error's field into the path of the input's field."""

    def reward_at(variant: str | None, index: str) -> RewardInput | None:
        rewards: Sequence[RewardInput] | None = spec.rewards
        if variant is not None:
            variants = spec.variants
            rewards = variants[int(variant)].rewards if int(variant) < len(variants) else None
        if rewards is None or int(index) >= len(rewards):
            return None
        return rewards[int(index)]

    def translate(field: str | None) -> str | None:
        if not field:
            return field
        if field in _RENAMED:
            return _RENAMED[field]
        match = _REWARD_PATH.match(field)
        if match:
            prefix, variant, index, rest = match.groups()
            reward = reward_at(variant, index)
            if reward is not None and rest != "kind":
                return f"{prefix}.{reward.key}.{rest}"
        if field.startswith("audience.definition"):
            return camel_path(field)
        return field

    return translate


def translate_error(error: DomainError, translate: Callable[[str | None], str | None]) -> None:
    """Rewrite the fields of an error (and of each problem it carries) in place."""
    for problem in [error, *(error.errors if isinstance(error, InvalidInput) else [])]:
        problem.field = translate(problem.field)
