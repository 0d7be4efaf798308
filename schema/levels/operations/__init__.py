"""Level and paid-membership queries and mutations, a module per group."""

from __future__ import annotations

import strawberry

from schema.levels.operations.ladder import LevelLadderMutation
from schema.levels.operations.paid import PaidPlansMutation
from schema.levels.operations.preview import LevelPreviewQuery
from schema.levels.operations.queries import LevelsQuery as _LevelsQuery

__all__ = ["LevelsMutation", "LevelsQuery"]


@strawberry.type
class LevelsQuery(_LevelsQuery, LevelPreviewQuery):
    """Every level query."""


@strawberry.type
class LevelsMutation(LevelLadderMutation, PaidPlansMutation):
    """Every level and paid-plan mutation."""
