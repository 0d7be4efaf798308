"""The member portrait for staff: one query for the whole member.

The type is the union of PORTRAIT_PARTS, each a @strawberry.type whose resolvers read
`self.member_id`. Another area adds its fields (points, level, coupons) by writing its own
part class in its schema package and appending it to PORTRAIT_PARTS below.
"""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.errors import DomainError
from domain.members import service as members_service
from domain.orders import timeline as timeline_service
from domain.segments import service as segments_service
from schema.context import Info
from schema.levels.portrait import ValuePortraitPart
from schema.members.dataloaders import IdentitiesByMember, MemberById, StatsByMember
from schema.members.timeline_types import TimelineEntryType
from schema.members.types import IdentityType, MemberStatsType, MemberType
from schema.permissions import IsStaff
from schema.relay import decode_id, encode_id
from schema.tags.dataloaders import TagValuesByMember
from schema.tags.types import MemberTagValueType


@strawberry.type(name="PortraitSegment", description="A saved segment the member is in.")
class PortraitSegmentType:
    id: strawberry.ID
    name: str


@strawberry.type(name="RfmPortrait", description="RFM class with the numbers behind it.")
class RfmType:
    rfm_class: str | None = strawberry.field(description="One of the eight classes or NO_ORDERS.")
    recency_days: int | None
    frequency: int
    monetary_cents: int


@strawberry.type(name="PurchaseOutlook", description="BG/NBD model outputs for the member.")
class PurchaseOutlookType:
    probability_alive: float | None = strawberry.field(description="Still buying, 0..1.")
    probability_tier: str | None
    expected_purchases_30d: float | None
    expected_tier: str | None


@strawberry.type
class TagsPortraitPart:
    member_id: strawberry.Private[int]

    async def _tags(self, info: Info) -> dict[str, MemberTagValueType]:
        values = await info.context.loaders.of(TagValuesByMember).load(self.member_id)
        return {v.tag.code: MemberTagValueType.from_domain(v) for v in values}

    @strawberry.field(description="Profile (personal data masked as the role requires).")
    async def member(self, info: Info) -> MemberType | None:
        found = await info.context.loaders.of(MemberById).load(self.member_id)
        return MemberType.from_model(found, info.context.principal) if found else None

    @strawberry.field(description="Identities, masked as the role requires.")
    async def identities(self, info: Info) -> list[IdentityType]:
        rows = await info.context.loaders.of(IdentitiesByMember).load(self.member_id)
        principal = info.context.principal
        unmasked = principal is not None and principal.sees_personal_data
        return [IdentityType.from_model(r, unmasked) for r in rows]

    @strawberry.field(description="Purchase statistics.")
    async def stats(self, info: Info) -> MemberStatsType:
        found = await info.context.loaders.of(StatsByMember).load(self.member_id)
        return MemberStatsType.from_model(found)

    @strawberry.field(description="Every computed and manual tag value (latest run).")
    async def tags(self, info: Info) -> list[MemberTagValueType]:
        return list((await self._tags(info)).values())

    @strawberry.field(description="RFM class and its recency, frequency and monetary value.")
    async def rfm(self, info: Info) -> RfmType:
        tags = await self._tags(info)
        stats = await info.context.loaders.of(StatsByMember).load(self.member_id)
        recency = None
        if stats is not None and stats.last_order_at is not None:
            from domain.clock import utc_now

            recency = (utc_now() - stats.last_order_at).days
        rfm = tags.get("rfm")
        return RfmType(
            rfm_class=rfm.value if rfm else None,
            recency_days=recency,
            frequency=stats.order_count if stats else 0,
            monetary_cents=stats.total_spend_cents if stats else 0,
        )

    @strawberry.field(description="Lifecycle stage (PROSPECT, NEW, ACTIVE, LOYAL, DORMANT, LOST).")
    async def lifecycle(self, info: Info) -> str | None:
        found = (await self._tags(info)).get("lifecycle")
        return found.value if found else None

    @strawberry.field(description="Probability of still buying and expected purchases (BG/NBD).")
    async def purchase_outlook(self, info: Info) -> PurchaseOutlookType:
        tags = await self._tags(info)
        alive, expected = tags.get("purchase_probability"), tags.get("expected_purchases_30d")
        return PurchaseOutlookType(
            probability_alive=alive.number if alive else None,
            probability_tier=alive.value if alive else None,
            expected_purchases_30d=expected.number if expected else None,
            expected_tier=expected.value if expected else None,
        )

    @strawberry.field(description="Saved segments whose latest evaluation holds the member.")
    async def segments(self) -> list[PortraitSegmentType]:
        found = await segments_service.member_segments(self.member_id)
        return [
            PortraitSegmentType(id=strawberry.ID(encode_id("Segment", s.id)), name=s.name)
            for s in found
        ]

    @strawberry.field(description="The newest events and orders.")
    async def timeline(self, first: int = 20) -> list[TimelineEntryType]:
        rows = await timeline_service.timeline(
            self.member_id, before=None, limit=max(1, min(first, 100))
        )
        return [TimelineEntryType.from_entry(r) for r in rows]


PORTRAIT_PARTS: list[type] = [TagsPortraitPart, ValuePortraitPart]

MemberPortraitType = strawberry.type(
    type("MemberPortrait", tuple(PORTRAIT_PARTS), {}),
    name="MemberPortrait",
    description="Everything staff need about one member.",
)


@strawberry.type
class PortraitQuery:
    @strawberry.field(
        description="The whole member for staff; an absorbed member's id lands on the survivor. "
        "Null when not found.",
        permission_classes=[IsStaff.with_scope(Scope.MEMBERS_READ)],
    )
    async def member_portrait(self, member_id: strawberry.ID) -> MemberPortraitType | None:  # type: ignore[valid-type]  # built from PORTRAIT_PARTS
        try:
            target = await members_service.resolve_member_id(
                decode_id(member_id, "Member", "memberId")
            )
        except DomainError:
            return None
        if target is None:
            return None
        return MemberPortraitType(member_id=target)
