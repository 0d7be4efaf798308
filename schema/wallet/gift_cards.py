"""Gift cards: staff issue them, members activate, spend and send them on."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.access import Scope
from domain.clock import utc_now
from domain.ledger.service import Movement
from domain.wallet import gift_cards
from domain.wallet.models import GiftCardState
from schema.access import target_member
from schema.args import After, First
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.idempotency import Replay, run_once
from schema.paging import page_by_position
from schema.permissions import IsMember, IsMemberStaffOrService, IsStaff
from schema.relay import Connection, decode_id, encode_id

strawberry.enum(GiftCardState, name="GiftCardState")


@strawberry.type(name="GiftCard")
class GiftCardType:
    id: strawberry.ID
    code_tail: str
    face_cents: int
    balance_cents: int
    state: GiftCardState
    expires_at: datetime
    activated_at: datetime | None

    @classmethod
    def from_held(cls, held: gift_cards.Held) -> GiftCardType:
        card = held.card
        return cls(
            id=strawberry.ID(encode_id("GiftCard", card.id)),
            code_tail=card.code_tail,
            face_cents=card.face_cents,
            balance_cents=held.balance_cents,
            state=GiftCardState(card.state),
            expires_at=card.expires_at,
            activated_at=card.activated_at,
        )


@strawberry.type(name="IssuedGiftCard")
class IssuedGiftCardType:
    id: strawberry.ID
    code: str
    face_cents: int
    expires_at: datetime


@strawberry.input
class IssueGiftCardsInput:
    count: int
    face_cents: int
    expires_at: datetime
    batch: str = ""


@strawberry.type(description="What issueGiftCards returns.")
class IssueGiftCardsPayload:
    cards: list[IssuedGiftCardType] | None
    errors: list[UserError]


@strawberry.input
class ActivateGiftCardInput:
    code: str


@strawberry.type(description="What activateGiftCard returns.")
class ActivateGiftCardPayload:
    card: GiftCardType | None
    errors: list[UserError]


@strawberry.input
class SendGiftCardInput:
    card_id: strawberry.ID


@strawberry.type(description="What sendGiftCard returns.")
class SendGiftCardPayload:
    code: str | None
    card: GiftCardType | None
    errors: list[UserError]


@strawberry.input
class PayWithGiftCardInput:
    card_id: strawberry.ID
    amount_cents: int
    idempotency_key: str


@strawberry.type(description="What payWithGiftCard returns.")
class PayWithGiftCardPayload:
    card: GiftCardType | None
    replayed: bool
    errors: list[UserError]


_PAYMENT: Replay[Movement] = Replay(
    remember=lambda movement: {"entry": movement.entry.id},
    recall=lambda done: gift_cards.replayed_payment(done["entry"]),
)


@strawberry.type
class GiftCardsMutation:
    @strawberry.mutation(
        description="Issue a batch of gift cards of one face value. The codes are returned "
        "once and never stored (only their hash). Errors: TOO_MANY (count over 10,000), "
        "INVALID_AMOUNT, INVALID_WINDOW.",
        permission_classes=[IsStaff.with_scope(Scope.WALLET_CONFIG)],
    )
    @returns_errors
    async def issue_gift_cards(self, input: IssueGiftCardsInput) -> IssueGiftCardsPayload:
        issued = await gift_cards.issue(
            count=input.count,
            face_cents=input.face_cents,
            expires_at=input.expires_at,
            batch=input.batch,
            now=utc_now(),
        )
        return IssueGiftCardsPayload(
            cards=[
                IssuedGiftCardType(
                    id=strawberry.ID(encode_id("GiftCard", i.card.id)),
                    code=i.code,
                    face_cents=i.card.face_cents,
                    expires_at=i.card.expires_at,
                )
                for i in issued
            ],
            errors=[],
        )

    @strawberry.mutation(
        description="Bind a gift card to the calling member by its code: its face value "
        "becomes the card's balance (a card sent on moves with what is left). Activating a "
        "card one holds again changes nothing. Errors: NOT_FOUND (unknown, void or someone "
        "else's code), INVALID_STATE (expired).",
        permission_classes=[IsMember.with_scope(Scope.WALLET_WRITE)],
    )
    @returns_errors
    async def activate_gift_card(
        self, info: Info, input: ActivateGiftCardInput
    ) -> ActivateGiftCardPayload:
        member = await target_member(info, None)
        card = await gift_cards.activate(member_id=member, code=input.code, now=utc_now())
        held = await gift_cards.card_of(member, card.id)
        return ActivateGiftCardPayload(card=GiftCardType.from_held(held), errors=[])

    @strawberry.mutation(
        description="Send one's card on: it gets a new code to share (the old one stops "
        "working) and cannot be spent until that code is activated, by anyone. Each call "
        "issues a new code. Errors: NOT_FOUND, INVALID_STATE (expired).",
        permission_classes=[IsMember.with_scope(Scope.WALLET_WRITE)],
    )
    @returns_errors
    async def send_gift_card(self, info: Info, input: SendGiftCardInput) -> SendGiftCardPayload:
        member = await target_member(info, None)
        card_id = decode_id(input.card_id, "GiftCard", "cardId")
        code = await gift_cards.send_on(member_id=member, card_id=card_id, now=utc_now())
        held = await gift_cards.card_of(member, card_id)
        return SendGiftCardPayload(code=code, card=GiftCardType.from_held(held), errors=[])

    @strawberry.mutation(
        description="Pay from one's gift card; idempotent on idempotencyKey. Errors: "
        "NOT_FOUND, INSUFFICIENT_BALANCE, INVALID_AMOUNT, IDEMPOTENCY_KEY_REUSED.",
        permission_classes=[IsMember.with_scope(Scope.WALLET_WRITE)],
    )
    @returns_errors
    async def pay_with_gift_card(
        self, info: Info, input: PayWithGiftCardInput
    ) -> PayWithGiftCardPayload:
        member = await target_member(info, None)
        card_id = decode_id(input.card_id, "GiftCard", "cardId")
        movement = await run_once(
            info,
            "payWithGiftCard",
            input.idempotency_key,
            {"card": card_id, "amount": input.amount_cents},
            lambda key: gift_cards.spend(
                member_id=member, card_id=card_id, amount_cents=input.amount_cents, key=key
            ),
            _PAYMENT,
        )
        held = await gift_cards.card_of(member, card_id)
        return PayWithGiftCardPayload(
            card=GiftCardType.from_held(held), replayed=movement.replayed, errors=[]
        )


@strawberry.type
class GiftCardsQuery:
    @strawberry.field(
        description="A member's gift cards with their balances, newest first (members read "
        "their own).",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.WALLET_READ)],
    )
    async def gift_cards(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        first: First = None,
        after: After = None,
    ) -> Connection[GiftCardType]:
        member = await target_member(info, member_id)
        return await page_by_position(
            await gift_cards.cards_of(member), first=first, after=after, wrap=GiftCardType.from_held
        )
