"""Demo members of five kinds, and the identities each one has."""

from __future__ import annotations

import numpy as np

from domain.demo.sampling import local_time, random_strings, weights_p
from domain.demo.vocabulary import (
    CHANNEL_WEIGHTS,
    CHANNELS,
    CITIES,
    CITY_WEIGHTS,
    CYCLE_DAYS,
    DAY,
    END,
    GENDER_AFFINITY,
    GIVEN_NAMES,
    KIND_WEIGHTS,
    KINDS,
    PHONE_SEGMENTS,
    SURNAMES,
    TREE,
    WECHAT_APP_ID,
)


def members_table(
    rng: np.random.Generator, n: int, days: int, end_ts: float
) -> dict[str, np.ndarray]:
    """Members of five kinds with their profile, purchase cycle and preferences."""
    registered = np.sort(end_ts - rng.uniform(0.0, days * DAY, n) ** 1.0)
    registered = local_time(rng, registered)
    registered = np.minimum(np.sort(registered), end_ts - 3600)
    city = rng.choice(len(CITIES), n, p=weights_p(CITY_WEIGHTS))
    gender = rng.choice(np.array(["FEMALE", "MALE", "UNKNOWN"]), n, p=[0.58, 0.36, 0.06])
    age_days = (np.clip(rng.normal(33, 9, n), 18, 70) * 365.25).astype("timedelta64[D]")
    channel = rng.choice(CHANNELS, n, p=weights_p(CHANNEL_WEIGHTS))
    online = np.isin(channel, ["MINI_PROGRAM", "APP"])
    kind = rng.choice(KINDS, n, p=weights_p(KIND_WEIGHTS))
    cycle = np.full(n, np.inf)
    for name, (low, high) in CYCLE_DAYS.items():
        mask = kind == name
        cycle[mask] = np.exp(rng.uniform(np.log(low), np.log(high), int(mask.sum())))
    gender_row = (gender == "MALE") * 1 + (gender == "UNKNOWN") * 2
    affinity = rng.gamma(0.45, 1.0, (n, len(TREE))) * GENDER_AFFINITY[gender_row]
    surname = rng.choice(np.array(SURNAMES), n)
    given = rng.choice(np.array(GIVEN_NAMES), n)
    return {
        "id": np.arange(1, n + 1),
        "name": np.char.add(np.char.add(surname, " "), given),
        "gender": gender,
        "birthday": np.datetime64(END.date()) - age_days,
        "city_index": city,
        "city": np.array([CITIES[k][0] for k in city]),
        "region": np.array([CITIES[k][1] for k in city]),
        "consent_sms": rng.random(n) < 0.55,
        "consent_push": rng.random(n) < np.where(online, 0.75, 0.35),
        "channel": channel,
        "registered_at": registered,
        "kind": kind,
        "cycle_days": cycle,
        "category_preference": affinity / affinity.sum(axis=1, keepdims=True),
        "coupon_propensity": rng.beta(0.8, 3.5, n),
    }


def identities_table(rng: np.random.Generator, m: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Each member's identities: phone, WeChat ids, card numbers, devices."""
    n = len(m["id"])
    segment = rng.choice(PHONE_SEGMENTS, n)
    phone = (segment * 100_000_000 + rng.choice(100_000_000, n, replace=False)).astype(str)
    online = np.isin(m["channel"], ["MINI_PROGRAM", "APP", "PARTNER"])
    has_openid = online | (rng.random(n) < 0.35)
    has_unionid = has_openid & (rng.random(n) < 0.8)
    has_device = (m["channel"] == "APP") | (rng.random(n) < 0.1)
    has_card = (m["channel"] == "POS") | (rng.random(n) < 0.15)
    base64ish = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    parts = [("PHONE", np.ones(n, bool), "", phone)]
    for kind, mask, namespace in (
        ("WECHAT_OPENID", has_openid, WECHAT_APP_ID),
        ("WECHAT_UNIONID", has_unionid, ""),
    ):
        value = np.char.add("o", random_strings(rng, int(mask.sum()), 27, base64ish))
        parts.append((kind, mask, namespace, value))
    hexes = random_strings(rng, int(has_device.sum()), 32, b"0123456789abcdef")
    parts.append(("DEVICE_ID", has_device, "", hexes))
    cards = 8_600_000_000_000_000 + rng.choice(10**12, int(has_card.sum()), replace=False)
    parts.append(("CARD_NO", has_card, "", cards.astype(str)))
    member = np.concatenate([m["id"][mask] for _, mask, _, _ in parts])
    total = len(member)
    return {
        "id": np.arange(1, total + 1),
        "member_id": member,
        "kind": np.concatenate([np.full(int(p[1].sum()), p[0]) for p in parts]),
        "namespace": np.concatenate([np.full(int(p[1].sum()), p[2]) for p in parts]),
        "value": np.concatenate([p[3] for p in parts]).astype(object),
        "created_at": m["registered_at"][member - 1],
    }
