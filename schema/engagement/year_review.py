"""A member's year in review in the graph (for the member's own recap page and win-back)."""

from __future__ import annotations

from datetime import date

import strawberry

from domain import clock
from domain.access import Scope
from domain.analytics import year_review
from schema.access import target_member
from schema.context import Info
from schema.permissions import IsMemberOrStaff


@strawberry.type(name="YearFavourite", description="A category or store bought from most.")
class YearFavouriteType:
    code: str = strawberry.field(description="Category or store code.")
    name: str = strawberry.field(description="Its name.")
    orders: int = strawberry.field(description="Orders with a line from it.")
    net_cents: int = strawberry.field(description="Net spend on it in fen (after refunds).")


@strawberry.type(name="YearInReview", description="One member's year, in business days.")
class YearInReviewType:
    year: int = strawberry.field(description="The calendar year.")
    orders: int = strawberry.field(description="Orders paid in the year.")
    net_cents: int = strawberry.field(description="Net spend in fen (paid minus refunded).")
    saved_cents: int = strawberry.field(
        description="List price minus price paid, in fen (discounts and coupons)."
    )
    biggest_order_cents: int = strawberry.field(description="The largest order's net, in fen.")
    active_months: int = strawberry.field(description="Months with at least one order.")
    first_order_on: date | None = strawberry.field(description="The year's first order day.")
    points_earned: int = strawberry.field(description="Points credited in the year.")
    points_used: int = strawberry.field(description="Points redeemed or spent in the year.")
    points_expired: int = strawberry.field(description="Points that expired in the year.")
    favourite_categories: list[YearFavouriteType] = strawberry.field(
        description="Up to three categories by net spend."
    )
    favourite_stores: list[YearFavouriteType] = strawberry.field(
        description="Up to three stores by net spend."
    )
    level_code: str | None = strawberry.field(description="The level held now.")
    level_name: str | None = strawberry.field(description="Its name.")

    @classmethod
    def from_review(cls, review: year_review.YearReview) -> YearInReviewType:
        def favourites(rows: list[year_review.Favourite]) -> list[YearFavouriteType]:
            return [
                YearFavouriteType(code=f.code, name=f.name, orders=f.orders, net_cents=f.net_cents)
                for f in rows
            ]

        return cls(
            year=review.year,
            orders=review.orders,
            net_cents=review.net_cents,
            saved_cents=review.saved_cents,
            biggest_order_cents=review.biggest_order_cents,
            active_months=review.active_months,
            first_order_on=review.first_order_on,
            points_earned=review.points_earned,
            points_used=review.points_used,
            points_expired=review.points_expired,
            favourite_categories=favourites(review.favourite_categories),
            favourite_stores=favourites(review.favourite_stores),
            level_code=review.level_code,
            level_name=review.level_name,
        )


@strawberry.type
class YearReviewQuery:
    @strawberry.field(
        description="A member's year in review: orders, spend and savings, points earned, "
        "used and expired, favourite categories and stores, level. Members read their own; "
        "staff name the member. Errors: INVALID (year), NOT_FOUND, INVALID_ID.",
        permission_classes=[IsMemberOrStaff.with_scope(Scope.MEMBERS_READ)],
    )
    async def year_in_review(
        self, info: Info, year: int, member_id: strawberry.ID | None = None
    ) -> YearInReviewType:
        member = await target_member(info, member_id)
        review = await year_review.year_review(member, year, today=clock.business_today())
        return YearInReviewType.from_review(review)
