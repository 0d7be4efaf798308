"""Member-item interactions and the weighted, recency-decayed sparse matrix built from them."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Generic, TextIO, TypeVar

import numpy as np
import scipy.sparse as sp

from domain.errors import DomainError, ErrorCode

K = TypeVar("K", bound=Hashable)

SECONDS_PER_DAY = 86_400.0
MAX_LISTED_BAD_ROWS = 20
# Old interactions fade to this share of their weight and no lower: a member's history is
# evidence for as long as it is kept, however long ago they last came.
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
class BadRow:
    """A CSV row that could not be read: its 1-based line number, column and reason."""

    line: int
    column: str
    reason: str


class InvalidCsvRows(InvalidInteractions):
    """One or more CSV rows were bad; `bad_rows` lists every one of them."""

    def __init__(self, message: str, *, bad_rows: Sequence[BadRow]) -> None:
        super().__init__(message, field=bad_rows[0].column if bad_rows else None)
        self.bad_rows: list[BadRow] = list(bad_rows)


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
        (_aware(i.ts).timestamp() for i in interactions), dtype=np.float64, count=len(interactions)
    )
    if reference is not None:
        latest = np.full_like(seconds, _aware(reference).timestamp())
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


REQUIRED_COLUMNS = ("user", "item", "timestamp")
OPTIONAL_COLUMNS = ("weight", "category", "kind", "basket")


def read_interactions_csv(source: str | Path | TextIO) -> list[Interaction]:
    """Read `user,item,timestamp[,weight][,category][,kind][,basket]` CSV; bad rows in one error.

    Missing columns raise InvalidInteractions with `field` = the first missing column. Bad rows
    are collected over the whole file and raised once, the message listing each as
    `line N: column: reason` (the first MAX_LISTED_BAD_ROWS, then a count); the full list is on
    the error's `bad_rows` attribute. Nothing is returned unless every row is valid.
    Timestamps are ISO 8601 (naive means UTC) or Unix seconds; `kind` defaults to VIEW.
    """
    if isinstance(source, str | Path):
        with open(source, newline="", encoding="utf-8") as handle:
            return _read_csv(handle)
    return _read_csv(source)


def _read_csv(handle: TextIO | io.StringIO) -> list[Interaction]:
    reader = csv.reader(handle)
    header_row = next(reader, None)
    if header_row is None:
        raise InvalidInteractions("CSV is empty: missing header line 1", field="user")
    header = [name.strip().lower() for name in header_row]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise InvalidInteractions(
            f"CSV header (line 1) is missing column(s): {', '.join(missing)}", field=missing[0]
        )
    position = {
        name: header.index(name)
        for name in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
        if name in header
    }
    result: list[Interaction] = []
    bad: list[BadRow] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        parsed = _parse_row(row, position, line, bad)
        if parsed is not None:
            result.append(parsed)
    if bad:
        shown = bad[:MAX_LISTED_BAD_ROWS]
        listed = "; ".join(f"line {b.line}: {b.column}: {b.reason}" for b in shown)
        more = len(bad) - MAX_LISTED_BAD_ROWS
        suffix = f"; and {more} more" if more > 0 else ""
        raise InvalidCsvRows(f"{len(bad)} bad CSV value(s): {listed}{suffix}", bad_rows=bad)
    return result


def _parse_row(
    row: list[str], position: Mapping[str, int], line: int, bad: list[BadRow]
) -> Interaction | None:
    def cell(name: str) -> str | None:
        index = position.get(name)
        if index is None or index >= len(row):
            return None
        return row[index].strip()

    errors_before = len(bad)
    user, item, raw_ts = cell("user"), cell("item"), cell("timestamp")
    for name, value in (("user", user), ("item", item), ("timestamp", raw_ts)):
        if not value:
            bad.append(BadRow(line, name, "is required"))
    ts = _parse_timestamp(raw_ts) if raw_ts else None
    if raw_ts and ts is None:
        bad.append(BadRow(line, "timestamp", f"not ISO 8601 or Unix seconds: {raw_ts!r}"))
    weight: float | None = None
    raw_weight = cell("weight")
    if raw_weight:
        try:
            weight = float(raw_weight)
        except ValueError:
            weight = None
        if weight is None or not math.isfinite(weight) or weight < 0:
            bad.append(BadRow(line, "weight", f"not a finite number >= 0: {raw_weight!r}"))
    kind = Kind.VIEW
    raw_kind = cell("kind")
    if raw_kind:
        try:
            kind = Kind(raw_kind.upper())
        except ValueError:
            bad.append(BadRow(line, "kind", f"not one of VIEW, CART, PURCHASE: {raw_kind!r}"))
    if len(bad) > errors_before or user is None or item is None or ts is None:
        return None
    return Interaction(
        user=user,
        item=item,
        ts=ts,
        kind=kind,
        weight=weight,
        category=cell("category") or None,
        basket=cell("basket") or None,
    )


def _parse_timestamp(raw: str) -> datetime | None:
    try:
        seconds = float(raw)
    except ValueError:
        seconds = None
    if seconds is not None:
        if not math.isfinite(seconds):
            return None
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return _aware(parsed)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _check_kind_weights(kind_weights: Mapping[Kind, float]) -> None:
    for kind in Kind:
        value = kind_weights.get(kind)
        if value is None or not math.isfinite(value) or value < 0:
            raise InvalidInteractions(
                f"kind weight for {kind} must be a finite number >= 0", field="kind_weights"
            )
