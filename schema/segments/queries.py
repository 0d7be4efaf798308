"""Previewing audiences, saved segments and side-by-side comparison."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.errors import DomainError
from domain.segments import portrait as portrait_service
from domain.segments import service as segments_service
from schema.errors import returns_errors
from schema.permissions import IsStaffOrBI
from schema.relay import decode_id
from schema.segments.inputs import DefinitionInput, camel_path
from schema.segments.types import (
    ComparisonType,
    PortraitType,
    PreviewType,
    SegmentType,
    TagComparisonType,
    ValueComparisonType,
)


@strawberry.type
class SegmentsQuery:
    @strawberry.field(
        description=(
            "Count and sample the members of a definition without saving it, with the time it "
            "took; behaviour and fact conditions are counted for today's business day. "
            "Errors: INVALID, REQUIRED, INVALID_ID, INVALID_WINDOW, UNKNOWN_TAG, "
            "UNKNOWN_EVENT, SEGMENT_CYCLE, NOT_FOUND, DEFINITION_TOO_COMPLEX, TOO_MANY."
        ),
        permission_classes=[IsStaffOrBI.with_scope(Scope.SEGMENTS_READ)],
    )
    @returns_errors(field_path=camel_path)
    async def segment_preview(
        self, definition: DefinitionInput, sample_size: int = 10
    ) -> PreviewType:
        found = await segments_service.preview(definition.to_dict(), sample_size=sample_size)
        return PreviewType(
            count=found.count, member_ids=found.sample, elapsed_ms=found.elapsed_ms, errors=[]
        )

    @strawberry.field(
        description="A saved segment: size, history, portrait; null when not found.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.SEGMENTS_READ)],
    )
    async def segment(self, id: strawberry.ID) -> SegmentType | None:
        try:
            segment_id = decode_id(id, "Segment", "id")
        except DomainError:
            return None
        found = await segments_service.get_segment(segment_id)
        return SegmentType.from_model(found) if found else None

    @strawberry.field(
        description="The portrait of an unsaved definition (chosen tags, all when omitted).",
        permission_classes=[IsStaffOrBI.with_scope(Scope.SEGMENTS_READ, Scope.ANALYTICS_READ)],
    )
    async def definition_portrait(
        self, definition: DefinitionInput, tag_codes: list[str] | None = None
    ) -> PortraitType | None:
        found = await portrait_service.definition_portrait(definition.to_dict(), tag_codes)
        return PortraitType.from_domain(found)

    @strawberry.field(
        description="Two saved segments' tag distributions side by side; null if one is missing.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.SEGMENTS_READ, Scope.ANALYTICS_READ)],
    )
    async def compare_segments(
        self, a: strawberry.ID, b: strawberry.ID, tag_codes: list[str] | None = None
    ) -> ComparisonType | None:
        found = await portrait_service.compare_segments(
            decode_id(a, "Segment", "a"), decode_id(b, "Segment", "b"), tag_codes
        )
        if found is None:
            return None
        return ComparisonType(
            size_a=found.size_a,
            size_b=found.size_b,
            tags=[
                TagComparisonType(
                    tag_code=t.tag_code,
                    distance=t.distance,
                    values=[ValueComparisonType(**v.__dict__) for v in t.values],
                )
                for t in found.tags
            ],
        )
