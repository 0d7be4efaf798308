"""Demo purchases: orders with lines on each member's cycle, and the events that lead to them."""

from __future__ import annotations

import numpy as np

from domain.demo.sampling import local_time, uniform_after, weights_p, within_groups
from domain.demo.vocabulary import (
    CHANNELS,
    CONSUMABLE_TOPS,
    DAY,
    HOME_ORDER_CHANNEL,
    ORDER_CHANNELS,
    TREE,
)

MAX_ORDERS_PER_MEMBER = 400
TASTE_BRANDS = 2  # favourite brands per member
TASTE_SHARE = 0.8  # share of picks from a favourite brand rather than by popularity
REC_DAYS = 30
_FEED = '{"slot": "home_feed", "strategy": "FOR_YOU", "item_id": %d}'
_SORTER = np.argsort(CHANNELS)


def _purchase_times(
    rng: np.random.Generator, m: dict[str, np.ndarray], end_ts: float
) -> tuple[np.ndarray, np.ndarray]:
    """(member id, paid time) of every order: a renewal process per member around their cycle."""
    start, kind, cycle = m["registered_at"], m["kind"], m["cycle_days"] * DAY
    repeat = np.flatnonzero(np.isfinite(cycle))
    stop = np.full(len(start), end_ts - 60)
    churn = kind == "CHURNER"
    stop[churn] = start[churn] + (stop[churn] - start[churn]) * rng.uniform(0.15, 0.6, churn.sum())
    span = np.maximum(stop[repeat] - start[repeat], 0.0)
    slots = np.minimum(np.ceil(span / cycle[repeat] * 1.6) + 3, MAX_ORDERS_PER_MEMBER)
    slots = slots.astype(np.int64)
    owner = np.repeat(repeat, slots)
    shape = 3.0
    gaps = rng.gamma(shape, 1.0, len(owner)) * cycle[owner] / shape
    first = np.cumsum(slots) - slots
    gaps[first] = rng.exponential(0.3, len(repeat)) * cycle[repeat]
    elapsed = np.cumsum(gaps)
    elapsed -= np.repeat(elapsed[first] - gaps[first], slots)
    paid = start[owner] + elapsed
    keep = paid < stop[owner]
    once = np.flatnonzero(kind == "ONE_TIMER")
    once_paid = start[once] + rng.exponential(5 * DAY, len(once))
    once_keep = once_paid < end_ts - 60
    owner = np.concatenate([owner[keep], once[once_keep]])
    paid = local_time(rng, np.concatenate([paid[keep], once_paid[once_keep]]))
    paid = np.clip(paid, start[owner] + 60, end_ts - 60)
    order = np.argsort(paid, kind="stable")
    return owner[order] + 1, paid[order]


def _pick_store(
    rng: np.random.Generator, stores: dict[str, np.ndarray], city: np.ndarray
) -> np.ndarray:
    """A store id in each given city (any store where the city has none, or 10% of the time)."""
    chosen = rng.integers(1, len(stores["id"]) + 1, len(city))
    local = rng.random(len(city)) < 0.9
    for index in np.unique(city):
        options = stores["id"][stores["city_index"] == index]
        mask = local & (city == index)
        if len(options) and mask.any():
            chosen[mask] = options[rng.integers(0, len(options), int(mask.sum()))]
    return chosen


def _choose_items(
    rng: np.random.Generator, items: dict[str, np.ndarray], preference: np.ndarray
) -> np.ndarray:
    """Item ids: a top-level category from each row of preferences, then an item of it by
    popularity."""
    cumulative = np.cumsum(preference, axis=1)
    top = np.minimum((rng.random(len(preference))[:, None] > cumulative).sum(axis=1), 5)
    item = np.zeros(len(top), dtype=np.int64)
    for index in range(len(TREE)):
        mask = top == index
        candidates = np.flatnonzero(items["top_index"] == index)
        if not len(candidates):
            candidates = np.arange(len(items["id"]))
        weights = weights_p(items["popularity"][candidates])
        item[mask] = candidates[rng.choice(len(candidates), int(mask.sum()), p=weights)] + 1
    return item


def member_tastes(
    rng: np.random.Generator, items: dict[str, np.ndarray], preference: np.ndarray
) -> np.ndarray:
    """Each member's favourite brands, shape (members, TASTE_BRANDS): the brands of items the
    member would pick by category preference, so tastes follow the preferred categories."""
    picks = _choose_items(rng, items, np.repeat(preference, TASTE_BRANDS, axis=0))
    result: np.ndarray = items["brand_id"][picks - 1].reshape(len(preference), TASTE_BRANDS)
    return result


def _brand_items(
    rng: np.random.Generator, items: dict[str, np.ndarray], brands: np.ndarray
) -> np.ndarray:
    """An item id of each given brand, uniformly: a taste reaches past the bestsellers."""
    order = np.argsort(items["brand_id"], kind="stable")
    counts = np.bincount(items["brand_id"], minlength=int(brands.max(initial=0)) + 1)
    starts = np.cumsum(counts) - counts
    offset = (rng.random(len(brands)) * counts[brands]).astype(np.int64)
    result: np.ndarray = items["id"][order[starts[brands] + offset]]
    return result


def pick_items(
    rng: np.random.Generator, t: dict[str, dict[str, np.ndarray]], member_index: np.ndarray
) -> np.ndarray:
    """Item ids for members (0-based rows): from a favourite brand TASTE_SHARE of the time,
    else by category preference and popularity."""
    m, items = t["members"], t["items"]
    item = _choose_items(rng, items, m["category_preference"][member_index])
    favourite = m["taste_brands"][member_index, rng.integers(0, TASTE_BRANDS, len(item))]
    taste = rng.random(len(item)) < TASTE_SHARE
    item[taste] = _brand_items(rng, items, favourite[taste])
    return item


def orders_tables(
    rng: np.random.Generator, t: dict[str, dict[str, np.ndarray]], end_ts: float
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Orders and their lines on each member's purchase cycle."""
    m, items = t["members"], t["items"]
    member, paid = _purchase_times(rng, m, end_ts)
    n = len(member)
    home = HOME_ORDER_CHANNEL[np.searchsorted(CHANNELS, m["channel"][member - 1], sorter=_SORTER)]
    away = rng.choice(len(ORDER_CHANNELS), n, p=[0.45, 0.2, 0.3, 0.05])
    channel = ORDER_CHANNELS[np.where(rng.random(n) < 0.75, home, away)]
    pos = channel == "POS"
    store = np.zeros(n, dtype=np.int64)
    store[pos] = _pick_store(rng, t["stores"], m["city_index"][member[pos] - 1])
    per_order = np.minimum(rng.geometric(0.5, n), 5)
    order_of_line = np.repeat(np.arange(n), per_order)
    line_member = member[order_of_line] - 1
    item = pick_items(rng, t, line_member)
    consumable = np.isin(items["top_index"][item - 1], CONSUMABLE_TOPS)
    quantity = np.where(
        consumable,
        np.minimum(rng.geometric(0.55, len(item)), 6),
        np.minimum(rng.geometric(0.85, len(item)), 3),
    )
    unit = items["price_cents"][item - 1]
    amount = quantity * unit
    starts = np.cumsum(per_order) - per_order
    orders = {
        "id": np.arange(1, n + 1),
        "member_id": member,
        "channel": channel,
        "external_no": np.char.add("DM", np.char.zfill(np.arange(1, n + 1).astype(str), 10)),
        "store_code": np.where(store > 0, t["stores"]["code"][store - 1], "").astype(object),
        "total_cents": np.add.reduceat(amount, starts) if n else np.zeros(0, np.int64),
        "coupon_used": rng.random(n) < m["coupon_propensity"][member - 1],
        "paid_at": paid,
    }
    orders["store_code"][store == 0] = None
    lines = {
        "id": np.arange(1, len(item) + 1),
        "order_id": order_of_line + 1,
        "line_no": within_groups(per_order) + 1,
        "item_id": item,
        "item_code": items["code"][item - 1],
        "category_id": items["category_id"][item - 1],
        "brand_id": items["brand_id"][item - 1],
        "quantity": quantity,
        "unit_price_cents": unit,
        "amount_cents": amount,
    }
    return orders, lines


def _recommendation_events(
    rng: np.random.Generator, t: dict[str, dict[str, np.ndarray]], visits: np.ndarray, end_ts: float
) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(member, item, time) of home-feed impressions in the last REC_DAYS days, and of the
    clicks on them: items of a favourite brand are clicked far more often."""
    m, items = t["members"], t["items"]
    n = int(visits.sum() * 1.5)
    member = rng.choice(len(m["id"]), n, p=weights_p(visits)) if n else np.zeros(0, np.int64)
    item = pick_items(rng, t, member)
    start = np.maximum(m["registered_at"][member], end_ts - REC_DAYS * DAY)
    shown_at = uniform_after(rng, start, end_ts)
    liked = (items["brand_id"][item - 1][:, None] == m["taste_brands"][member]).any(axis=1)
    clicked = np.flatnonzero(rng.random(n) < np.where(liked, 0.3, 0.04))
    click_at = np.minimum(shown_at[clicked] + rng.uniform(2, 120, len(clicked)), end_ts)
    return (member + 1, item, shown_at), (member[clicked] + 1, item[clicked], click_at)


def events_table(
    rng: np.random.Generator, t: dict[str, dict[str, np.ndarray]], end_ts: float, days: int
) -> dict[str, np.ndarray]:
    """The funnel of the last `days` days: views, then add to cart, then pay for every ordered
    line; browsing (and some abandoned carts) that led to no order; sign-ins of app users;
    home-feed recommendations shown and clicked."""
    m, orders, lines = t["members"], t["orders"], t["order_lines"]
    since = end_ts - days * DAY
    recent = np.flatnonzero(orders["paid_at"] >= since)
    bought = (orders["paid_at"] >= since)[lines["order_id"] - 1]
    line_order = lines["order_id"][bought] - 1
    line_item = lines["item_id"][bought]
    line_member = orders["member_id"][line_order]
    cart_at = orders["paid_at"][line_order] - rng.uniform(120, 2 * 3600, len(line_item))
    view_of = np.repeat(np.arange(len(line_item)), 1 + rng.poisson(1.0, len(line_item)))
    view_at = cart_at[view_of] - rng.uniform(60, 2 * DAY, len(view_of))
    # Browsing without an order: active members more often; prospects too.
    cycle = m["cycle_days"]
    visits = np.where(np.isfinite(cycle), 30.0 / cycle, 0.6)
    visits = visits * (m["registered_at"] < end_ts)
    browse_member = rng.choice(len(m["id"]), len(view_of) // 3, p=weights_p(visits)) + 1
    browse_item = pick_items(rng, t, browse_member - 1)
    browse_at = uniform_after(rng, np.maximum(m["registered_at"][browse_member - 1], since), end_ts)
    abandoned = np.flatnonzero(rng.random(len(browse_member)) < 0.1)
    abandoned_at = np.minimum(browse_at[abandoned] + rng.uniform(30, 1800, len(abandoned)), end_ts)
    app = np.flatnonzero(np.isin(m["channel"], ["MINI_PROGRAM", "APP"]))
    rate = np.where(np.isfinite(cycle[app]), 0.4 / cycle[app], 0.02)
    sign_start = np.maximum(m["registered_at"][app], since)
    signs = np.minimum(rng.poisson(rate * np.maximum(end_ts - sign_start, 0) / DAY), days)
    sign_member = np.repeat(app, signs) + 1
    sign_at = uniform_after(rng, np.repeat(sign_start, signs), end_ts)
    shown, clicks = _recommendation_events(rng, t, visits, end_ts)
    parts = [
        ("view_item", line_member[view_of], line_item[view_of], view_at),
        ("view_item", browse_member, browse_item, browse_at),
        ("add_to_cart", line_member, line_item, cart_at),
        ("add_to_cart", browse_member[abandoned], browse_item[abandoned], abandoned_at),
        ("pay_order", orders["member_id"][recent], recent + 1, orders["paid_at"][recent]),
        ("sign_in", sign_member, np.zeros(len(sign_member), np.int64), sign_at),
        ("rec_impression", *shown),
        ("rec_click", *clicks),
    ]
    occurred = np.concatenate([p[3] for p in parts])
    order = np.argsort(occurred, kind="stable")
    code = np.concatenate([np.full(len(p[1]), i, np.int8) for i, p in enumerate(parts)])[order]
    subject = np.concatenate([p[2] for p in parts])[order].tolist()
    templates = ['{"item_id": %d}', '{"item_id": %d}', '{"item_id": %d}', '{"item_id": %d}']
    templates += ['{"order_id": %d}', "{}%.0s", _FEED, _FEED]
    ids = np.arange(1, len(order) + 1)
    return {
        "id": ids,
        "event_id": np.array([f"EV{i:012d}" for i in ids.tolist()], dtype=object),
        "name": np.array([p[0] for p in parts])[code],
        "member_id": np.concatenate([p[1] for p in parts])[order],
        "properties": np.array(
            [templates[k] % v for k, v in zip(code.tolist(), subject, strict=True)], dtype=object
        ),
        "occurred_at": occurred[order],
    }
