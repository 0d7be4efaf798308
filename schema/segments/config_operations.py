"""Staff list saved segments and archive them."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain.access import Scope
from domain.clock import utc_now
from domain.segments import service as segments_service
from domain.segments.models import Segment
from schema.args import After, First
from schema.config_history import RetireArgument
from schema.errors import UserError, returns_errors
from schema.permissions import IsStaff, IsStaffOrBI
from schema.relay import Connection, decode_id, keyset_page
from schema.segments.types import SegmentType


@strawberry.type(description="What archiveSegment returns.")
class ArchiveSegmentPayload:
    segment: SegmentType | None = strawberry.field(description="The archived segment.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type
class SegmentConfigQuery:
    @strawberry.field(
        description="Saved segments, newest first.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.SEGMENTS_READ)],
    )
    async def segments(
        self,
        archived: Annotated[
            bool | None,
            strawberry.argument(description="Only archived (true) or only live (false) ones."),
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[SegmentType]:
        async def fetch(before_id: int | None, limit: int) -> list[Segment]:
            return await segments_service.segments_page(
                archived=archived, before_id=before_id, limit=limit
            )

        return await keyset_page(
            fetch, first=first, after=after, key=lambda s: s.id, wrap=SegmentType.from_model
        )


@strawberry.type
class SegmentArchiveMutation:
    @strawberry.mutation(
        description="Archive a saved segment: no more scheduled refreshes and no new campaigns "
        "may target it; snapshots, history and running campaigns stay. Errors: NOT_FOUND, "
        "INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.SEGMENTS_WRITE)],
    )
    @returns_errors
    async def archive_segment(self, input: RetireArgument) -> ArchiveSegmentPayload:
        found = await segments_service.archive_segment(
            decode_id(input.id, "Segment", "id"), now=utc_now()
        )
        return ArchiveSegmentPayload(segment=SegmentType.from_model(found), errors=[])
