"""Lookalike audiences of a seed segment, through the graph."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from domain.recs import training
from domain.recs.published import RecsIndexRegistry, set_registry
from domain.segments import lists as segments_lists
from domain.segments import service as segments_service
from schema.relay import decode_id, encode_id
from tests.factories import make_planted
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

LOOKALIKE = """query($s: ID!, $n: BigInt!) { lookalikeMembers(segmentId: $s, size: $n) {
  seedSize seedsWithVectors memberIds similarities } }"""
SAVE = """mutation($i: SaveLookalikeAudienceInput!) { saveLookalikeAudience(input: $i) {
  listId memberCount list { id name memberCount } errors { code field } } }"""


async def _seed_segment(member_ids: list[int]) -> int:
    listed = await segments_lists.save_member_list(
        "seed", np.asarray(member_ids), operator="staff-test"
    )
    segment = await segments_service.save_segment(
        segments_service.SegmentInput(name="seed", definition={"list": {"list_id": listed.id}}),
        operator="staff-test",
    )
    return segment.id


@pytest.mark.slow
async def test_the_audience_is_more_like_the_seed_than_a_random_one(tmp_path: Path) -> None:
    # given four planted taste clusters and a seed of half of cluster 0
    set_registry(RecsIndexRegistry(check_seconds=0))
    planted = await make_planted(members=120, orders=6)
    await training.rebuild(index_dir=tmp_path)
    cluster = planted.members_by_cluster[0]
    seed, rest = cluster[: len(cluster) // 2], set(cluster[len(cluster) // 2 :])
    segment = encode_id("Segment", await _seed_segment(seed))
    # when
    result = await gql(LOOKALIKE, {"s": segment, "n": len(rest)}, STAFF)
    audience = result.data["lookalikeMembers"]
    found = [decode_id(m, "Member", "memberIds") for m in audience["memberIds"]]
    # then the seed is left out and the audience is mostly the rest of its cluster
    assert audience["seedSize"] == len(seed) == audience["seedsWithVectors"]
    assert len(found) == len(rest) and not set(found) & set(seed)
    precision = len(set(found) & rest) / len(found)
    assert precision >= 0.8  # a random audience of the same size would hold a quarter
    assert audience["similarities"] == sorted(audience["similarities"], reverse=True)
    # and it can be saved as a list that a segment selects
    saved = await gql(SAVE, {"i": {"segmentId": segment, "size": 10, "name": "like seed"}}, STAFF)
    payload = saved.data["saveLookalikeAudience"]
    assert payload["memberCount"] == 10
    assert payload["list"] == {"id": payload["listId"], "name": "like seed", "memberCount": 10}
    set_registry(None)


@pytest.mark.parametrize(
    ("_case", "size", "code"), [("too big", 10_001, "INVALID"), ("zero", 0, "INVALID")]
)
async def test_bad_sizes_and_roles_are_refused(_case: str, size: int, code: str) -> None:
    segment = encode_id("Segment", await _seed_segment([1]))
    result = await gql(LOOKALIKE, {"s": segment, "n": size}, STAFF)
    assert result.errors[0].extensions["code"] == code
    denied = await gql(LOOKALIKE, {"s": segment, "n": 5}, member(1))
    assert denied.errors[0].extensions["code"] == "FORBIDDEN"


async def test_no_model_yet_is_a_clear_state_error() -> None:
    set_registry(RecsIndexRegistry(check_seconds=0))
    segment = encode_id("Segment", await _seed_segment([1]))
    result = await gql(LOOKALIKE, {"s": segment, "n": 5}, STAFF)
    assert result.errors[0].extensions["code"] == "INVALID_STATE"
    set_registry(None)
