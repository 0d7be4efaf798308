"""Wallet mutations, a module per group."""

from __future__ import annotations

import strawberry

from schema.wallet.gift_cards import GiftCardsMutation
from schema.wallet.mutations.movements import WalletMovementsMutation
from schema.wallet.mutations.settings import WalletSettingsMutation


@strawberry.type
class WalletMutation(WalletMovementsMutation, WalletSettingsMutation, GiftCardsMutation):
    """Every wallet mutation."""
