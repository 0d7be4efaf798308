"""Wallet types shared by the wallet operations and the member."""

from __future__ import annotations

import strawberry

from domain.wallet.models import PayMode, WalletStatus
from domain.wallet.service import Balances

WalletStatusEnum = strawberry.enum(WalletStatus, name="WalletStatus")
PayModeEnum = strawberry.enum(PayMode, name="PayMode")


@strawberry.type(name="Wallet", description="Stored value: principal and bonus kept apart.")
class WalletType:
    status: WalletStatusEnum  # type: ignore[valid-type]
    pay_mode: PayModeEnum  # type: ignore[valid-type]
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
