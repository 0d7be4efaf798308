"""Member-item interactions and the weighted, recency-decayed sparse matrix built from them."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Generic, TypeVar

import numpy as np
import scipy.sparse as sp

from domain.errors import DomainError, ErrorCode

K = TypeVar("K", bound=Hashable)

SECONDS_PER_DAY = 86_400.0
DEFAULT_RECENCY_FLOOR = 0.1


class Kind(StrEnum):
    """What the member did with the item."""

    VIEW = "VIEW"
    CART = "CART"
    PURCHASE = "PURCHASE"


DEFAULT_KIND_WEIGHTS: Mapping[Kind, float] = {Kind.VIEW: 1.0, Kind.CART: 3.0, Kind.PURCHASE: 5.0}


class InvalidInteractions(DomainError):
    """Interaction input (CSV or parameters) was refused."""

    code = ErrorCode.INVALID


@dataclass(frozen=True, slots=True)
class Interaction:
    """One member-item event; an explicit `weight` overrides the weight of its `kind`."""

    user: str
    item: str
    ts: datetime
    kind: Kind = Kind.VIEW
    weight: float | None = None
    category: str | None = None
    basket: str | None = None


class IdMap(Generic[K]):
    """A two-way map between external ids and dense indices 0..n-1, in insertion order."""

    __slots__ = ("_ids", "_index")

    def __init__(self, ids: Iterable[K] = ()) -> None:
        self._ids: list[K] = []
        self._index: dict[K, int] = {}
        for external in ids:
            self.add(external)

    def add(self, external: K) -> int:
        """Return the dense index of `external`, assigning the next one if it is new."""
        found = self._index.get(external)
        if found is not None:
            return found
        position = len(self._ids)
        self._index[external] = position
        self._ids.append(external)
        return position

    def index(self, external: K) -> int:
        """The dense index of a known external id (KeyError if unknown)."""
        return self._index[external]

    def get(self, external: K) -> int | None:
        """The dense index of `external`, or None if unknown."""
        return self._index.get(external)

    def external(self, position: int) -> K:
        """The external id at a dense index."""
        return self._ids[position]

    def externals(self, positions: Iterable[int]) -> list[K]:
        """External ids for several dense indices."""
        return [self._ids[int(p)] for p in positions]

    @property
    def ids(self) -> list[K]:
        """All external ids in dense-index order (a copy)."""
        return list(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, external: object) -> bool:
        return external in self._index


@dataclass(frozen=True, slots=True)
class InteractionMatrix:
    """A users x items CSR matrix of summed decayed weights with its two id maps."""

    matrix: sp.csr_matrix
    users: IdMap[str]
    items: IdMap[str]

    @property
    def shape(self) -> tuple[int, int]:
        """(n_users, n_items)."""
        return (len(self.users), len(self.items))


def decay_factor(
    age_days: np.ndarray | float,
    half_life_days: float | None,
    floor: float = DEFAULT_RECENCY_FLOOR,
) -> np.ndarray:
    """Recency decay max(floor, 0.5 ** (age / half_life)); events in the future count fully."""
    age = np.maximum(np.asarray(age_days, dtype=np.float64), 0.0)
    if half_life_days is None:
        return np.ones_like(age)
    if not half_life_days > 0:
        raise InvalidInteractions("half-life must be positive", field="half_life_days")
    if not 0 <= floor <= 1:
        raise InvalidInteractions("the recency floor is between 0 and 1", field="floor")
    return np.maximum(np.exp2(-age / half_life_days), floor)


def interaction_weights(
    interactions: Sequence[Interaction],
    *,
    reference: datetime | None = None,
    half_life_days: float | None = 30.0,
    kind_weights: Mapping[Kind, float] = DEFAULT_KIND_WEIGHTS,
    floor: float = DEFAULT_RECENCY_FLOOR,
) -> np.ndarray:
    """Per-interaction weight: explicit weight or kind weight, times the recency decay.

    Age is measured from `reference` when given, else from each member's own latest
    interaction, so a member who has not come for years keeps their whole history.
    """
    base = np.fromiter(
        (
            float(i.weight) if i.weight is not None else float(kind_weights[i.kind])
            for i in interactions
        ),
        dtype=np.float64,
        count=len(interactions),
    )
    if half_life_days is None or not interactions:
        return base
    seconds = np.fromiter(
        (as_aware(i.ts).timestamp() for i in interactions),
        dtype=np.float64,
        count=len(interactions),
    )
    if reference is not None:
        latest = np.full_like(seconds, as_aware(reference).timestamp())
    else:
        _, owner = np.unique([i.user for i in interactions], return_inverse=True)
        newest = np.full(int(owner.max()) + 1, -np.inf)
        np.maximum.at(newest, owner, seconds)
        latest = newest[owner]
    ages = (latest - seconds) / SECONDS_PER_DAY
    result: np.ndarray = base * decay_factor(ages, half_life_days, floor)
    return result


def build_matrix(
    interactions: Sequence[Interaction],
    *,
    reference: datetime | None = None,
    half_life_days: float | None = 30.0,
    kind_weights: Mapping[Kind, float] = DEFAULT_KIND_WEIGHTS,
    users: IdMap[str] | None = None,
    items: IdMap[str] | None = None,
    floor: float = DEFAULT_RECENCY_FLOOR,
) -> InteractionMatrix:
    """Sum decayed kind weights per (user, item) into a CSR matrix (see interaction_weights)."""
    _check_kind_weights(kind_weights)
    user_map: IdMap[str] = users if users is not None else IdMap()
    item_map: IdMap[str] = items if items is not None else IdMap()
    weights = interaction_weights(
        interactions,
        reference=reference,
        half_life_days=half_life_days,
        kind_weights=kind_weights,
        floor=floor,
    )
    if np.any(weights < 0) or not np.all(np.isfinite(weights)):
        raise InvalidInteractions("interaction weights must be finite and >= 0", field="weight")
    rows = np.fromiter((user_map.add(i.user) for i in interactions), dtype=np.int64)
    cols = np.fromiter((item_map.add(i.item) for i in interactions), dtype=np.int64)
    matrix = sp.coo_matrix(
        (weights.astype(np.float32), (rows, cols)), shape=(len(user_map), len(item_map))
    ).tocsr()
    matrix.sum_duplicates()
    matrix.eliminate_zeros()
    return InteractionMatrix(matrix=matrix, users=user_map, items=item_map)


def as_aware(moment: datetime) -> datetime:
    """A naive time read as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _check_kind_weights(kind_weights: Mapping[Kind, float]) -> None:
    for kind in Kind:
        value = kind_weights.get(kind)
        if value is None or not math.isfinite(value) or value < 0:
            raise InvalidInteractions(
                f"kind weight for {kind} must be a finite number >= 0", field="kind_weights"
            )
