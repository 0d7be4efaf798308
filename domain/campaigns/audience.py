"""A campaign's audience, read through one setting: everyone a run goes to, and whether one
member is in it when a trigger fires. EVERYONE means the active members. A run evaluates a
segment or the campaign's own definition now; a trigger reads a segment's latest evaluation,
since evaluating a segment for every order would be too slow for the order job. A campaign's own
definition is evaluated at trigger time too, mostly from cached leaf bitmaps."""

from __future__ import annotations

import numpy as np

from domain.campaigns import rules
from domain.campaigns.models import Campaign
from domain.members import reach
from domain.segments import service as segments_service


async def member_ids(campaign: Campaign) -> np.ndarray:
    """The members a one-shot or recurring run goes to, sorted."""
    audience = rules.parse_audience(campaign.audience)
    if audience.kind is rules.AudienceKind.SEGMENT:
        return await segments_service.segment_member_ids(audience.source_id)
    if audience.kind is rules.AudienceKind.SNAPSHOT:
        return await segments_service.snapshot_member_ids(audience.source_id)
    if audience.kind is rules.AudienceKind.DEFINITION:
        return await segments_service.definition_member_ids(audience.definition)
    return await reach.active_member_ids()


async def includes(campaign: Campaign, member_id: int) -> bool:
    """Whether the member is in the campaign's audience at trigger time."""
    audience = rules.parse_audience(campaign.audience)
    if audience.kind is rules.AudienceKind.SEGMENT:
        segments = await segments_service.member_segments(member_id)
        return any(s.id == audience.source_id for s in segments)
    if audience.kind is rules.AudienceKind.SNAPSHOT:
        ids = await segments_service.snapshot_member_ids(audience.source_id)
        return bool(np.isin(member_id, ids))
    if audience.kind is rules.AudienceKind.DEFINITION:
        return await segments_service.definition_includes(audience.definition, member_id)
    return member_id in await reach.active_among([member_id])
