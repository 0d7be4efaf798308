"""Tags, segments and their portraits: statements flat in the length of every list."""

from __future__ import annotations

import itertools

import pytest

from domain.segments import service as segments_service
from domain.tags import definitions as tags_definitions
from domain.tags import runs as tags_runs
from domain.tags.models import TagKind
from schema.build import schema
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import STAFF
from tests.statements import ListFieldCheck, root_query

GRAPH = schema._schema
_numbers = itertools.count(1)
TAG_CODES = ["city", "gender"]
_cities: list[str] = []


def _in_the_cities(key: str = "tagCode") -> dict:
    """Everyone added so far: members in any of the cities made."""
    return {"tag": {key: "city", "op": "IN", "values": list(_cities)}}


async def _members_in_new_cities(count: int) -> None:
    for _ in range(count):
        _cities.append(f"City{next(_numbers)}")
        await make_member(city=_cities[-1])
    await tags_runs.compute_all()


@pytest.mark.list_fields("Query.tags")
async def test_tags_with_categories(list_fields: ListFieldCheck) -> None:
    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            await tags_definitions.define_tag(
                tags_definitions.TagSpec(
                    code=f"t{n}",
                    name=f"Tag {n}",
                    kind=TagKind.ATTRIBUTE,
                    owner="test",
                    category=(f"Area {n}",),
                    rule={"field": "city"},
                )
            )

    await list_fields.assert_flat(root_query(GRAPH, "tags"), add, principal=STAFF)


@pytest.mark.list_fields("SegmentPreview.members", "SegmentPortrait.tags", "TagDistribution.values")
async def test_preview_and_definition_portrait(list_fields: ListFieldCheck) -> None:
    _cities.clear()
    preview = root_query(
        GRAPH,
        "segmentPreview",
        "definition: $d, sampleSize: 50",
        depth=2,
        declare="$d: SegmentDefinitionInput!",
    )
    await list_fields.assert_flat(
        preview, _members_in_new_cities, principal=STAFF, variables=lambda: {"d": _in_the_cities()}
    )
    portrait = root_query(
        GRAPH,
        "definitionPortrait",
        "definition: $d, tagCodes: $codes",
        declare="$d: SegmentDefinitionInput!, $codes: [String!]",
    )
    await list_fields.assert_flat(
        portrait,
        _members_in_new_cities,
        principal=STAFF,
        variables=lambda: {"d": _in_the_cities(), "codes": TAG_CODES},
    )


@pytest.mark.list_fields("Segment.history", "SegmentComparison.tags", "TagComparison.values")
async def test_segment_history_and_comparison(list_fields: ListFieldCheck) -> None:
    _cities.clear()
    await _members_in_new_cities(1)
    a = await segments_service.save_segment(
        segments_service.SegmentInput(name="all", definition=_in_the_cities("tag_code")),
        operator="test",
    )
    b = await segments_service.save_segment(
        segments_service.SegmentInput(
            name="some",
            definition={"tag": {"tag_code": "city", "op": "EQUALS", "values": [_cities[0]]}},
        ),
        operator="test",
    )

    async def add(count: int) -> None:
        await _members_in_new_cities(count)
        for _ in range(count):
            await segments_service.refresh_segment(a.id)

    history = root_query(GRAPH, "segment", f'id: "{encode_id("Segment", a.id)}"')
    await list_fields.assert_flat(history, add, principal=STAFF)
    compare = root_query(
        GRAPH,
        "compareSegments",
        f'a: "{encode_id("Segment", a.id)}", b: "{encode_id("Segment", b.id)}", tagCodes: ["city", "gender"]',
    )
    await list_fields.assert_flat(compare, add, principal=STAFF)
