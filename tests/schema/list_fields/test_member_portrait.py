"""A member's portrait: statements flat in the length of each of its lists."""

from __future__ import annotations

import itertools

import pytest

from domain.members.models import Identity, IdentityKind
from domain.segments import service as segments_service
from domain.tags import definitions as tags_definitions
from domain.tags import runs as tags_runs
from domain.tags.models import TagKind, TagStatus
from schema.build import schema
from schema.relay import encode_id
from tests.factories import (
    credit,
    grant_benefit_and_card,
    issue_coupons,
    make_catalogue,
    make_events,
    make_member,
    make_point_types,
)
from tests.helpers import STAFF
from tests.statements import ListFieldCheck, root_query

GRAPH = schema._schema
_numbers = itertools.count(1)


@pytest.mark.list_fields(
    "MemberPortrait.identities",
    "MemberPortrait.tags",
    "MemberPortrait.segments",
    "MemberPortrait.timeline",
    "MemberPortrait.points",
    "MemberPortrait.benefits",
    "MemberPortrait.cards",
    "MemberPortrait.coupons",
)
async def test_member_portrait(list_fields: ListFieldCheck) -> None:
    await make_catalogue()
    holder = await make_member(city="Hangzhou")

    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            await Identity.create(member_id=holder.id, kind=IdentityKind.DEVICE_ID, value=f"d{n}")
            await tags_definitions.define_tag(
                tags_definitions.TagSpec(
                    code=f"home{n}",
                    name="Home city",
                    kind=TagKind.ATTRIBUTE,
                    owner="test",
                    rule={"field": "city"},
                    status=TagStatus.ONLINE,
                )
            )
            for code in await make_point_types(1):
                await credit(holder.id, code)
            await grant_benefit_and_card(holder.id)
        await issue_coupons(holder.id, count)
        await make_events(holder.id, "visit", [1.0] * count)
        await tags_runs.compute_all()
        for _ in range(count):
            await segments_service.save_segment(
                segments_service.SegmentInput(
                    name=f"s{next(_numbers)}",
                    definition={
                        "tag": {"tag_code": "city", "op": "EQUALS", "values": ["Hangzhou"]}
                    },
                ),
                operator="test",
            )

    query = root_query(GRAPH, "memberPortrait", f'memberId: "{encode_id("Member", holder.id)}"')
    await list_fields.assert_flat(query, add, principal=STAFF)
