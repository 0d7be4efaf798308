"""Point mutations, a module per group."""

from __future__ import annotations

import strawberry

from schema.points.mutations.config import PointConfigMutation
from schema.points.mutations.movements import PointMovementsMutation
from schema.points.mutations.receipts import ReceiptsMutation


@strawberry.type
class PointsMutation(PointMovementsMutation, ReceiptsMutation, PointConfigMutation):
    """Every point mutation."""
