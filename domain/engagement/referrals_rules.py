"""Pure referral rules: invite codes, the share payload, reward specs and the monthly cap."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import quote

# No 0/O, 1/I/L: a code read aloud or copied from a poster survives.
INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
INVITE_LENGTH = 8  # 31**8 ≈ 8.5e11 codes: guessing one of a million members takes ~850k tries
SHARE_PAGE = "pages/invite/index"
SCENE_PREFIX = "i="  # a mini-program code's scene is at most 32 characters
MAX_REWARD_POINTS = 1_000_000
MAX_MONTHLY_CAP = 10_000
MAX_PREFIX_LIMIT = 1_000


class Stage(StrEnum):
    """When a referral pays: the invitee registered, or paid a first order."""

    REGISTERED = "REGISTERED"
    FIRST_ORDER = "FIRST_ORDER"


class Party(StrEnum):
    """Who a reward goes to."""

    REFERRER = "REFERRER"
    INVITEE = "INVITEE"


@dataclass(frozen=True, slots=True)
class RewardSpec:
    """What one party gets at one stage: points, growth points, a coupon template."""

    points: int = 0
    growth: int = 0
    coupon: str | None = None

    @property
    def empty(self) -> bool:
        """Nothing to pay."""
        return not (self.points or self.growth or self.coupon)

    def to_json(self) -> dict[str, Any]:
        return {"points": self.points, "growth": self.growth, "coupon": self.coupon}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> RewardSpec:
        data = data or {}
        return cls(int(data.get("points", 0)), int(data.get("growth", 0)), data.get("coupon"))


@dataclass(frozen=True, slots=True)
class SharePayload:
    """What a member shares: the mini-program page with its scene, and a QR code's text."""

    code: str
    path: str
    scene: str
    qr_text: str


def new_invite_code() -> str:
    """A random invite code from the unambiguous alphabet."""
    return "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))


def normalise_invite_code(raw: str) -> str:
    """Upper case, spaces and dashes dropped (codes are read off posters)."""
    return raw.strip().upper().replace(" ", "").replace("-", "")[:32]


def share_payload(code: str, qr_base: str) -> SharePayload:
    """The share of a code: `pages/invite/index?scene=i%3DCODE` and a QR text ending in it."""
    scene = SCENE_PREFIX + code
    return SharePayload(
        code=code,
        path=f"{SHARE_PAGE}?scene={quote(scene, safe='')}",
        scene=scene,
        qr_text=qr_base + code,
    )


def phone_prefix(phone: str | None) -> str | None:
    """The first 7 digits of a mainland mobile (operator and region block)."""
    return phone[:7] if phone and len(phone) >= 7 else None


def referrer_capped(rewarded_this_month: int, monthly_cap: int) -> bool:
    """A referrer past the month's cap gets nothing more (cap 0: no cap)."""
    return monthly_cap > 0 and rewarded_this_month >= monthly_cap


def reward_problems(spec: RewardSpec) -> list[tuple[str, str]]:
    """(field suffix, message) of what is wrong with one reward spec."""
    problems = []
    for name in ("points", "growth"):
        if not 0 <= getattr(spec, name) <= MAX_REWARD_POINTS:
            problems.append((name, f"{name} is 0 to {MAX_REWARD_POINTS:,}."))
    return problems
