"""Gift cards: stored value behind a secret code, on the ledger.

Staff issue cards in batches; each code is shown once and only its SHA-256 is kept. A member
activates a card with its code: the face value is credited to a ledger account of the card's
own (asset `GIFT_CARD:<id>`), expiring when the card does, so the nightly expiry takes what is
left. A holder may send the card on: that gives it a new code (the old one stops working) and
whoever activates the new code takes the card and its balance. Spending debits the card's
account, idempotent on the caller's key.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from domain import db
from domain.errors import DomainError, ErrorCode, InvalidAmount, InvalidState, NotFound
from domain.ledger import reads as ledger_reads
from domain.ledger import service as ledger
from domain.ledger.service import Meta, Movement
from domain.wallet.models import GiftCard, GiftCardState

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I
CODE_LENGTH = 16
MAX_BATCH = 10_000
MAX_FACE_CENTS = 100_000_000  # 1,000,000.00
_UNKNOWN = "No usable gift card with this code."


def asset_of(card_id: int) -> str:
    return f"GIFT_CARD:{card_id}"


def normalise(code: str) -> str:
    """Codes are read case-insensitively, with spaces and dashes ignored."""
    return "".join(ch for ch in code.upper() if ch not in " -")


def _hash(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def new_code() -> str:
    """A random code of CODE_LENGTH characters (80 bits), grouped by four for reading."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


@dataclass(frozen=True)
class Issued:
    card: GiftCard
    code: str  # shown once; only its hash is kept


async def issue(
    *, count: int, face_cents: int, expires_at: datetime, batch: str, now: datetime
) -> list[Issued]:
    """Issue `count` cards of a face value, valid until `expires_at`."""
    if count < 1:
        raise InvalidAmount("count must be at least 1.", field="count")
    if count > MAX_BATCH:
        raise DomainError(
            f"At most {MAX_BATCH} cards a batch.", field="count", code=ErrorCode.TOO_MANY
        )
    if not 1 <= face_cents <= MAX_FACE_CENTS:
        raise InvalidAmount(f"faceCents is 1 to {MAX_FACE_CENTS}.", field="faceCents")
    if expires_at <= now:
        raise DomainError(
            "expiresAt must be in the future.", field="expiresAt", code=ErrorCode.INVALID_WINDOW
        )
    codes = [new_code() for _ in range(count)]
    async with db.transaction():
        cards = [
            await GiftCard.create(
                code_hash=_hash(code),
                code_tail=normalise(code)[-4:],
                face_cents=face_cents,
                batch=batch[:64],
                expires_at=expires_at,
            )
            for code in codes
        ]
    return [Issued(card, code) for card, code in zip(cards, codes, strict=True)]


async def activate(*, member_id: int, code: str, now: datetime) -> GiftCard:
    """Bind a card to the member: an issued card is credited its face value; a card sent on
    moves with its balance. Activating a card one already holds changes nothing."""
    if not code or len(code) > 64:
        raise NotFound(_UNKNOWN, field="code")
    async with db.transaction():
        card = await GiftCard.filter(code_hash=_hash(code)).select_for_update().first()
        if card is None or card.state == GiftCardState.VOID:
            raise NotFound(_UNKNOWN, field="code")
        if card.state == GiftCardState.ACTIVE:
            if card.member_id != member_id:
                raise NotFound(_UNKNOWN, field="code")
            return card
        if card.expires_at <= now:
            raise InvalidState("This gift card has expired.", field="code")
        if card.state == GiftCardState.ISSUED:
            account = await ledger.open_account(member_id, asset_of(card.id))
            await ledger.credit(
                account.id,
                card.face_cents,
                f"gift-card:{card.id}:activate",
                Meta(source=f"gift-card:{card.id}", reason="activated", operator="member"),
                expires_at=card.expires_at,
                earned_at=now,
            )
            card.account_id = account.id
            card.activated_at = now
        elif card.account_id is not None:  # TRANSFERRING: the account changes hands
            await ledger.reassign_account(card.account_id, member_id)
        card.member_id = member_id
        card.state = GiftCardState.ACTIVE
        await card.save(update_fields=["member_id", "state", "account_id", "activated_at"])
        return card


async def _held(member_id: int, card_id: int) -> GiftCard:
    card = await GiftCard.filter(id=card_id).select_for_update().first()
    if card is None or card.member_id != member_id or card.state != GiftCardState.ACTIVE:
        raise NotFound("No such gift card of yours.", field="cardId")
    return card


async def send_on(*, member_id: int, card_id: int, now: datetime) -> str:
    """Give one's card a new code to pass on; the old code stops working and the card cannot
    be spent until the new code is activated (by anyone, the sender included). Each call
    issues a new code."""
    async with db.transaction():
        card = await _held(member_id, card_id)
        if card.expires_at <= now:
            raise InvalidState("This gift card has expired.", field="cardId")
        code = new_code()
        card.code_hash = _hash(code)
        card.code_tail = normalise(code)[-4:]
        card.state = GiftCardState.TRANSFERRING
        await card.save(update_fields=["code_hash", "code_tail", "state"])
        return code


async def spend(*, member_id: int, card_id: int, amount_cents: int, key: str) -> Movement:
    """Pay from a card; INSUFFICIENT_BALANCE when it does not cover the amount. Idempotent on
    `key` (per card)."""
    ledger.require_positive(amount_cents, "amountCents")
    async with db.transaction():
        card = await _held(member_id, card_id)
        assert card.account_id is not None
        return await ledger.debit(
            card.account_id,
            amount_cents,
            f"gift-card-pay:{key}",
            Meta(source=f"gift-card:{card.id}", reason="payment", operator=f"member:{member_id}"),
            field="amountCents",
        )


@dataclass(frozen=True)
class Held:
    card: GiftCard
    balance_cents: int


async def cards_of(member_id: int) -> list[Held]:
    """The member's cards (active or being sent on) with their balances, newest first."""
    cards = list(
        await GiftCard.filter(
            member_id=member_id, state__in=[GiftCardState.ACTIVE, GiftCardState.TRANSFERRING]
        ).order_by("-id")
    )
    accounts = {
        a.asset: a.available
        for a in await ledger_reads.accounts_of([member_id], [asset_of(c.id) for c in cards])
    }
    return [Held(c, int(accounts.get(asset_of(c.id), 0))) for c in cards]


async def card_of(member_id: int, card_id: int) -> Held:
    """One of the member's cards with its balance."""
    for held in await cards_of(member_id):
        if held.card.id == card_id:
            return held
    raise NotFound("No such gift card of yours.", field="cardId")


async def replayed_payment(entry_id: int) -> Movement:
    """The payment a replayed key made."""
    return Movement(await ledger_reads.entry(entry_id), True)
