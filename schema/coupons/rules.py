"""A coupon template's usage rules and cost sharing as typed inputs and outputs.

The domain keeps the rules as an object of snake_case keys, only those that restrict
(domain.coupons.eligibility), and the cost share as `{party: percent}`; this module converts.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry

from domain.errors import ErrorCode
from schema.errors import InputError
from schema.segments import definition
from schema.segments.definition import SegmentDefinition
from schema.segments.inputs import DefinitionInput

CODE_LISTS = (
    "channels",
    "stores",
    "levels",
    "include_items",
    "exclude_items",
    "include_categories",
    "exclude_categories",
    "include_brands",
    "exclude_brands",
)


@strawberry.enum(name="CouponScene", description="Where an order is fulfilled.")
class CouponScene(Enum):
    ONLINE = strawberry.enum_value("ONLINE", description="Delivered from an online order.")
    IN_STORE = strawberry.enum_value("IN_STORE", description="Bought in a store.")
    SHIPPING = strawberry.enum_value("SHIPPING", description="Shipped to the member.")


@strawberry.enum(name="Weekday", description="A day of the week in the business time zone.")
class Weekday(Enum):
    MONDAY = strawberry.enum_value(1, description="Monday.")
    TUESDAY = strawberry.enum_value(2, description="Tuesday.")
    WEDNESDAY = strawberry.enum_value(3, description="Wednesday.")
    THURSDAY = strawberry.enum_value(4, description="Thursday.")
    FRIDAY = strawberry.enum_value(5, description="Friday.")
    SATURDAY = strawberry.enum_value(6, description="Saturday.")
    SUNDAY = strawberry.enum_value(7, description="Sunday.")


@strawberry.input(description="Hours of the day [from, to) in the business time zone.")
class HourRangeInput:
    from_: int = strawberry.field(name="from", description="First hour, 0..23.")
    to: int = strawberry.field(description="Hour it ends before, from+1..24.")


@strawberry.type(name="HourRange", description="Hours of the day [from, to).")
class HourRangeType:
    from_: int = strawberry.field(name="from", description="First hour, 0..23.")
    to: int = strawberry.field(description="Hour it ends before, up to 24.")


_LIST_HELP = "omitted or empty: any"


@strawberry.input(description="Where and when a coupon applies; an omitted rule does not restrict.")
class CouponRulesInput:
    channels: list[str] | None = strawberry.field(
        default=None, description=f"Sales channels; {_LIST_HELP}."
    )
    scenes: list[CouponScene] | None = strawberry.field(
        default=None, description=f"Scenes; {_LIST_HELP}."
    )
    stores: list[str] | None = strawberry.field(
        default=None, description=f"Store codes; {_LIST_HELP}."
    )
    levels: list[str] | None = strawberry.field(
        default=None, description=f"Member level codes; {_LIST_HELP}."
    )
    include_items: list[str] | None = strawberry.field(
        default=None, description="Only these item codes are discounted."
    )
    exclude_items: list[str] | None = strawberry.field(
        default=None, description="These item codes are never discounted."
    )
    include_categories: list[str] | None = strawberry.field(
        default=None, description="Only items of these category codes are discounted."
    )
    exclude_categories: list[str] | None = strawberry.field(
        default=None, description="Items of these category codes are never discounted."
    )
    include_brands: list[str] | None = strawberry.field(
        default=None, description="Only items of these brand codes are discounted."
    )
    exclude_brands: list[str] | None = strawberry.field(
        default=None, description="Items of these brand codes are never discounted."
    )
    min_spend_cents: int | None = strawberry.field(
        default=None, description="Least spend on the eligible lines; >= 0."
    )
    weekdays: list[Weekday] | None = strawberry.field(
        default=None, description="Days it can be used (at least one when given)."
    )
    hours: HourRangeInput | None = strawberry.field(
        default=None, description="Hours of the day it can be used."
    )
    new_members_only: bool | None = strawberry.field(
        default=None, description="Only for members registered recently."
    )
    audience: DefinitionInput | None = strawberry.field(
        default=None,
        description="Only members in this audience may claim or exchange it (tags such as "
        "lifecycle or RFM class, behaviour, saved segments).",
    )

    def to_domain(self) -> dict[str, Any]:
        """The rules that restrict, in the domain's form; a negative spend is refused."""
        rules: dict[str, Any] = {
            name: list(getattr(self, name))
            for name in CODE_LISTS
            if getattr(self, name) is not None
        }
        if self.scenes is not None:
            rules["scenes"] = [scene.value for scene in self.scenes]
        if self.min_spend_cents is not None:
            if self.min_spend_cents < 0:
                raise InputError(
                    "minSpendCents must not be negative.",
                    field="rules.minSpendCents",
                    code=ErrorCode.INVALID_AMOUNT,
                )
            rules["min_spend_cents"] = self.min_spend_cents
        if self.weekdays is not None:
            rules["weekdays"] = [day.value for day in self.weekdays]
        if self.hours is not None:
            rules["hours"] = [self.hours.from_, self.hours.to]
        if self.new_members_only is not None:
            rules["new_members_only"] = self.new_members_only
        if self.audience is not None:
            rules["audience"] = self.audience.to_dict("rules.audience")
        return rules


@strawberry.type(name="CouponRules", description="Where and when a coupon applies.")
class CouponRulesType:
    channels: list[str] = strawberry.field(description=f"Sales channels; {_LIST_HELP}.")
    scenes: list[CouponScene] = strawberry.field(description=f"Scenes; {_LIST_HELP}.")
    stores: list[str] = strawberry.field(description=f"Store codes; {_LIST_HELP}.")
    levels: list[str] = strawberry.field(description=f"Member level codes; {_LIST_HELP}.")
    include_items: list[str] = strawberry.field(description="Only these item codes; empty: any.")
    exclude_items: list[str] = strawberry.field(description="Never these item codes.")
    include_categories: list[str] = strawberry.field(
        description="Only items of these category codes; empty: any."
    )
    exclude_categories: list[str] = strawberry.field(
        description="Never items of these category codes."
    )
    include_brands: list[str] = strawberry.field(
        description="Only items of these brand codes; empty: any."
    )
    exclude_brands: list[str] = strawberry.field(description="Never items of these brand codes.")
    min_spend_cents: int = strawberry.field(description="Least spend on the eligible lines.")
    weekdays: list[Weekday] = strawberry.field(description="Days it can be used; empty: any.")
    hours: HourRangeType | None = strawberry.field(description="Hours it can be used; null: any.")
    new_members_only: bool = strawberry.field(description="Only for members registered recently.")
    audience: SegmentDefinition | None = strawberry.field(
        description="Only members in this audience may claim or exchange it; null: anyone."
    )

    @classmethod
    def from_json(cls, rules: dict[str, Any]) -> CouponRulesType:
        """The domain's stored rules."""
        hours = rules.get("hours")
        return cls(
            **{name: list(rules.get(name) or []) for name in CODE_LISTS},
            scenes=[CouponScene(s) for s in rules.get("scenes") or []],
            min_spend_cents=int(rules.get("min_spend_cents", 0)),
            weekdays=[Weekday(d) for d in rules.get("weekdays") or []],
            hours=HourRangeType(from_=hours[0], to=hours[1]) if hours else None,
            new_members_only=bool(rules.get("new_members_only", False)),
            audience=definition.from_json(rules["audience"]) if rules.get("audience") else None,
        )


@strawberry.input(description="Percent of each discount funded by each party; adds up to 100.")
class CostShareInput:
    platform: int = strawberry.field(default=0, description="Percent the platform funds.")
    merchant: int = strawberry.field(default=0, description="Percent the merchant funds.")
    brand: int = strawberry.field(default=0, description="Percent the brand funds.")

    def to_domain(self) -> dict[str, int]:
        """The domain's form: {party: percent}."""
        return {"platform": self.platform, "merchant": self.merchant, "brand": self.brand}


@strawberry.type(name="CostShare", description="Percent of each discount funded by each party.")
class CostShareType:
    platform: int = strawberry.field(description="Percent the platform funds.")
    merchant: int = strawberry.field(description="Percent the merchant funds.")
    brand: int = strawberry.field(description="Percent the brand funds.")

    @classmethod
    def from_json(cls, share: dict[str, Any]) -> CostShareType:
        """The domain's stored share (a party not named funds 0)."""
        return cls(
            platform=int(share.get("platform", 0)),
            merchant=int(share.get("merchant", 0)),
            brand=int(share.get("brand", 0)),
        )
