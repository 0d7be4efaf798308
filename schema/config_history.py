"""`configHistory`: who changed a configuration object, when, and from what to what."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Annotated

import strawberry
from strawberry.relay import GlobalID
from strawberry.scalars import JSON

from domain import config_history
from domain.access import Scope
from domain.config_history import ConfigChange, ConfigChangeAction
from domain.errors import ErrorCode, Forbidden
from schema.args import After, First
from schema.context import Info
from schema.permissions import IsStaff
from schema.relay import Connection, keyset_page, plain_id


@strawberry.enum(name="ConfigChangeAction", description="What a change did.")
class ConfigChangeActionEnum(Enum):
    DEFINE = strawberry.enum_value("DEFINE", description="The object was created.")
    UPDATE = strawberry.enum_value("UPDATE", description="Stored columns changed.")
    RETIRE = strawberry.enum_value(
        "RETIRE", description="Retired, archived, ended or disabled: no further use."
    )


@strawberry.enum(description="The kinds of configuration whose changes are recorded.")
class ConfigObjectType(Enum):
    POINT_TYPE = strawberry.enum_value("PointType", description="A point type (plain id).")
    EARNING_RULE = strawberry.enum_value("EarningRule", description="An earning rule.")
    PROMOTION = strawberry.enum_value("Promotion", description="A points promotion.")
    EVENT_BONUS = strawberry.enum_value("EventBonusRule", description="An event bonus rule.")
    RECHARGE_RULE = strawberry.enum_value("RechargeRule", description="A wallet recharge rule.")
    LEVEL_LADDER = strawberry.enum_value(
        "LevelLadder", description="The level ladder as a whole (objectId `default`)."
    )
    PAID_PLAN = strawberry.enum_value("PaidPlan", description="A paid membership plan.")
    BENEFIT = strawberry.enum_value("Benefit", description="A catalogue benefit.")
    BENEFIT_CARD_TEMPLATE = strawberry.enum_value(
        "CardTemplate", description="A benefit card template."
    )
    COUPON_TEMPLATE = strawberry.enum_value(
        "CouponTemplate", description="A coupon template (objectId: its code)."
    )
    TAG = strawberry.enum_value("Tag", description="A tag definition.")
    SEGMENT = strawberry.enum_value("Segment", description="A saved segment.")
    RECOMMENDATION_SLOT = strawberry.enum_value(
        "RecSlot", description="A recommendation slot (objectId: its code)."
    )
    MALL_GOODS = strawberry.enum_value("MallGoods", description="A points mall goods.")
    EVENT_DEFINITION = strawberry.enum_value(
        "EventDefinition", description="A behaviour event definition (objectId: its name)."
    )
    CAMPAIGN = strawberry.enum_value(
        "Campaign", description="A campaign: its creation and its cancelling."
    )
    SIGN_IN_RULE = strawberry.enum_value(
        "SignInRule", description="The sign-in rule as a whole (objectId `default`)."
    )


# The scope a staff token needs to read an object's history: its area's configuration scope
# (areas without one use their write scope).
HISTORY_SCOPES: dict[ConfigObjectType, Scope] = {
    ConfigObjectType.POINT_TYPE: Scope.POINTS_CONFIG,
    ConfigObjectType.EARNING_RULE: Scope.POINTS_CONFIG,
    ConfigObjectType.PROMOTION: Scope.POINTS_CONFIG,
    ConfigObjectType.EVENT_BONUS: Scope.POINTS_CONFIG,
    ConfigObjectType.RECHARGE_RULE: Scope.WALLET_CONFIG,
    ConfigObjectType.LEVEL_LADDER: Scope.LEVELS_CONFIG,
    ConfigObjectType.PAID_PLAN: Scope.LEVELS_CONFIG,
    ConfigObjectType.BENEFIT: Scope.BENEFITS_CONFIG,
    ConfigObjectType.BENEFIT_CARD_TEMPLATE: Scope.BENEFITS_CONFIG,
    ConfigObjectType.COUPON_TEMPLATE: Scope.COUPONS_CONFIG,
    ConfigObjectType.TAG: Scope.TAGS_WRITE,
    ConfigObjectType.SEGMENT: Scope.SEGMENTS_WRITE,
    ConfigObjectType.RECOMMENDATION_SLOT: Scope.RECS_WRITE,
    ConfigObjectType.MALL_GOODS: Scope.POINTS_CONFIG,
    ConfigObjectType.EVENT_DEFINITION: Scope.ORDERS_WRITE,
    ConfigObjectType.CAMPAIGN: Scope.CAMPAIGNS_WRITE,
    ConfigObjectType.SIGN_IN_RULE: Scope.POINTS_CONFIG,
}


# Objects clients know by code rather than id; their history is kept under the code.
NAMED_BY_CODE = {
    ConfigObjectType.LEVEL_LADDER,
    ConfigObjectType.COUPON_TEMPLATE,
    ConfigObjectType.RECOMMENDATION_SLOT,
    ConfigObjectType.EVENT_DEFINITION,
    ConfigObjectType.SIGN_IN_RULE,
}


@strawberry.type(name="ConfigChange", description="One define, update or retire of configuration.")
class ConfigChangeType:
    action: ConfigChangeActionEnum = strawberry.field(description="Define, update or retire.")
    actor: str = strawberry.field(description="Who made the change (token subject).")
    object_type: str = strawberry.field(description="The kind of object changed.")
    object_id: str = strawberry.field(description="The plain id (or code) of the object.")
    before: JSON | None = strawberry.field(description="Stored columns before; null on define.")
    after: JSON | None = strawberry.field(description="Stored columns after the change.")
    created_at: datetime = strawberry.field(description="When the change committed.")

    @classmethod
    def from_model(cls, change: ConfigChange) -> ConfigChangeType:
        return cls(
            action=ConfigChangeActionEnum[ConfigChangeAction(change.action).name],
            actor=change.actor,
            object_type=change.object_type,
            object_id=change.object_id,
            before=JSON(change.before) if change.before is not None else None,
            after=JSON(change.after) if change.after is not None else None,
            created_at=change.created_at,
        )


@strawberry.input(description="Which configuration object to retire.")
class RetireInput:
    id: strawberry.ID = strawberry.field(description="Its global (or plain) id.")


RetireArgument = Annotated[RetireInput, strawberry.argument(description="The object to retire.")]


def _row_id(value: str) -> int:
    """A plain id, or the row id inside a global id of whatever type."""
    if value.isascii() and value.isdigit():
        return plain_id(value, "objectId")
    try:
        node_id = GlobalID.from_id(value).node_id
    except (ValueError, TypeError):
        node_id = ""
    return plain_id(node_id, "objectId")


@strawberry.type
class ConfigHistoryQuery:
    @strawberry.field(
        description="Changes of one configuration object, oldest first. Needs the object "
        "area's configuration scope (tags, segments, slots, event definitions and campaigns: "
        "their write scope; the sign-in rule: points:config). Errors: FORBIDDEN, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(*sorted(set(HISTORY_SCOPES.values())))],
    )
    async def config_history(
        self,
        info: Info,
        object_type: Annotated[
            ConfigObjectType, strawberry.argument(description="The kind of object.")
        ],
        object_id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description="Its global or plain id; the code for coupon templates and "
                "recommendation slots; the name for event definitions; `default` for the level "
                "ladder and the sign-in rule."
            ),
        ],
        first: First = None,
        after: After = None,
    ) -> Connection[ConfigChangeType]:
        principal = info.context.principal
        scope = HISTORY_SCOPES[object_type]
        if principal is None or not principal.has_scope(scope):
            raise Forbidden(f"This needs the {scope} scope.", code=ErrorCode.FORBIDDEN)
        key = object_id if object_type in NAMED_BY_CODE else _row_id(object_id)

        async def fetch(after_id: int | None, limit: int) -> list[ConfigChange]:
            return await config_history.changes(
                str(object_type.value), key, after_id=after_id, limit=limit
            )

        return await keyset_page(
            fetch, first=first, after=after, key=lambda c: c.id, wrap=ConfigChangeType.from_model
        )
