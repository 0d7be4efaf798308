"""Receipts: members submit them for points, staff review them."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.access import Scope
from domain.points import receipts
from schema.access import actor
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.permissions import IsMember, IsStaff
from schema.points.types import ReceiptType
from schema.relay import decode_id


@strawberry.type
class ReceiptPayload:
    receipt: ReceiptType | None
    errors: list[UserError]


@strawberry.input
class SubmitReceiptInput:
    store_code: str
    receipt_no: str
    amount_cents: int
    purchased_at: datetime
    image_ref: str = ""


@strawberry.input
class ReviewReceiptInput:
    receipt_id: strawberry.ID
    approve: bool
    reason: str = ""


@strawberry.type(description="What submitReceipt returns.")
class SubmitReceiptPayload(ReceiptPayload):
    pass


@strawberry.type(description="What reviewReceipt returns.")
class ReviewReceiptPayload(ReceiptPayload):
    pass


@strawberry.type
class ReceiptsMutation:
    @strawberry.mutation(
        description="A member submits a receipt for points. Errors: DUPLICATE_RECEIPT, "
        "RECEIPT_MATCHES_ORDER, INVALID_AMOUNT, UNKNOWN_STORE, INVALID.",
        permission_classes=[IsMember],
    )
    @returns_errors
    async def submit_receipt(self, info: Info, input: SubmitReceiptInput) -> SubmitReceiptPayload:
        principal = info.context.principal
        assert principal is not None and principal.member_id is not None
        receipt = await receipts.submit(
            principal.member_id,
            receipts.ReceiptInput(
                input.store_code,
                input.receipt_no,
                input.amount_cents,
                input.purchased_at,
                input.image_ref,
            ),
        )
        return SubmitReceiptPayload(receipt=ReceiptType.from_model(receipt), errors=[])

    @strawberry.mutation(
        description="Approve (credits points like an order) or reject a receipt. Errors: "
        "NOT_FOUND, INVALID_STATE, RECEIPT_MATCHES_ORDER (the purchase was recorded as an "
        "order: reject the receipt).",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_WRITE)],
    )
    @returns_errors
    async def review_receipt(self, info: Info, input: ReviewReceiptInput) -> ReviewReceiptPayload:
        receipt = await receipts.review(
            decode_id(input.receipt_id, "Receipt", "receiptId"),
            approve=input.approve,
            reason=input.reason,
            operator=actor(info),
        )
        return ReviewReceiptPayload(receipt=ReceiptType.from_model(receipt), errors=[])
