"""Wallet types shared by the wallet operations and the member."""

from __future__ import annotations

from typing import TypeAlias

import strawberry

from domain.wallet.models import PayMode, WalletStatus
from domain.wallet.service import Balances

WalletStatusEnum: TypeAlias = WalletStatus
strawberry.enum(WalletStatus, name="WalletStatus")
PayModeEnum: TypeAlias = PayMode
strawberry.enum(PayMode, name="PayMode")


@strawberry.type(name="Wallet", description="Stored value: principal and bonus kept apart.")
class WalletType:
    status: WalletStatusEnum
    pay_mode: PayModeEnum
    principal_cents: int
    bonus_cents: int

    @strawberry.field(description="Principal plus bonus.")
    def balance_cents(self) -> int:
        return self.principal_cents + self.bonus_cents

    @classmethod
    def from_balances(cls, b: Balances) -> WalletType:
        return cls(
            status=WalletStatus(b.wallet.status),
            pay_mode=PayMode(b.wallet.pay_mode),
            principal_cents=b.principal,
            bonus_cents=b.bonus,
        )
