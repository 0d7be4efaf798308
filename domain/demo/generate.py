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
from datetime import datetime

import numpy as np

from domain.demo.people import identities_table, members_table
from domain.demo.places import catalogue_tables, stores_table
from domain.demo.shopping import events_table, member_tastes, orders_tables
from domain.demo.vocabulary import END, EVENT_DEFINITIONS

EVENT_DAYS = 90


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


def _event_definitions() -> dict[str, np.ndarray]:
    names = list(EVENT_DEFINITIONS)
    return {
        "id": np.arange(1, len(names) + 1),
        "name": np.array(names),
        "description": np.array([f"{n.replace('_', ' ')} (demo data)" for n in names]),
        "properties_schema": np.array([json.dumps(EVENT_DEFINITIONS[n]) for n in names]),
    }


def generate(
    members: int, items: int, stores: int, days: int, seed: int, end: datetime = END
) -> Dataset:
    """A whole data set ending at `end`; the same arguments give the same arrays."""
    rng = np.random.default_rng(seed)
    end_ts = end.timestamp()
    tables: dict[str, dict[str, np.ndarray]] = {"stores": stores_table(rng, max(stores, 1))}
    tables.update(catalogue_tables(rng, max(items, 1)))
    tables["members"] = members_table(rng, members, days, end_ts)
    tables["member_identities"] = identities_table(rng, tables["members"])
    tables["members"]["taste_brands"] = member_tastes(
        rng, tables["items"], tables["members"]["category_preference"]
    )
    tables["orders"], tables["order_lines"] = orders_tables(rng, tables, end_ts)
    tables["events"] = events_table(rng, tables, end_ts, min(days, EVENT_DAYS))
    tables["event_definitions"] = _event_definitions()
    return Dataset(end=end, seed=seed, tables=tables)
