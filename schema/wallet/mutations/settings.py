"""Wallet settings: a wallet's status and the recharge bonus rules."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.access import Scope
from domain.wallet import service as wallet_service
from domain.wallet.models import WalletStatus
from schema.access import actor, target_member
from schema.context import Info
from schema.errors import returns_errors
from schema.permissions import IsStaff
from schema.wallet.config_operations import RechargeRuleType
from schema.wallet.types import WalletPayload, WalletStatusEnum, wallet_of


@strawberry.input
class SetWalletStatusInput:
    member_id: strawberry.ID
    status: WalletStatusEnum


@strawberry.input
class DefineRechargeRuleInput:
    name: str
    pay_cents: int
    bonus_cents: int
    level_codes: list[str] = strawberry.field(default_factory=list)
    channels: list[str] = strawberry.field(default_factory=list)
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    priority: int = 0


@strawberry.type(description="What setWalletStatus returns.")
class SetWalletStatusPayload(WalletPayload):
    pass


@strawberry.type(description="What defineRechargeRule returns.")
class DefineRechargeRulePayload(WalletPayload):
    recharge_rule: RechargeRuleType | None = strawberry.field(
        default=None, description="The rule as defined."
    )


@strawberry.type
class WalletSettingsMutation:
    @strawberry.mutation(
        description="Lock, unlock or close a wallet (closing refunds unused "
        "principal and voids bonus). Errors: WALLET_CLOSED, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.WALLET_WRITE)],
    )
    @returns_errors
    async def set_wallet_status(
        self, info: Info, input: SetWalletStatusInput
    ) -> SetWalletStatusPayload:
        member = await target_member(info, input.member_id)
        await wallet_service.set_status(
            member_id=member, status=WalletStatus(input.status), operator=actor(info)
        )
        return SetWalletStatusPayload(wallet=await wallet_of(member))

    @strawberry.mutation(
        description="A recharge bonus rule. Errors: INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.WALLET_CONFIG)],
    )
    @returns_errors
    async def define_recharge_rule(
        self, input: DefineRechargeRuleInput
    ) -> DefineRechargeRulePayload:
        rule = await wallet_service.define_recharge_rule(
            name=input.name,
            pay_cents=input.pay_cents,
            bonus_cents=input.bonus_cents,
            level_codes=input.level_codes,
            channels=input.channels,
            starts_at=input.starts_at,
            ends_at=input.ends_at,
            priority=input.priority,
        )
        return DefineRechargeRulePayload(
            wallet=None, recharge_rule=RechargeRuleType.from_model(rule)
        )
