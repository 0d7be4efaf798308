"""Staff reads of recharge bonus rules, and retiring them."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.access import Scope
from domain.wallet import recharge_rules
from domain.wallet.models import RechargeRule
from schema.args import Active, After, First, ObjectId
from schema.config_history import RetireArgument
from schema.errors import UserError, returns_errors
from schema.node import Node
from schema.permissions import IsStaff
from schema.relay import Connection, decode_id, encode_id, keyset_page

READ = IsStaff.with_scope(Scope.WALLET_READ, Scope.WALLET_CONFIG)
CONFIG = IsStaff.with_scope(Scope.WALLET_CONFIG)


@strawberry.type(name="RechargeRule", description="Pay at least X, get a bonus of Y.")
class RechargeRuleType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the rule.")
    name: str = strawberry.field(description="Name shown to staff.")
    pay_cents: int = strawberry.field(description="Least recharge that earns the bonus.")
    bonus_cents: int = strawberry.field(description="Bonus given, in cents.")
    level_codes: list[str] = strawberry.field(description="Only members at these levels.")
    channels: list[str] = strawberry.field(description="Only recharges on these channels.")
    starts_at: datetime | None = strawberry.field(description="Applies from this instant.")
    ends_at: datetime | None = strawberry.field(description="Applies until this instant.")
    priority: int = strawberry.field(description="Higher priority wins between rules.")
    active: bool = strawberry.field(description="False once retired: it gives no more bonus.")

    @classmethod
    def from_model(cls, r: RechargeRule) -> RechargeRuleType:
        return cls(
            id=strawberry.ID(encode_id("RechargeRule", r.id)),
            name=r.name,
            pay_cents=r.pay_cents,
            bonus_cents=r.bonus_cents,
            level_codes=[str(c) for c in r.level_codes],
            channels=[str(c) for c in r.channels],
            starts_at=r.starts_at,
            ends_at=r.ends_at,
            priority=r.priority,
            active=r.active,
        )


@strawberry.type(description="What retireRechargeRule returns.")
class RetireRechargeRulePayload:
    recharge_rule: RechargeRuleType | None = strawberry.field(description="The retired rule.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type
class WalletConfigQuery:
    @strawberry.field(description="Recharge bonus rules by id.", permission_classes=[READ])
    async def recharge_rules(
        self, active: Active = None, first: First = None, after: After = None
    ) -> Connection[RechargeRuleType]:
        async def fetch(after_id: int | None, limit: int) -> list[RechargeRule]:
            return await recharge_rules.recharge_rules(
                active=active, after_id=after_id, limit=limit
            )

        return await keyset_page(
            fetch, first=first, after=after, key=lambda r: r.id, wrap=RechargeRuleType.from_model
        )

    @strawberry.field(description="One recharge rule, or null.", permission_classes=[READ])
    async def recharge_rule(self, id: ObjectId) -> RechargeRuleType | None:
        found = await recharge_rules.recharge_rule(decode_id(id, "RechargeRule", "id"))
        return RechargeRuleType.from_model(found) if found else None


@strawberry.type
class WalletRetireMutation:
    @strawberry.mutation(
        description="Give a recharge bonus no more; bonuses already given stay. "
        "Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[CONFIG],
    )
    @returns_errors
    async def retire_recharge_rule(self, input: RetireArgument) -> RetireRechargeRulePayload:
        found = await recharge_rules.retire_recharge_rule(decode_id(input.id, "RechargeRule", "id"))
        return RetireRechargeRulePayload(
            recharge_rule=RechargeRuleType.from_model(found), errors=[]
        )
