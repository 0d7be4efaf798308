"""Member-id sets as bytes in Redis bit order: bit i of the string is member id i.

Redis numbers bits from the most significant bit of the first byte (SETBIT key 0 1 sets 0x80),
which is `numpy.packbits(..., bitorder="big")`. Bits past the last byte Redis stored read as 0,
so a shorter string is the same set as one padded with zero bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np

from domain.errors import DomainError, ErrorCode

BIT_ORDER: Final = "big"


class InvalidBitmap(DomainError):
    """Member ids or bitmap sizes were refused."""

    code = ErrorCode.INVALID


def _as_ids(ids: np.ndarray | Sequence[int]) -> np.ndarray:
    array = np.asarray(ids)
    if array.size == 0:
        return np.zeros(0, dtype=np.int64)
    if array.ndim != 1 or not np.issubdtype(array.dtype, np.integer):
        raise InvalidBitmap("member ids must be a 1-d integer array", field="ids")
    if array.min() < 0:
        raise InvalidBitmap("member ids must not be negative", field="ids")
    return array.astype(np.int64, copy=False)


def bool_array_to_bitmap(mask: np.ndarray) -> bytes:
    """Pack a boolean array (index = member id) into Redis bit order, zero-padded to a byte."""
    array = np.asarray(mask, dtype=bool)
    if array.ndim != 1:
        raise InvalidBitmap("expected a 1-d boolean array", field="mask")
    return np.packbits(array, bitorder=BIT_ORDER).tobytes()


def bitmap_to_bool_array(data: bytes, size_bits: int | None = None) -> np.ndarray:
    """Unpack a Redis bitmap to booleans, padded with False or cut to `size_bits` if given."""
    bits = np.unpackbits(np.frombuffer(data, dtype=np.uint8), bitorder=BIT_ORDER).view(bool)
    if size_bits is None:
        return bits
    if size_bits < 0:
        raise InvalidBitmap("size must not be negative", field="size_bits")
    if size_bits <= bits.size:
        return bits[:size_bits]
    return np.concatenate([bits, np.zeros(size_bits - bits.size, dtype=bool)])


def ids_to_bitmap(ids: np.ndarray | Sequence[int], size_bits: int | None = None) -> bytes:
    """Bitmap with the bits of `ids` set; `size_bits` defaults to the largest id + 1."""
    array = _as_ids(ids)
    needed = int(array.max()) + 1 if array.size else 0
    size = needed if size_bits is None else size_bits
    if size < needed:
        raise InvalidBitmap(f"id {needed - 1} does not fit in {size} bits", field="size_bits")
    mask = np.zeros(size, dtype=bool)
    mask[array] = True
    return bool_array_to_bitmap(mask)


def bitmap_to_ids(data: bytes) -> np.ndarray:
    """Sorted member ids whose bits are set."""
    return np.flatnonzero(bitmap_to_bool_array(data)).astype(np.int64)


def popcount(data: bytes) -> int:
    """Number of set bits, as Redis BITCOUNT returns for the whole string."""
    return int.from_bytes(data, "big").bit_count()
