"""Recommendation queries and mutations."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain.access import Scope
from domain.errors import DomainError
from domain.recs import card as card_service
from domain.recs import lookalike as lookalike_service
from domain.recs import service as recs_service
from domain.recs import slots as slots_service
from domain.recs.models import RecSlot
from domain.segments import lists as identity_lists
from schema.access import named_member
from schema.args import After, First
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.jobs.types import JobType
from schema.permissions import IsMemberOrStaff, IsMemberStaffOrVisitor, IsStaff, IsStaffOrBI
from schema.recs.inputs import ConfigureSlotInput
from schema.recs.types import (
    LookalikeAudienceType,
    RecommendationListType,
    RecommendationModelType,
    RecommendationSlotType,
    RecommendationStatType,
)
from schema.relay import Connection, decode_id, encode_id, keyset_page
from schema.segments.types import IdentityListType

MAX_LOOKALIKE_LISTED = 10_000


@strawberry.type
class ConfigureSlotPayload:
    slot: RecommendationSlotType | None
    errors: list[UserError]


@strawberry.type
class RebuildRecommendationIndexPayload:
    job: JobType | None = strawberry.field(description="The rebuild job; follow it with job(id).")
    errors: list[UserError]


@strawberry.type
class RecsQuery:
    @strawberry.field(
        description=(
            "A slot's recommendations for the calling member (staff: for memberId, or anonymous), "
            "optionally for an item page (itemId) or a cart. Before the first index build, or "
            "for a member without history, the popular cold-start list. A visitor gets its "
            "device's list, from the items it viewed or carted, filled with what is popular in "
            "its city (the `city` argument, else that of its latest event naming a `city` or "
            "a `store_code`) before what is popular everywhere. Errors (top-level, with "
            "extensions.code and field): UNKNOWN_SLOT, UNKNOWN_ITEM, TOO_MANY, TOO_LARGE, "
            "INVALID, INVALID_ID, NOT_FOUND."
        ),
        permission_classes=[IsMemberStaffOrVisitor.with_scope(Scope.RECS_READ)],
    )
    async def recommendations(
        self,
        info: Info,
        slot: str,
        first: int | None = None,
        item_id: strawberry.ID | None = None,
        cart: list[strawberry.ID] | None = None,
        member_id: strawberry.ID | None = None,
        city: Annotated[
            str | None,
            strawberry.argument(
                description=(
                    "For a list without a member (a visitor's, or staff's anonymous one): the "
                    "city whose popular items fill the list before those of everywhere, 1-50 "
                    "characters; a member's own city is used for members. Errors: INVALID "
                    "(blank), TOO_LARGE."
                )
            ),
        ] = None,
    ) -> RecommendationListType:
        found = await recs_service.recommend(
            slot=slot,
            member_id=await named_member(info, member_id),
            anonymous_id=info.context.principal.device_id if info.context.principal else None,
            first=first,
            item_id=None if item_id is None else decode_id(item_id, "Item", "itemId"),
            cart=[decode_id(c, "Item", f"cart[{i}]") for i, c in enumerate(cart or [])],
            city=city,
        )
        return RecommendationListType.from_domain(found)

    @strawberry.field(
        description="Configured recommendation slots, by id.",
        permission_classes=[IsMemberOrStaff.with_scope(Scope.RECS_READ)],
    )
    async def recommendation_slots(
        self, first: First = None, after: After = None
    ) -> Connection[RecommendationSlotType]:
        async def fetch(after_id: int | None, limit: int) -> list[RecSlot]:
            return await slots_service.slots_page(after_id=after_id, limit=limit)

        return await keyset_page(
            fetch,
            first=first,
            after=after,
            key=lambda s: s.id,
            wrap=RecommendationSlotType.from_model,
        )

    @strawberry.field(
        description=(
            "Impressions, clicks and click-through rate per slot and strategy over the last "
            "`days` days (1..365), from rec_impression and rec_click events. Errors: INVALID. "
            "A list, not a connection: one line per slot and strategy in use, a few dozen."
        ),
        permission_classes=[IsStaffOrBI.with_scope(Scope.RECS_READ, Scope.ANALYTICS_READ)],
    )
    async def recommendation_stats(
        self, slot: str | None = None, days: int = 7
    ) -> list[RecommendationStatType]:
        stats = await recs_service.recommendation_stats(slot=slot, days=days)
        return [RecommendationStatType.from_domain(s) for s in stats]

    @strawberry.field(
        description=(
            "The served recommendation model: version, parameters chosen on validation, "
            "validation recall@10 and NDCG@10 beside popularity, the Annoy index's recall "
            "against exact search and when it was built. Null before the first build."
        ),
        permission_classes=[IsStaff.with_scope(Scope.RECS_READ)],
    )
    async def recommendation_model(self) -> RecommendationModelType | None:
        card = await card_service.served_model()
        return None if card is None else RecommendationModelType.from_domain(card)

    @strawberry.field(
        description=(
            "The `size` members (1..10,000) most like a saved segment's current members in the "
            "served recommendation model, the seed excluded; save a larger audience with "
            "saveLookalikeAudience. Errors (top-level): NOT_FOUND, INVALID, INVALID_STATE "
            "(no model yet, or no seed member in it), INVALID_ID."
        ),
        permission_classes=[IsStaff.with_scope(Scope.RECS_READ)],
    )
    async def lookalike_members(
        self, segment_id: strawberry.ID, size: int
    ) -> LookalikeAudienceType:
        if not 1 <= size <= MAX_LOOKALIKE_LISTED:
            raise DomainError(f"size is 1 to {MAX_LOOKALIKE_LISTED} here.", field="size")
        found = await lookalike_service.lookalike_members(
            decode_id(segment_id, "Segment", "segmentId"), size
        )
        return LookalikeAudienceType(
            seed_size=found.seed_size,
            seeds_with_vectors=found.seeds_with_vectors,
            member_ids=[strawberry.ID(encode_id("Member", int(m))) for m in found.member_ids],
            similarities=[round(float(s), 6) for s in found.scores],
        )


@strawberry.input
class SaveLookalikeAudienceInput:
    segment_id: strawberry.ID = strawberry.field(description="The seed segment.")
    size: int = strawberry.field(description="Audience size, 1 to 1,000,000.")
    name: str = strawberry.field(description="Name of the saved member list, 1-200 characters.")


@strawberry.type
class SaveLookalikeAudiencePayload:
    list_id: strawberry.ID | None = strawberry.field(
        description="The saved member list; select it in a segment with {list: {list_id}}."
    )
    member_count: int = strawberry.field(description="Members in the saved list.")
    identity_list: IdentityListType | None = strawberry.field(
        name="list", default=None, description="The saved member list; null on errors."
    )
    errors: list[UserError]


@strawberry.type
class RecsMutation:
    @strawberry.mutation(
        description=(
            "Save the lookalike audience of a segment as a member list that segments (and so "
            "campaigns) can select. Errors: NOT_FOUND, INVALID, INVALID_STATE, INVALID_ID."
        ),
        permission_classes=[IsStaff.with_scope(Scope.SEGMENTS_WRITE)],
    )
    @returns_errors
    async def save_lookalike_audience(
        self, info: Info, input: SaveLookalikeAudienceInput
    ) -> SaveLookalikeAudiencePayload:
        principal = info.context.principal
        list_id = await lookalike_service.save_lookalike(
            decode_id(input.segment_id, "Segment", "segmentId"),
            input.size,
            name=input.name,
            operator=principal.subject if principal else "",
        )
        saved = await lookalike_service.saved_list_size(list_id)
        (found,) = await identity_lists.identity_lists_by_ids([list_id])
        return SaveLookalikeAudiencePayload(
            list_id=strawberry.ID(encode_id("IdentityList", list_id)),
            member_count=saved,
            identity_list=IdentityListType.from_model(found) if found else None,
            errors=[],
        )

    @strawberry.mutation(
        description=(
            "Create or replace a recommendation slot by code; also defines the rec_impression and "
            "rec_click events. Errors: INVALID, REQUIRED, TOO_MANY, UNKNOWN_ITEM, INVALID_ID."
        ),
        permission_classes=[IsStaff.with_scope(Scope.RECS_WRITE)],
    )
    @returns_errors
    async def configure_slot(self, input: ConfigureSlotInput) -> ConfigureSlotPayload:
        config = input.to_domain()
        row = await slots_service.configure_slot(config)
        return ConfigureSlotPayload(slot=RecommendationSlotType.from_model(row), errors=[])

    @strawberry.mutation(
        description=(
            "Start rebuilding the recommendation model and index in the background; queries keep "
            "being served from the current version until the new one is published. Asking "
            "again within the same minute returns the same job."
        ),
        permission_classes=[IsStaff.with_scope(Scope.RECS_WRITE)],
    )
    async def rebuild_recommendation_index(self) -> RebuildRecommendationIndexPayload:
        job = await recs_service.start_rebuild()
        return RebuildRecommendationIndexPayload(job=JobType.from_model(job), errors=[])
