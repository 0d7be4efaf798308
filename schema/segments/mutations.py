"""Saving segments, snapshots for campaigns, and identity list uploads."""

from __future__ import annotations

import builtins

import strawberry

from domain.access import Scope
from domain.members.models import IdentityKind
from domain.segments import lists as segments_lists
from domain.segments import service as segments_service
from domain.tags.models import RefreshSchedule
from schema.access import actor
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.members.types import IdentityKindEnum
from schema.permissions import IsStaff
from schema.relay import decode_id
from schema.segments.inputs import DefinitionInput, camel_path
from schema.segments.types import IdentityListType, SegmentType, SnapshotType
from schema.tags.types import RefreshScheduleEnum


@strawberry.input(description="A segment to create, or to change when id is given.")
class SaveSegmentInput:
    name: str
    definition: DefinitionInput
    id: strawberry.ID | None = None
    description: str = ""
    refresh: RefreshScheduleEnum = RefreshSchedule.DAILY


@strawberry.input(description="Freeze a segment's current members.")
class SnapshotSegmentInput:
    segment_id: strawberry.ID
    name: str = ""


@strawberry.input(description="One identity of an uploaded list.")
class IdentityRowInput:
    kind: IdentityKindEnum
    value: str
    namespace: str | None = None


@strawberry.input(description="A list of identities to use in definitions.")
class UploadIdentityListInput:
    name: str
    rows: list[IdentityRowInput]


@strawberry.type
class SaveSegmentPayload:
    segment: SegmentType | None
    errors: list[UserError]


@strawberry.type
class SnapshotSegmentPayload:
    snapshot: SnapshotType | None
    errors: list[UserError]


@strawberry.type
class UploadIdentityListPayload:
    list: IdentityListType | None = strawberry.field(description="With its unmatched rows.")
    errors: builtins.list[UserError]  # `list` is the field above within this class


@strawberry.type
class SegmentsMutation:
    @strawberry.mutation(
        description=(
            "Save a segment (checked first; nothing saved on error) and record its first size. "
            "Errors: as segmentPreview, plus NOT_FOUND for an unknown id."
        ),
        permission_classes=[IsStaff.with_scope(Scope.SEGMENTS_WRITE)],
    )
    @returns_errors(field_path=camel_path)
    async def save_segment(self, info: Info, input: SaveSegmentInput) -> SaveSegmentPayload:
        segment_id = decode_id(input.id, "Segment", "id") if input.id else None
        spec = segments_service.SegmentInput(
            name=input.name,
            definition=input.definition.to_dict(),
            description=input.description,
            refresh=RefreshSchedule(input.refresh),
        )
        saved = await segments_service.save_segment(
            spec, operator=actor(info), segment_id=segment_id
        )
        return SaveSegmentPayload(segment=SegmentType.from_model(saved), errors=[])

    @strawberry.mutation(
        description="Freeze a segment's members now for a campaign. Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.SEGMENTS_WRITE)],
    )
    @returns_errors(field_path=camel_path)
    async def snapshot_segment(
        self, info: Info, input: SnapshotSegmentInput
    ) -> SnapshotSegmentPayload:
        segment_id = decode_id(input.segment_id, "Segment", "segmentId")
        snapshot = await segments_service.snapshot_segment(
            segment_id, name=input.name, operator=actor(info)
        )
        return SnapshotSegmentPayload(snapshot=SnapshotType.from_model(snapshot), errors=[])

    @strawberry.mutation(
        description=(
            "Upload identities; rows no live member has come back as unmatched. A malformed row "
            "refuses the whole upload with its path (rows[3].value). Errors: REQUIRED, INVALID, "
            "INVALID_PHONE, TOO_LARGE, TOO_MANY."
        ),
        permission_classes=[IsStaff.with_scope(Scope.SEGMENTS_WRITE)],
    )
    @returns_errors(field_path=camel_path)
    async def upload_identity_list(
        self, info: Info, input: UploadIdentityListInput
    ) -> UploadIdentityListPayload:
        rows = [
            segments_lists.ListRow(IdentityKind(r.kind), r.value, r.namespace) for r in input.rows
        ]
        found = await segments_lists.upload_identity_list(input.name, rows, operator=actor(info))
        return UploadIdentityListPayload(list=IdentityListType.from_model(found), errors=[])
