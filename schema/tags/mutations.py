"""Tag catalogue changes, manual tagging and starting the computation."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.errors import DomainError, ErrorCode, InvalidInput
from domain.tags import definitions as tags_definitions
from domain.tags import runs as tags_runs
from domain.tags import service as tags_service
from domain.tags.models import RefreshSchedule, TagKind, TagStatus
from schema.access import actor
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.jobs.types import JobType
from schema.permissions import IsStaff
from schema.relay import decode_id
from schema.tags.rule_inputs import TagRuleInput, rule_path, rule_setting
from schema.tags.types import RefreshScheduleEnum, TagKindEnum, TagStatusEnum, TagType

MAX_MEMBER_IDS = 100


@strawberry.input(description="A tag to create, or to change by code.")
class DefineTagInput:
    code: str = strawberry.field(description="2-64 of a-z, 0-9, _; stable once used.")
    name: str
    kind: TagKindEnum
    owner: str
    description: str = ""
    category: list[str] = strawberry.field(
        default_factory=list, description="Category path, created as needed: ['Value', 'RFM']."
    )
    rule: TagRuleInput | None = strawberry.field(
        default=None, description="How the tag is computed, matching its kind; MANUAL: none."
    )
    refresh: RefreshScheduleEnum = RefreshSchedule.DAILY
    status: TagStatusEnum = TagStatus.DRAFT
    value_labels: list[str] = strawberry.field(default_factory=list)


@strawberry.input(description="Give members a MANUAL tag's value, or remove it (value null).")
class TagMembersInput:
    tag_code: str
    member_ids: list[strawberry.ID]
    value: str | None = strawberry.field(default=None, description="null removes the tag.")


@strawberry.type
class DefineTagPayload:
    tag: TagType | None
    errors: list[UserError]


@strawberry.type
class TagMembersPayload:
    changed: int = strawberry.field(description="Members whose value was set or removed.")
    tag: TagType | None = strawberry.field(
        default=None, description="The tag the members were given; null on errors."
    )
    errors: list[UserError]


@strawberry.type
class ComputeTagsPayload:
    job: JobType | None = strawberry.field(description="Follow it with job(id).")
    errors: list[UserError]


@strawberry.type
class TagsMutation:
    @strawberry.mutation(
        description=(
            "Create or change a tag; the rule is checked first and nothing is written on error. "
            "Errors: INVALID, REQUIRED, INVALID_WINDOW, UNKNOWN_EVENT, DUPLICATE, TOO_MANY, "
            "CONFLICT (built-in), INVALID_STATE (retired)."
        ),
        permission_classes=[IsStaff.with_scope(Scope.TAGS_WRITE)],
    )
    @returns_errors
    async def define_tag(self, info: Info, input: DefineTagInput) -> DefineTagPayload:
        rule = rule_setting(TagKind(input.kind), input.rule)
        spec = tags_definitions.TagSpec(
            code=input.code,
            name=input.name,
            kind=TagKind(input.kind),
            owner=input.owner,
            description=input.description,
            category=tuple(input.category),
            rule=rule,
            refresh=RefreshSchedule(input.refresh),
            status=TagStatus(input.status),
            value_labels=tuple(input.value_labels),
        )
        try:
            tag = await tags_definitions.define_tag(spec)
        except DomainError as error:
            for problem in [error, *(error.errors if isinstance(error, InvalidInput) else [])]:
                problem.field = rule_path(TagKind(input.kind), input.rule, problem.field)
            raise
        return DefineTagPayload(tag=TagType.from_model(tag), errors=[])

    @strawberry.mutation(
        description=(
            f"Give up to {MAX_MEMBER_IDS} members a MANUAL tag's value (or remove it); their "
            "bitmaps change at once. Errors: UNKNOWN_TAG, INVALID_STATE, INVALID, NOT_FOUND, "
            "INVALID_ID, TOO_MANY, REQUIRED."
        ),
        permission_classes=[IsStaff.with_scope(Scope.TAGS_WRITE)],
    )
    @returns_errors
    async def tag_members(self, info: Info, input: TagMembersInput) -> TagMembersPayload:
        if len(input.member_ids) > MAX_MEMBER_IDS:
            raise DomainError(
                f"At most {MAX_MEMBER_IDS} members.", field="memberIds", code=ErrorCode.TOO_MANY
            )
        ids = [
            decode_id(value, "Member", f"memberIds[{i}]")
            for i, value in enumerate(input.member_ids)
        ]
        changed = await tags_service.tag_members(
            tag_code=input.tag_code, value=input.value, member_ids=ids, operator=actor(info)
        )
        tag = await tags_definitions.get_tag(input.tag_code)
        return TagMembersPayload(
            changed=changed, tag=TagType.from_model(tag) if tag else None, errors=[]
        )

    @strawberry.mutation(
        description="Start computing every online tag for every member; returns the job.",
        permission_classes=[IsStaff.with_scope(Scope.TAGS_WRITE)],
    )
    async def compute_tags(self) -> ComputeTagsPayload:
        job = await tags_runs.start_compute()
        return ComputeTagsPayload(job=JobType.from_model(job), errors=[])
