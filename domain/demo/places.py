"""Demo stores in real cities and a catalogue of brands and items in a two-level category tree."""

from __future__ import annotations

import numpy as np

from domain.demo.sampling import weights_p
from domain.demo.vocabulary import (
    BRANDS,
    CITIES,
    CITY_WEIGHTS,
    DISTRICTS,
    ITEM_WORDS,
    PRICE_MEDIAN_YUAN,
    TOP_WEIGHTS,
    TREE,
)


def brand_code(name: str) -> str:
    """BRAND_CODE from a brand name: upper case, non-alphanumerics to underscores."""
    return "".join(ch if ch.isalnum() else "_" for ch in name.upper()).strip("_")


def stores_table(rng: np.random.Generator, stores: int) -> dict[str, np.ndarray]:
    """Stores spread over the cities by weight, every city at least once."""
    first = np.arange(min(stores, len(CITIES)))
    rest = rng.choice(len(CITIES), stores - len(first), p=weights_p(CITY_WEIGHTS))
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


def catalogue_tables(rng: np.random.Generator, items: int) -> dict[str, dict[str, np.ndarray]]:
    """Categories, brands and items with Zipf popularity and prices per category."""
    tops = list(TREE)
    codes = tops + [leaf for top in tops for leaf, _ in TREE[top][1]]
    names = [TREE[top][0] for top in tops] + [n for top in tops for _, n in TREE[top][1]]
    parents = [0] * len(tops) + [tops.index(top) + 1 for top in tops for _ in TREE[top][1]]
    leaf_ids = np.arange(len(tops) + 1, len(codes) + 1)
    leaf_top = np.array(parents[len(tops) :]) - 1
    brand_names = [b for top in tops for b in BRANDS[top]]
    brand_top = np.array([i for i, top in enumerate(tops) for _ in BRANDS[top]])
    # Every leaf gets items first; the rest follow the shares of the top-level categories.
    share = weights_p(TOP_WEIGHTS[leaf_top] / np.bincount(leaf_top)[leaf_top])
    leaf = np.concatenate([leaf_ids, rng.choice(leaf_ids, max(items - len(leaf_ids), 0), p=share)])
    leaf = rng.permutation(leaf[:items]) if items >= len(leaf_ids) else leaf[:items]
    top = leaf_top[leaf - len(tops) - 1]
    brand = np.empty(items, dtype=np.int64)
    for index in range(len(tops)):
        mask = top == index
        candidates = np.flatnonzero(brand_top == index) + 1
        brand_share = weights_p(1.0 / np.arange(1, len(candidates) + 1) ** 0.6)
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
