"""Segment, preview, portrait, comparison, snapshot and identity list types."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from domain.segments import portrait as portrait_service
from domain.segments import service as segments_service
from domain.segments.models import IdentityList, Segment, SegmentSnapshot
from domain.tags.models import RefreshSchedule
from schema.context import Info
from schema.errors import UserError
from schema.members.dataloaders import MemberById
from schema.members.types import MemberType
from schema.node import Node
from schema.relay import encode_id
from schema.segments.definition import SegmentDefinition
from schema.segments.definition import from_json as definition_from_json
from schema.tags.types import RefreshScheduleEnum


@strawberry.type(name="TagValueShare", description="One tag value inside a segment and overall.")
class ValueShareType:
    label: str
    segment_count: int
    segment_share: float
    overall_count: int
    overall_share: float
    lift: float | None = strawberry.field(description="segmentShare / overallShare.")


@strawberry.type(name="TagDistribution", description="A tag's values in a segment, by lift.")
class TagDistributionType:
    tag_code: str
    distinctiveness: float = strawberry.field(
        description="Total variation distance from all members (0 = same, 1 = disjoint)."
    )
    values: list[ValueShareType]


@strawberry.type(name="SegmentPortrait", description="Tags in a segment against all members.")
class PortraitType:
    size: int
    universe: int = strawberry.field(description="Live members.")
    tags: list[TagDistributionType] = strawberry.field(description="Most distinctive first.")

    @classmethod
    def from_domain(cls, found: portrait_service.Portrait) -> PortraitType:
        return cls(
            size=found.size,
            universe=found.universe,
            tags=[
                TagDistributionType(
                    tag_code=t.tag_code,
                    distinctiveness=t.distinctiveness,
                    values=[ValueShareType(**v.__dict__) for v in t.values],
                )
                for t in found.tags
            ],
        )


@strawberry.type(name="SegmentSize", description="One evaluation of a saved segment.")
class SegmentSizeType:
    size: int
    as_of: date
    evaluated_at: datetime


@strawberry.type(name="Segment", description="A saved audience.")
class SegmentType(Node):
    pk: strawberry.Private[int]
    name: str
    description: str
    definition: SegmentDefinition = strawberry.field(description="Who is in the segment.")
    refresh: RefreshScheduleEnum
    last_size: int | None = strawberry.field(description="Size at the latest scheduled refresh.")
    last_evaluated_at: datetime | None
    created_by: str
    created_at: datetime
    archived_at: datetime | None = strawberry.field(
        description="When it was archived; null while live."
    )

    @classmethod
    def from_model(cls, segment: Segment) -> SegmentType:
        return cls(
            pk=segment.id,
            id=strawberry.ID(encode_id("Segment", segment.id)),
            name=segment.name,
            description=segment.description,
            definition=definition_from_json(segment.definition),
            refresh=RefreshSchedule(segment.refresh),
            last_size=segment.last_size,
            last_evaluated_at=segment.last_evaluated_at,
            created_by=segment.created_by,
            created_at=segment.created_at,
            archived_at=segment.archived_at,
        )

    @strawberry.field(description="Members now (evaluated on request, nothing recorded).")
    async def size(self) -> int:
        result = await segments_service.current_size(self.pk)
        return result.count if result else 0

    @strawberry.field(description="Size history, newest first.")
    async def history(self, first: int = 30) -> list[SegmentSizeType]:
        rows = await segments_service.size_history(self.pk, max(1, min(first, 366)))
        return [
            SegmentSizeType(size=r.size, as_of=r.as_of, evaluated_at=r.evaluated_at) for r in rows
        ]

    @strawberry.field(description="Chosen tags (all when omitted) against all members, with lift.")
    async def portrait(self, tag_codes: list[str] | None = None) -> PortraitType | None:
        found = await portrait_service.segment_portrait(self.pk, tag_codes)
        return PortraitType.from_domain(found) if found else None


@strawberry.type(name="SegmentPreview", description="A definition counted without saving it.")
class PreviewType:
    count: int | None
    member_ids: strawberry.Private[list[int]]
    elapsed_ms: float | None = strawberry.field(description="Time taken, in milliseconds.")
    errors: list[UserError]

    @strawberry.field(description="A sample of the members (first by id).")
    async def members(self, info: Info) -> list[MemberType]:
        found = await info.context.loaders.of(MemberById).load_many(self.member_ids)
        principal = info.context.principal
        return [MemberType.from_model(m, principal) for m in found if m is not None]


@strawberry.type(name="TagValueComparison", description="One value's share in A and B.")
class ValueComparisonType:
    label: str
    share_a: float
    share_b: float
    difference: float


@strawberry.type(name="TagComparison", description="One tag in two segments.")
class TagComparisonType:
    tag_code: str
    distance: float
    values: list[ValueComparisonType]


@strawberry.type(name="SegmentComparison", description="Two segments side by side.")
class ComparisonType:
    size_a: int
    size_b: int
    tags: list[TagComparisonType] = strawberry.field(description="Most different first.")


@strawberry.type(name="SegmentSnapshot", description="A frozen member list for a campaign.")
class SnapshotType(Node):
    segment_id: strawberry.ID
    name: str
    size: int
    created_at: datetime

    @classmethod
    def from_model(cls, snapshot: SegmentSnapshot) -> SnapshotType:
        return cls(
            id=strawberry.ID(encode_id("SegmentSnapshot", snapshot.id)),
            segment_id=strawberry.ID(encode_id("Segment", snapshot.segment_id)),
            name=snapshot.name,
            size=snapshot.size,
            created_at=snapshot.created_at,
        )


@strawberry.type(name="UnmatchedIdentity", description="An uploaded row no live member has.")
class UnmatchedType:
    index: int
    kind: str
    value: str


@strawberry.type(name="IdentityList", description="An uploaded list of identities.")
class IdentityListType(Node):
    id: strawberry.ID = strawberry.field(description="Global id; use in a definition's `list`.")
    name: str
    row_count: int
    member_count: int
    unmatched: list[UnmatchedType]

    @classmethod
    def from_model(cls, found: IdentityList) -> IdentityListType:
        return cls(
            id=strawberry.ID(encode_id("IdentityList", found.id)),
            name=found.name,
            row_count=found.row_count,
            member_count=found.member_count,
            unmatched=[UnmatchedType(**row) for row in found.unmatched],
        )
