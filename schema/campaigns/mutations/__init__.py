"""Campaign mutations, one module per group."""

from __future__ import annotations

import strawberry

from schema.campaigns.mutations.create import CreateCampaignMutation
from schema.campaigns.mutations.lifecycle import CampaignLifecycleMutation
from schema.campaigns.mutations.preview import PreviewCampaignMutation
from schema.campaigns.mutations.strategies import StrategyMutation


@strawberry.type
class CampaignsMutation(
    CreateCampaignMutation, CampaignLifecycleMutation, PreviewCampaignMutation, StrategyMutation
):
    """Every campaign mutation."""
