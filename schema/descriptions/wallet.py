# ruff: noqa: E501  (one description a line reads better than wrapped strings)
"""Descriptions of the wallet area: stored value, recharges, payments, refunds, bonus rules."""

_PAYLOADS = {
    "RechargeWalletPayload": "recharge",
    "PayWithWalletPayload": "payment",
    "RefundWalletPaymentPayload": "refund",
    "SetWalletStatusPayload": "",
    "DefineRechargeRulePayload": "",
}
_PARTS = {
    "recharge": "The recharge made",
    "payment": "The payment made",
    "refund": "The refund made",
}

DESCRIPTIONS: dict[str, str] = {
    "Wallet.status": "Active, locked or closed.",
    "Wallet.payMode": "How a payment splits between principal and bonus.",
    "Wallet.principalCents": "Money the member paid in and not yet spent, in fen (refundable).",
    "Wallet.bonusCents": "Bonus from recharge rules not yet spent, in fen (not refundable as cash).",
    "WalletStatus": "Whether a wallet can be used.",
    "WalletStatus.ACTIVE": "Usable.",
    "WalletStatus.LOCKED": "Locked by staff: recharges and payments refused (WALLET_LOCKED) until unlocked.",
    "WalletStatus.CLOSED": "Closed for good: unused principal refunded, bonus voided.",
    "PayMode": "How a wallet payment is split between principal and bonus.",
    "PayMode.PROPORTIONAL": "In proportion to the principal and bonus balances.",
    "PayMode.PRINCIPAL_FIRST": "Principal first, bonus only when principal runs out.",
    "WalletEntry": "One movement of a wallet's principal or bonus.",
    "WalletEntry.id": "Id of the ledger entry.",
    "WalletEntry.kind": "Ledger entry kind: CREDIT, DEBIT, REVERSE, ADJUST and so on.",
    "WalletEntry.amountCents": "Effect on the balance, in fen (negative for spending).",
    "WalletEntry.source": "What caused it: a recharge, payment or refund key.",
    "WalletEntry.reason": "Reason recorded with the movement.",
    "WalletEntry.createdAt": "When the movement was written (UTC).",
    "WalletRecharge": "A recharge: principal paid in and the bonus it earned.",
    "WalletRecharge.amountCents": "Principal added, in fen.",
    "WalletRecharge.bonusCents": "Bonus added by the best matching recharge rule, in fen.",
    "WalletRecharge.ruleId": "Id of the recharge rule that gave the bonus; null for none.",
    "WalletPayment": "A payment from a wallet.",
    "WalletPayment.amountCents": "Amount paid, in fen.",
    "WalletPayment.principalCents": "Part taken from principal, in fen.",
    "WalletPayment.bonusCents": "Part taken from bonus, in fen.",
    "WalletPayment.refundedCents": "Amount refunded so far, in fen.",
    "WalletRefund": "A refund of a wallet payment back into the wallet.",
    "WalletRefund.amountCents": "Amount refunded, in fen.",
    "WalletRefund.principalCents": "Part returned to principal, in fen.",
    "WalletRefund.bonusCents": "Part returned to bonus, in fen.",
    "RechargeWalletInput": "Input of rechargeWallet.",
    "RechargeWalletInput.memberId": "The member (global ID).",
    "RechargeWalletInput.amountCents": "Principal paid in, in fen: 1 to 10,000,000 (100,000 yuan) per recharge.",
    "RechargeWalletInput.channel": "Channel the money was paid on; recharge rules may be limited to channels.",
    "RechargeWalletInput.idempotencyKey": "Caller's unique key, 1 to 100 printable characters (e.g. the payment number); a retry returns the first result.",
    "PayWithWalletInput": "Input of payWithWallet.",
    "PayWithWalletInput.amountCents": "Amount to pay, in fen, at least 1.",
    "PayWithWalletInput.orderRef": "The order paid for; recorded on the payment.",
    "PayWithWalletInput.idempotencyKey": "Caller's unique key (1 to 100 printable characters); a retry returns the first result.",
    "PayWithWalletInput.memberId": "Staff and service: the member (global ID). Members pay from their own.",
    "RefundWalletPaymentInput": "Input of refundWalletPayment.",
    "RefundWalletPaymentInput.amountCents": "Amount to refund, in fen; at most what is left of the payment.",
    "RefundWalletPaymentInput.idempotencyKey": "Caller's unique key (1 to 100 printable characters); a retry returns the first result.",
    "SetWalletStatusInput": "Input of setWalletStatus.",
    "SetWalletStatusInput.memberId": "The member (global ID).",
    "SetWalletStatusInput.status": "The new status; a closed wallet cannot be reopened.",
    "DefineRechargeRuleInput": "Input of defineRechargeRule: pay at least this much, get this bonus.",
    "DefineRechargeRuleInput.name": "Display name.",
    "DefineRechargeRuleInput.payCents": "Smallest recharge the rule applies to, in fen, at least 1.",
    "DefineRechargeRuleInput.bonusCents": "Bonus added, in fen, not negative.",
    "DefineRechargeRuleInput.levelCodes": "Only members at these levels; everyone when empty.",
    "DefineRechargeRuleInput.channels": "Only recharges on these channels; any when empty.",
    "DefineRechargeRuleInput.startsAt": "Applies from this instant; always when omitted.",
    "DefineRechargeRuleInput.endsAt": "Applies before this instant; no end when omitted.",
    "DefineRechargeRuleInput.priority": "Among the rules a recharge meets, the one with the highest payCents wins, then the highest priority (default 0).",
}
for _payload, _part in _PAYLOADS.items():
    DESCRIPTIONS[f"{_payload}.wallet"] = (
        "The wallet afterwards; null on errors or when not returned."
    )
    for _name, _text in _PARTS.items():
        DESCRIPTIONS[f"{_payload}.{_name}"] = (
            f"{_text}; null on errors." if _name == _part else "Not set by this operation: null."
        )
