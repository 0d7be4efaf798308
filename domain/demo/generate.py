"""Deterministic synthetic retail data: stores, a category tree, brands, items with power-law
popularity, members of several kinds (loyalists, regulars, churners, one-timers, prospects)
with individual purchase cycles and category preferences, their identities, orders with lines,
and the behaviour events that lead to orders. Pure numpy: no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import numpy as np

CITIES = [
    ("Beijing", "North"),
    ("Shanghai", "East"),
    ("Guangzhou", "South"),
    ("Shenzhen", "South"),
    ("Hangzhou", "East"),
    ("Chengdu", "West"),
    ("Wuhan", "Central"),
    ("Nanjing", "East"),
    ("Xi'an", "West"),
    ("Chongqing", "West"),
    ("Tianjin", "North"),
    ("Suzhou", "East"),
]
CITY_WEIGHTS = np.array([14, 14, 9, 9, 8, 8, 6, 6, 5, 5, 5, 5], dtype=float)
TREE = {
    "BEAUTY": ("Beauty", ["SKINCARE", "MAKEUP", "FRAGRANCE", "HAIR"]),
    "APPAREL": ("Apparel", ["WOMEN", "MEN", "SHOES", "BAGS"]),
    "SPORTS": ("Sports", ["RUNNING", "FITNESS", "OUTDOOR"]),
    "FOOD": ("Food", ["SNACKS", "DRINKS", "COFFEE", "FRESH"]),
    "HOME": ("Home", ["KITCHEN", "BEDDING", "CLEANING"]),
    "BABY": ("Baby", ["DIAPERS", "FORMULA", "TOYS"]),
}
BRANDS = {
    "BEAUTY": [
        "Shiseido",
        "Lancome",
        "Estee Lauder",
        "SK-II",
        "Perfect Diary",
        "Florasis",
        "L'Oreal",
        "Clinique",
    ],
    "APPAREL": ["Uniqlo", "Zara", "Bosideng", "Peacebird", "UR", "Semir"],
    "SPORTS": ["Nike", "Adidas", "Li-Ning", "Anta", "Decathlon", "Xtep"],
    "FOOD": ["Three Squirrels", "Nongfu Spring", "Luckin", "Bestore", "Yili", "Mengniu"],
    "HOME": ["Muji", "Supor", "Midea", "Luolai"],
    "BABY": ["Pampers", "Feihe", "Babycare", "Beingmate"],
}
CONSUMABLE = {"FOOD", "BABY"}
PRICE_MEDIAN_CENTS = {
    "BEAUTY": 29900,
    "APPAREL": 19900,
    "SPORTS": 39900,
    "FOOD": 3900,
    "HOME": 12900,
    "BABY": 15900,
}
CHANNELS = np.array(["MINI_PROGRAM", "APP", "POS", "WEB", "IMPORT", "PARTNER"])
CHANNEL_WEIGHTS = np.array([40, 25, 20, 8, 4, 3], dtype=float)
KINDS = np.array(["LOYALIST", "REGULAR", "CHURNER", "ONE_TIMER", "PROSPECT"])
KIND_WEIGHTS = np.array([15, 35, 20, 15, 15], dtype=float)
CYCLE_DAYS = {"LOYALIST": (7, 20), "REGULAR": (20, 60), "CHURNER": (15, 45)}


@dataclass
class Dataset:
    """Columns per table, ready to copy (ids are assigned here, 1-based)."""

    end: datetime
    stores: dict[str, np.ndarray] = field(default_factory=dict)
    brands: dict[str, np.ndarray] = field(default_factory=dict)
    categories: dict[str, np.ndarray] = field(default_factory=dict)
    items: dict[str, np.ndarray] = field(default_factory=dict)
    members: dict[str, np.ndarray] = field(default_factory=dict)
    identities: dict[str, np.ndarray] = field(default_factory=dict)
    orders: dict[str, np.ndarray] = field(default_factory=dict)
    lines: dict[str, np.ndarray] = field(default_factory=dict)
    events: dict[str, np.ndarray] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {
            name: len(next(iter(getattr(self, name).values())))
            for name in (
                "stores",
                "brands",
                "categories",
                "items",
                "members",
                "identities",
                "orders",
                "lines",
                "events",
            )
        }


def _p(weights: np.ndarray) -> np.ndarray:
    return weights / weights.sum()


def _catalogue(data: Dataset, rng: np.random.Generator, items: int, stores: int) -> None:
    codes, names, parents = [], [], []
    for top, (name, _children) in TREE.items():
        codes.append(top)
        names.append(name)
        parents.append(0)
    for top, (_, children) in TREE.items():
        for child in children:
            codes.append(child)
            names.append(child.title())
            parents.append(codes.index(top) + 1)
    data.categories = {
        "id": np.arange(1, len(codes) + 1),
        "code": np.array(codes),
        "name": np.array(names),
        "parent_id": np.array(parents),
    }
    brand_names = [b for top in TREE for b in BRANDS[top]]
    brand_top = np.array([top for top in TREE for _ in BRANDS[top]])
    data.brands = {
        "id": np.arange(1, len(brand_names) + 1),
        "code": np.array([b.upper().replace(" ", "_").replace("'", "") for b in brand_names]),
        "name": np.array(brand_names),
        "top": brand_top,
    }
    leaf_ids = np.array([i + 1 for i, p in enumerate(parents) if p])
    leaf = rng.choice(leaf_ids, size=items)
    top_of_leaf = np.array([codes[parents[c - 1] - 1] for c in leaf])
    brand = np.empty(items, dtype=np.int64)
    for top in TREE:
        mask = top_of_leaf == top
        candidates = np.flatnonzero(brand_top == top) + 1
        brand[mask] = rng.choice(candidates, size=int(mask.sum()))
    median = np.array([PRICE_MEDIAN_CENTS[t] for t in top_of_leaf], dtype=float)
    price = np.maximum(100, (median * rng.lognormal(0, 0.5, items)) // 100 * 100 - 1).astype(
        np.int64
    )
    popularity = 1.0 / np.power(rng.permutation(items) + 1.0, 1.1)
    data.items = {
        "id": np.arange(1, items + 1),
        "code": np.array([f"SKU{i:06d}" for i in range(1, items + 1)]),
        "name": np.array(
            [
                f"{data.brands['name'][b - 1]} {codes[c - 1].title()} {i}"
                for i, (b, c) in enumerate(zip(brand, leaf, strict=True), 1)
            ]
        ),
        "category_id": leaf,
        "brand_id": brand,
        "price_cents": price,
        "top": top_of_leaf,
        "popularity": popularity,
    }
    city_index = rng.choice(len(CITIES), size=stores, p=_p(CITY_WEIGHTS))
    data.stores = {
        "id": np.arange(1, stores + 1),
        "code": np.array([f"ST{i:04d}" for i in range(1, stores + 1)]),
        "name": np.array([f"{CITIES[c][0]} Store {i}" for i, c in enumerate(city_index, 1)]),
        "city": np.array([CITIES[c][0] for c in city_index]),
        "region": np.array([CITIES[c][1] for c in city_index]),
    }


def _members(data: Dataset, rng: np.random.Generator, n: int, days: int) -> None:
    end_ts = data.end.timestamp()
    registered = end_ts - rng.uniform(0, days * 86400, n) * rng.choice([1.0, 2.0], n, p=[0.7, 0.3])
    city = rng.choice(len(CITIES), size=n, p=_p(CITY_WEIGHTS))
    birth_days = rng.integers(18 * 365, 65 * 365, n)
    data.members = {
        "id": np.arange(1, n + 1),
        "channel": rng.choice(CHANNELS, size=n, p=_p(CHANNEL_WEIGHTS)),
        "kind": rng.choice(KINDS, size=n, p=_p(KIND_WEIGHTS)),
        "registered_at": registered,
        "city": np.array([CITIES[c][0] for c in city]),
        "region": np.array([CITIES[c][1] for c in city]),
        "gender": rng.choice(np.array(["FEMALE", "MALE", "UNKNOWN"]), n, p=[0.55, 0.4, 0.05]),
        "birthday": np.array([date(2026, 1, 1) - timedelta(days=int(d)) for d in birth_days]),
        "consent_sms": rng.random(n) < 0.6,
        "consent_push": rng.random(n) < 0.7,
        "preferred_top": rng.choice(np.array(list(TREE)), size=n),
    }
    ids = data.members["id"]
    phone = (13000000000 + ids).astype(str)
    kinds, values, namespaces, owners = (
        [phone.astype(object) * 0 + "PHONE"],
        [phone],
        [np.full(n, "")],
        [ids],
    )
    channel = data.members["channel"]
    for kind, mask, prefix, ns in (
        ("WECHAT_OPENID", channel == "MINI_PROGRAM", "o", "wx-demo"),
        ("WECHAT_UNIONID", rng.random(n) < 0.5, "u", ""),
        ("DEVICE_ID", channel == "APP", "d", ""),
        ("CARD_NO", channel == "POS", "C", ""),
    ):
        chosen = ids[mask]
        kinds.append(np.full(len(chosen), kind, dtype=object))
        values.append(np.array([f"{prefix}{i:09d}" for i in chosen]))
        namespaces.append(np.full(len(chosen), ns))
        owners.append(chosen)
    data.identities = {
        "member_id": np.concatenate(owners),
        "kind": np.concatenate(kinds),
        "namespace": np.concatenate(namespaces),
        "value": np.concatenate(values),
    }


def _orders(data: Dataset, rng: np.random.Generator) -> None:
    m = data.members
    n = len(m["id"])
    end_ts = data.end.timestamp()
    cycle = np.full(n, np.inf)
    for kind, (low, high) in CYCLE_DAYS.items():
        mask = m["kind"] == kind
        cycle[mask] = rng.uniform(low, high, int(mask.sum()))
    start = m["registered_at"]
    stop = np.full(n, end_ts)
    churn = m["kind"] == "CHURNER"
    stop[churn] = start[churn] + (end_ts - start[churn]) * rng.uniform(0.2, 0.6, int(churn.sum()))
    expected = np.where(np.isfinite(cycle), (stop - start) / 86400 / cycle, 0)
    count = np.minimum(rng.poisson(expected), 400)
    count[m["kind"] == "ONE_TIMER"] = 1
    owner = np.repeat(m["id"], count)
    paid = start[owner - 1] + rng.random(len(owner)) * (stop[owner - 1] - start[owner - 1])
    paid = np.minimum(paid, end_ts - 60)
    order_n = len(owner)
    channel = np.where(
        rng.random(order_n) < 0.8, m["channel"][owner - 1], rng.choice(CHANNELS[:4], order_n)
    )
    channel = np.where(np.isin(channel, ["IMPORT", "PARTNER"]), "WEB", channel)
    stores = data.stores
    store_by_city = {c: np.flatnonzero(stores["city"] == c) + 1 for c in set(stores["city"])}
    store = np.zeros(order_n, dtype=np.int64)
    pos = np.flatnonzero(channel == "POS")
    for i in pos:
        options = store_by_city.get(m["city"][owner[i] - 1])
        store[i] = (
            rng.choice(options) if options is not None else rng.integers(1, len(stores["id"]) + 1)
        )
    lines_per = np.minimum(rng.geometric(0.55, order_n), 5)
    line_order = np.repeat(np.arange(1, order_n + 1), lines_per)
    line_no = (
        np.concatenate([np.arange(1, k + 1) for k in lines_per])
        if order_n
        else np.array([], dtype=np.int64)
    )
    items = data.items
    preferred = m["preferred_top"][owner[line_order - 1] - 1]
    top = np.where(
        rng.random(len(line_order)) < 0.7,
        preferred,
        rng.choice(np.array(list(TREE)), len(line_order)),
    )
    item = np.zeros(len(line_order), dtype=np.int64)
    for name in TREE:
        mask = top == name
        candidates = np.flatnonzero(items["top"] == name)
        if mask.any() and len(candidates):
            weights = _p(items["popularity"][candidates])
            item[mask] = candidates[rng.choice(len(candidates), int(mask.sum()), p=weights)] + 1
    missing = item == 0
    item[missing] = rng.integers(1, len(items["id"]) + 1, int(missing.sum()))
    quantity = np.minimum(rng.geometric(0.7, len(line_order)), 3)
    unit = items["price_cents"][item - 1]
    amount = quantity * unit
    total = np.bincount(line_order, weights=amount, minlength=order_n + 1)[1:].astype(np.int64)
    data.orders = {
        "id": np.arange(1, order_n + 1),
        "member_id": owner,
        "channel": channel,
        "store_id": store,
        "paid_at": paid,
        "total_cents": total,
        "coupon_used": rng.random(order_n) < 0.2,
    }
    data.lines = {
        "order_id": line_order,
        "line_no": line_no,
        "item_id": item,
        "quantity": quantity,
        "unit_price_cents": unit,
        "amount_cents": amount,
    }


def _events(data: Dataset, rng: np.random.Generator, days: int) -> None:
    """The funnel before each order in the last 90 days (views, add to cart, pay) and
    browsing that did not end in an order; sign-ins of app members."""
    end_ts = data.end.timestamp()
    recent = np.flatnonzero(data.orders["paid_at"] > end_ts - min(days, 90) * 86400) + 1
    lines = data.lines
    in_recent = np.isin(lines["order_id"], recent)
    order_of = lines["order_id"][in_recent]
    item = lines["item_id"][in_recent]
    member = data.orders["member_id"][order_of - 1]
    paid = data.orders["paid_at"][order_of - 1]
    views = rng.integers(1, 4, len(item))
    view_member = np.repeat(member, views)
    view_item = np.repeat(item, views)
    view_at = np.repeat(paid, views) - rng.uniform(600, 3 * 86400, int(views.sum()))
    browse_n = len(view_item) // 2
    browsers = rng.choice(data.members["id"], browse_n)
    browse_item = rng.choice(len(data.items["id"]), browse_n, p=_p(data.items["popularity"])) + 1
    browse_at = end_ts - rng.uniform(0, min(days, 90) * 86400, browse_n)
    parts = [
        ("view_item", view_member, view_item, view_at),
        ("view_item", browsers, browse_item, browse_at),
        ("add_to_cart", member, item, paid - rng.uniform(60, 3600, len(item))),
        (
            "pay_order",
            data.orders["member_id"][recent - 1],
            np.zeros(len(recent), np.int64),
            data.orders["paid_at"][recent - 1],
        ),
    ]
    names = np.concatenate([np.full(len(p[1]), p[0], dtype=object) for p in parts])
    members = np.concatenate([p[1] for p in parts])
    items_ = np.concatenate([p[2] for p in parts])
    at = np.concatenate([p[3] for p in parts])
    order = np.argsort(at, kind="stable")
    data.events = {
        "id": np.arange(1, len(order) + 1),
        "name": names[order],
        "member_id": members[order],
        "item_id": items_[order],
        "occurred_at": at[order],
    }


def generate(
    members: int, items: int, stores: int, days: int, seed: int, end: datetime | None = None
) -> Dataset:
    """A whole data set; the same arguments give the same data."""
    rng = np.random.default_rng(seed)
    data = Dataset(end=end or datetime(2026, 11, 1, tzinfo=UTC))
    _catalogue(data, rng, items, stores)
    _members(data, rng, members, days)
    _orders(data, rng)
    _events(data, rng, days)
    return data
