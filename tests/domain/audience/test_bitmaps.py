"""Member bitmaps: Redis bit order, round trips and counts."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.audience import bitmaps
from domain.audience.bitmaps import InvalidBitmap


def _redis_setbit(ids: list[int], size_bits: int) -> bytes:
    """What a sequence of SETBIT key <id> 1 leaves in Redis, per the SETBIT documentation."""
    data = bytearray((size_bits + 7) // 8)
    for member_id in ids:
        data[member_id >> 3] |= 0x80 >> (member_id & 7)
    return bytes(data)


@pytest.mark.parametrize(
    ("_case", "ids", "size_bits", "expected"),
    [
        ("SETBIT key 7 1 reads as \\x01", [7], None, b"\x01"),
        ("bit 0 is the top bit", [0], 8, b"\x80"),
        ("second byte", [0, 9], 16, b"\x80\x40"),
        ("padded to the size", [1], 20, b"\x40\x00\x00"),
        ("empty set", [], 0, b""),
    ],
)
def test_ids_to_bitmap_uses_redis_bit_order(
    _case: str, ids: list[int], size_bits: int | None, expected: bytes
) -> None:
    assert bitmaps.ids_to_bitmap(np.array(ids, dtype=np.int64), size_bits) == expected


@given(st.sets(st.integers(0, 5_000), max_size=300), st.integers(0, 64))
def test_ids_round_trip_and_match_redis(ids: set[int], spare_bits: int) -> None:
    # given
    size_bits = (max(ids) + 1 if ids else 0) + spare_bits
    # when
    data = bitmaps.ids_to_bitmap(np.array(sorted(ids), dtype=np.int64), size_bits)
    # then
    assert data == _redis_setbit(sorted(ids), size_bits)
    assert bitmaps.bitmap_to_ids(data).tolist() == sorted(ids)
    assert bitmaps.popcount(data) == len(ids)


@given(st.lists(st.booleans(), max_size=200))
def test_bool_arrays_round_trip(mask: list[bool]) -> None:
    # given
    array = np.array(mask, dtype=bool)
    # when
    data = bitmaps.bool_array_to_bitmap(array)
    # then
    assert len(data) == (array.size + 7) // 8
    np.testing.assert_array_equal(bitmaps.bitmap_to_bool_array(data, array.size), array)
    assert bitmaps.popcount(data) == int(array.sum())


def test_bool_array_is_padded_or_cut_to_the_size() -> None:
    data = b"\xff"
    assert bitmaps.bitmap_to_bool_array(data, 10).tolist() == [True] * 8 + [False] * 2
    assert bitmaps.bitmap_to_bool_array(data, 3).tolist() == [True] * 3


def test_ids_are_refused_when_negative_or_too_large() -> None:
    with pytest.raises(InvalidBitmap) as error:
        bitmaps.ids_to_bitmap([-1, 3])
    assert error.value.field == "ids"
    with pytest.raises(InvalidBitmap) as error:
        bitmaps.ids_to_bitmap([8], size_bits=8)
    assert error.value.field == "size_bits"
