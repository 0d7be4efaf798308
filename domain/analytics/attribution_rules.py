"""How an order's net sales are credited to the touches before it, per attribution model.
Pure: integer cents in, integer cents out, and the credits of an order always sum to its net."""

from __future__ import annotations

from enum import StrEnum


class AttributionModel(StrEnum):
    FIRST = "FIRST"
    LAST = "LAST"
    LINEAR = "LINEAR"
    POSITION_BASED = "POSITION_BASED"


def _weights(model: AttributionModel, touches: int) -> list[int]:
    """Relative weights of the touches, oldest first."""
    if model is AttributionModel.FIRST:
        return [1] + [0] * (touches - 1)
    if model is AttributionModel.LAST:
        return [0] * (touches - 1) + [1]
    if model is AttributionModel.LINEAR or touches <= 2:
        return [1] * touches
    # 40 % to the first, 40 % to the last, 20 % shared by those between
    middle = touches - 2
    return [40 * middle] + [20] * middle + [40 * middle]


def split(net_cents: int, touches: int, model: AttributionModel) -> list[int]:
    """The credit of each touch (oldest first), by largest remainder so it sums to the net."""
    if touches <= 0:
        return []
    weights = _weights(model, touches)
    total = sum(weights)
    shares = [net_cents * w // total for w in weights]
    rest = net_cents - sum(shares)
    order = sorted(range(touches), key=lambda i: (-(net_cents * weights[i] % total), i))
    for i in order[:rest]:
        shares[i] += 1
    return shares
