"""Pure identity and merge rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain.errors import DomainError, ErrorCode
from domain.members.models import IdentityKind
from domain.members.rules import (
    choose_survivor,
    merge_profiles,
    normalise_identity,
    normalise_phone,
)


@pytest.mark.parametrize(
    ("_case", "raw", "expected"),
    [
        ("plain", "13812345678", "13812345678"),
        ("country code", "+86 138-1234-5678", "13812345678"),
        ("0086", "008613812345678", "13812345678"),
    ],
)
def test_phone_normalisation(_case: str, raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12812345678", "1381234567", "138123456789", "abc", ""])
def test_invalid_phones_are_refused(raw: str) -> None:
    with pytest.raises(DomainError) as error:
        normalise_phone(raw, field="identities[0].value")
    assert error.value.code is ErrorCode.INVALID_PHONE
    assert error.value.field == "identities[0].value"


def test_openid_needs_its_app_namespace() -> None:
    with pytest.raises(DomainError) as error:
        normalise_identity(IdentityKind.WECHAT_OPENID, "o-abc", None, "identity")
    assert (error.value.code, error.value.field) == (ErrorCode.REQUIRED, "identity.namespace")


def test_older_member_survives() -> None:
    early = datetime(2024, 1, 1, tzinfo=UTC)
    late = datetime(2025, 1, 1, tzinfo=UTC)
    assert choose_survivor([(9, early), (3, late)]) == 9
    assert choose_survivor([(9, early), (3, early)]) == 3
    assert choose_survivor([(5, late), (9, early), (3, late)]) == 9


def test_profile_merge_fills_gaps_and_newer_wins_conflicts() -> None:
    old = datetime(2024, 1, 1, tzinfo=UTC)
    new = datetime(2025, 1, 1, tzinfo=UTC)
    survivor = {"name": "Li Lei", "gender": "UNKNOWN", "birthday": None, "city": "Beijing"}
    absorbed = {"name": "Li L.", "gender": "MALE", "birthday": date(1990, 5, 1), "city": "Beijing"}
    changes, conflicts = merge_profiles(survivor, old, absorbed, new)
    assert changes == {"name": "Li L.", "gender": "MALE", "birthday": date(1990, 5, 1)}
    assert conflicts == {"name": {"survivor": "Li Lei", "absorbed": "Li L."}}
    changes, _ = merge_profiles(survivor, new, absorbed, old)
    assert changes == {"gender": "MALE", "birthday": date(1990, 5, 1)}
