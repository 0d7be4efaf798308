"""Deterministic synthetic retail data, generated with numpy and no I/O.

Stores in real Chinese cities, brands in a two-level category tree, items with Zipf popularity,
members of five kinds (loyalists, regulars, churners, one-timers, prospects) with their own
purchase cycle, category preferences and coupon propensity, identities per member, orders with
lines, and the behaviour events (views, add to cart, pay, sign-ins) that lead to them.
Times are float seconds since the epoch (UTC); every table has a dense 1-based `id` column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

END = datetime(2026, 11, 1, tzinfo=UTC)
DAY = 86_400.0
EVENT_DAYS = 90
MAX_ORDERS_PER_MEMBER = 400
KINDS = np.array(["LOYALIST", "REGULAR", "CHURNER", "ONE_TIMER", "PROSPECT"])
KIND_WEIGHTS = np.array([12, 33, 20, 17, 18], dtype=float)
CYCLE_DAYS = {"LOYALIST": (6.0, 14.0), "REGULAR": (18.0, 45.0), "CHURNER": (12.0, 30.0)}
CHANNELS = np.array(["MINI_PROGRAM", "APP", "POS", "WEB", "IMPORT", "PARTNER"])
CHANNEL_WEIGHTS = np.array([40, 22, 22, 7, 5, 4], dtype=float)
ORDER_CHANNELS = np.array(["MINI_PROGRAM", "APP", "POS", "WEB"])
# Where members of each registration channel usually buy (index into ORDER_CHANNELS).
HOME_ORDER_CHANNEL = np.array([0, 1, 2, 3, 2, 0])
# Shanghai local hour of purchases: lunch and evening peaks.
HOUR_WEIGHTS = np.array(
    [2, 1, 1, 1, 1, 1, 2, 4, 6, 8, 10, 12, 14, 12, 10, 10, 11, 12, 14, 17, 20, 20, 15, 6],
    dtype=float,
)
LOCAL_OFFSET_HOURS = 8
# fmt: off
CITIES = [
    ("Shanghai", "East China"), ("Beijing", "North China"), ("Guangzhou", "South China"),
    ("Shenzhen", "South China"), ("Hangzhou", "East China"), ("Chengdu", "Southwest"),
    ("Chongqing", "Southwest"), ("Wuhan", "Central China"), ("Nanjing", "East China"),
    ("Suzhou", "East China"), ("Xi'an", "Northwest"), ("Tianjin", "North China"),
    ("Changsha", "Central China"), ("Qingdao", "East China"), ("Shenyang", "Northeast"),
    ("Xiamen", "East China"), ("Kunming", "Southwest"), ("Harbin", "Northeast"),
]
CITY_WEIGHTS = np.array([13, 12, 8, 8, 7, 6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2], dtype=float)
DISTRICTS = ["Central", "Riverside", "East Gate", "Station", "Plaza", "Outlet", "Airport", "Park"]
# Top-level code -> (name, "LEAF_CODE:Leaf name|...").
_TREE = {
    "BEAUTY": ("Beauty", "SKINCARE:Skincare|MAKEUP:Makeup|FRAGRANCE:Fragrance|HAIRCARE:Haircare"),
    "APPAREL": ("Apparel", "WOMENSWEAR:Womenswear|MENSWEAR:Menswear|SHOES:Shoes|BAGS:Bags"),
    "SPORTS": ("Sports", "RUNNING:Running|FITNESS:Fitness|OUTDOOR:Outdoor"),
    "FOOD": ("Food", "SNACKS:Snacks|DRINKS:Drinks|COFFEE_TEA:Coffee & Tea|DAIRY:Dairy"),
    "HOME": ("Home", "KITCHEN:Kitchen|BEDDING:Bedding|APPLIANCES:Appliances"),
    "BABY": ("Baby", "DIAPERS:Diapers|FORMULA:Formula|TOYS:Toys"),
}
TREE = {
    top: (name, [tuple(leaf.split(":")) for leaf in leaves.split("|")])
    for top, (name, leaves) in _TREE.items()
}
TOP_WEIGHTS = np.array([26, 22, 12, 20, 10, 10], dtype=float)
PRICE_MEDIAN_YUAN = np.array([260, 200, 330, 35, 150, 140], dtype=float)
CONSUMABLE_TOPS = [3, 5]
# Preference multipliers per top-level category for FEMALE, MALE, UNKNOWN.
GENDER_AFFINITY = np.array(
    [[2.2, 1.3, 0.7, 1.0, 1.0, 1.3], [0.4, 1.0, 1.8, 1.1, 1.0, 0.8], [1.0] * 6]
)
BRANDS = {
    top: names.split("|")
    for top, names in {
        "BEAUTY": "Shiseido|Lancome|Estee Lauder|SK-II|Perfect Diary|Florasis|L'Oreal|Clinique|"
        "Kiehl's|Pechoin|Proya|Winona|Sulwhasoo|Laneige",
        "APPAREL": "Uniqlo|Zara|Bosideng|Peacebird|Urban Revivo|Semir|H&M|Metersbonwe|JNBY|"
        "Heilan Home",
        "SPORTS": "Nike|Adidas|Li-Ning|Anta|Decathlon|Xtep|361 Degrees|Peak",
        "FOOD": "Three Squirrels|Nongfu Spring|Luckin|Bestore|Yili|Mengniu|Want Want|"
        "Master Kong|Heytea",
        "HOME": "Muji|Supor|Midea|Luolai|Joyoung|Gree",
        "BABY": "Pampers|Feihe|Babycare|Beingmate|Goodbaby",
    }.items()
}
ITEM_WORDS = [
    "Classic", "Essence", "Light", "Plus", "Pro", "Mini", "Limited", "Daily", "Gift Set",
    "Value Pack", "Fresh",
]
SURNAMES = [
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
    "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo",
]
GIVEN_NAMES = [
    "Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie",
    "Tao", "Ming", "Chao", "Xiuying", "Xia", "Ping", "Hui", "Ling", "Hao", "Yu", "Xin", "Zihan",
    "Yutong", "Haoran", "Yichen",
]
# Mainland mobile number segments (first three digits) of the three carriers.
PHONE_SEGMENTS = np.array([
    130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 147, 150, 151, 152, 153, 155, 156,
    157, 158, 159, 166, 170, 171, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186,
    187, 188, 189, 191, 193, 195, 196, 198, 199,
])
# fmt: on
EVENT_DEFINITIONS = {
    "view_item": {"item_id": {"type": "integer", "required": True}},
    "add_to_cart": {"item_id": {"type": "integer", "required": True}},
    "pay_order": {
        "order_id": {"type": "integer", "required": True},
        "amount_cents": {"type": "integer"},
    },
    "sign_in": {},
}
WECHAT_APP_ID = "wx8c3f5a2b9d1e4f60"


@dataclass
class Dataset:
    """Columns per table, ready to copy; `tables[name]["id"]` numbers the rows from 1."""

    end: datetime
    seed: int
    tables: dict[str, dict[str, np.ndarray]]

    def __getitem__(self, table: str) -> dict[str, np.ndarray]:
        return self.tables[table]

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {name: len(columns["id"]) for name, columns in self.tables.items()}


def brand_code(name: str) -> str:
    """BRAND_CODE from a brand name: upper case, non-alphanumerics to underscores."""
    return "".join(ch if ch.isalnum() else "_" for ch in name.upper()).strip("_")


def _p(weights: np.ndarray) -> np.ndarray:
    result: np.ndarray = weights / weights.sum()
    return result


def _within_groups(counts: np.ndarray) -> np.ndarray:
    """0, 1, ... restarting for each group of `counts` consecutive rows."""
    starts = np.cumsum(counts) - counts
    result: np.ndarray = np.arange(int(counts.sum())) - np.repeat(starts, counts)
    return result


def _random_strings(rng: np.random.Generator, n: int, length: int, alphabet: bytes) -> np.ndarray:
    symbols = np.frombuffer(alphabet, dtype=np.uint8)
    raw = symbols[rng.integers(0, len(symbols), (n, length))]
    return np.ascontiguousarray(raw).view(f"S{length}").ravel().astype(f"U{length}")


def _local_time(rng: np.random.Generator, t: np.ndarray) -> np.ndarray:
    """Move each time to a plausible hour of the same Shanghai day."""
    offset = LOCAL_OFFSET_HOURS * 3600
    day = np.floor((t + offset) / DAY)
    hour = rng.choice(24, len(t), p=_p(HOUR_WEIGHTS)) + rng.random(len(t))
    return day * DAY + hour * 3600 - offset


def _stores(rng: np.random.Generator, stores: int) -> dict[str, np.ndarray]:
    first = np.arange(min(stores, len(CITIES)))
    rest = rng.choice(len(CITIES), stores - len(first), p=_p(CITY_WEIGHTS))
    city = np.concatenate([first, rest]).astype(np.int64)
    district = np.empty_like(city)
    for index in range(len(CITIES)):
        mask = city == index
        district[mask] = np.arange(int(mask.sum()))
    names = [
        f"{CITIES[k][0]} {DISTRICTS[d % len(DISTRICTS)]} Store"
        + (f" {d // len(DISTRICTS) + 1}" if d >= len(DISTRICTS) else "")
        for k, d in zip(city.tolist(), district.tolist(), strict=True)
    ]
    return {
        "id": np.arange(1, stores + 1),
        "code": np.array([f"ST{i:04d}" for i in range(1, stores + 1)]),
        "name": np.array(names),
        "city_index": city,
        "city": np.array([CITIES[k][0] for k in city]),
        "region": np.array([CITIES[k][1] for k in city]),
    }


def _catalogue(rng: np.random.Generator, items: int) -> dict[str, dict[str, np.ndarray]]:
    tops = list(TREE)
    codes = tops + [leaf for top in tops for leaf, _ in TREE[top][1]]
    names = [TREE[top][0] for top in tops] + [n for top in tops for _, n in TREE[top][1]]
    parents = [0] * len(tops) + [tops.index(top) + 1 for top in tops for _ in TREE[top][1]]
    leaf_ids = np.arange(len(tops) + 1, len(codes) + 1)
    leaf_top = np.array(parents[len(tops) :]) - 1
    brand_names = [b for top in tops for b in BRANDS[top]]
    brand_top = np.array([i for i, top in enumerate(tops) for _ in BRANDS[top]])
    # Every leaf gets items first; the rest follow the shares of the top-level categories.
    share = _p(TOP_WEIGHTS[leaf_top] / np.bincount(leaf_top)[leaf_top])
    leaf = np.concatenate([leaf_ids, rng.choice(leaf_ids, max(items - len(leaf_ids), 0), p=share)])
    leaf = rng.permutation(leaf[:items]) if items >= len(leaf_ids) else leaf[:items]
    top = leaf_top[leaf - len(tops) - 1]
    brand = np.empty(items, dtype=np.int64)
    for index in range(len(tops)):
        mask = top == index
        candidates = np.flatnonzero(brand_top == index) + 1
        brand_share = _p(1.0 / np.arange(1, len(candidates) + 1) ** 0.6)
        brand[mask] = rng.choice(candidates, int(mask.sum()), p=brand_share)
    yuan = np.maximum(PRICE_MEDIAN_YUAN[top] * rng.lognormal(0.0, 0.6, items), 1.0).round()
    price = np.where(yuan >= 50, (yuan // 10 * 10 + 9) * 100, yuan * 100 - 10).astype(np.int64)
    rank = rng.permutation(items)
    item_names = [
        f"{brand_names[b - 1]} {names[f - 1]} {ITEM_WORDS[(i * 7 + f) % len(ITEM_WORDS)]}"
        for i, (b, f) in enumerate(zip(brand.tolist(), leaf.tolist(), strict=True))
    ]
    return {
        "categories": {
            "id": np.arange(1, len(codes) + 1),
            "code": np.array(codes),
            "name": np.array(names),
            "parent_id": np.array(parents),
        },
        "brands": {
            "id": np.arange(1, len(brand_names) + 1),
            "code": np.array([brand_code(b) for b in brand_names]),
            "name": np.array(brand_names),
        },
        "items": {
            "id": np.arange(1, items + 1),
            "code": np.array([f"SKU{i:06d}" for i in range(1, items + 1)]),
            "name": np.array(item_names),
            "category_id": leaf,
            "brand_id": brand,
            "price_cents": price,
            "top_index": top,
            "popularity": 1.0 / (rank + 1.0) ** 1.05,
        },
    }


def _members(rng: np.random.Generator, n: int, days: int, end_ts: float) -> dict[str, np.ndarray]:
    registered = np.sort(end_ts - rng.uniform(0.0, days * DAY, n) ** 1.0)
    registered = _local_time(rng, registered)
    registered = np.minimum(np.sort(registered), end_ts - 3600)
    city = rng.choice(len(CITIES), n, p=_p(CITY_WEIGHTS))
    gender = rng.choice(np.array(["FEMALE", "MALE", "UNKNOWN"]), n, p=[0.58, 0.36, 0.06])
    age_days = (np.clip(rng.normal(33, 9, n), 18, 70) * 365.25).astype("timedelta64[D]")
    channel = rng.choice(CHANNELS, n, p=_p(CHANNEL_WEIGHTS))
    online = np.isin(channel, ["MINI_PROGRAM", "APP"])
    kind = rng.choice(KINDS, n, p=_p(KIND_WEIGHTS))
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


def _identities(rng: np.random.Generator, m: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
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
        value = np.char.add("o", _random_strings(rng, int(mask.sum()), 27, base64ish))
        parts.append((kind, mask, namespace, value))
    hexes = _random_strings(rng, int(has_device.sum()), 32, b"0123456789abcdef")
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
    paid = _local_time(rng, np.concatenate([paid[keep], once_paid[once_keep]]))
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
        weights = _p(items["popularity"][candidates])
        item[mask] = candidates[rng.choice(len(candidates), int(mask.sum()), p=weights)] + 1
    return item


def _orders(
    rng: np.random.Generator, t: dict[str, dict[str, np.ndarray]], end_ts: float
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
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
    item = _choose_items(rng, items, m["category_preference"][line_member])
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
        "line_no": _within_groups(per_order) + 1,
        "item_id": item,
        "item_code": items["code"][item - 1],
        "category_id": items["category_id"][item - 1],
        "brand_id": items["brand_id"][item - 1],
        "quantity": quantity,
        "unit_price_cents": unit,
        "amount_cents": amount,
    }
    return orders, lines


def _events(
    rng: np.random.Generator, t: dict[str, dict[str, np.ndarray]], end_ts: float, days: int
) -> dict[str, np.ndarray]:
    """The funnel of the last `days` days: views, then add to cart, then pay for every ordered
    line; browsing (and some abandoned carts) that led to no order; sign-ins of app users."""
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
    browse_member = rng.choice(len(m["id"]), len(view_of) // 3, p=_p(visits)) + 1
    browse_item = _choose_items(rng, t["items"], m["category_preference"][browse_member - 1])
    browse_at = _uniform_after(
        rng, np.maximum(m["registered_at"][browse_member - 1], since), end_ts
    )
    abandoned = np.flatnonzero(rng.random(len(browse_member)) < 0.1)
    abandoned_at = np.minimum(browse_at[abandoned] + rng.uniform(30, 1800, len(abandoned)), end_ts)
    app = np.flatnonzero(np.isin(m["channel"], ["MINI_PROGRAM", "APP"]))
    rate = np.where(np.isfinite(cycle[app]), 0.4 / cycle[app], 0.02)
    sign_start = np.maximum(m["registered_at"][app], since)
    signs = np.minimum(rng.poisson(rate * np.maximum(end_ts - sign_start, 0) / DAY), days)
    sign_member = np.repeat(app, signs) + 1
    sign_at = _uniform_after(rng, np.repeat(sign_start, signs), end_ts)
    parts = [
        ("view_item", line_member[view_of], line_item[view_of], view_at),
        ("view_item", browse_member, browse_item, browse_at),
        ("add_to_cart", line_member, line_item, cart_at),
        ("add_to_cart", browse_member[abandoned], browse_item[abandoned], abandoned_at),
        ("pay_order", orders["member_id"][recent], recent + 1, orders["paid_at"][recent]),
        ("sign_in", sign_member, np.zeros(len(sign_member), np.int64), sign_at),
    ]
    occurred = np.concatenate([p[3] for p in parts])
    order = np.argsort(occurred, kind="stable")
    code = np.concatenate([np.full(len(p[1]), i, np.int8) for i, p in enumerate(parts)])[order]
    subject = np.concatenate([p[2] for p in parts])[order].tolist()
    templates = ['{"item_id": %d}', '{"item_id": %d}', '{"item_id": %d}', '{"item_id": %d}']
    templates += ['{"order_id": %d}', "{}%.0s"]
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


def _uniform_after(rng: np.random.Generator, start: np.ndarray, end_ts: float) -> np.ndarray:
    return start + rng.random(len(start)) * np.maximum(end_ts - start, 0)


def _event_definitions() -> dict[str, np.ndarray]:
    names = list(EVENT_DEFINITIONS)
    return {
        "id": np.arange(1, len(names) + 1),
        "name": np.array(names),
        "description": np.array([f"{n.replace('_', ' ')} (demo data)" for n in names]),
        "properties_schema": np.array([json.dumps(EVENT_DEFINITIONS[n]) for n in names]),
    }


_SORTER = np.argsort(CHANNELS)


def generate(
    members: int, items: int, stores: int, days: int, seed: int, end: datetime = END
) -> Dataset:
    """A whole data set ending at `end`; the same arguments give the same arrays."""
    rng = np.random.default_rng(seed)
    end_ts = end.timestamp()
    tables: dict[str, dict[str, np.ndarray]] = {"stores": _stores(rng, max(stores, 1))}
    tables.update(_catalogue(rng, max(items, 1)))
    tables["members"] = _members(rng, members, days, end_ts)
    tables["member_identities"] = _identities(rng, tables["members"])
    tables["orders"], tables["order_lines"] = _orders(rng, tables, end_ts)
    tables["events"] = _events(rng, tables, end_ts, min(days, EVENT_DAYS))
    tables["event_definitions"] = _event_definitions()
    return Dataset(end=end, seed=seed, tables=tables)
