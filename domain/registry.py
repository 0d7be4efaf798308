"""The Tortoise model modules of every domain area, in one list the settings and Aerich read."""

MODEL_MODULES: list[str] = [
    "domain.jobs",
    "domain.idempotency",
    "domain.members.models",
    "domain.catalog.models",
    "domain.orders.models",
    "domain.ledger.models",
    "domain.points.models",
    "domain.wallet.models",
    "domain.benefits.models",
    "domain.levels.models",
    "domain.coupons.models",
    "domain.payments.models",
    "domain.campaigns.models",
    "domain.tags.models",
    "domain.segments.models",
    "domain.recs.models",
]

# Modules that register hooks (merge, identity, erase) on import; loaded with the database.
SERVICE_MODULES: list[str] = [
    "domain.members.service",
    "domain.orders.service",
    "domain.ledger.merge",
    "domain.levels.service",
    "domain.tags.service",
    "domain.coupons.service",
    # Merge rules and hooks, one module per area that has member columns.
    "domain.members.merge",
    "domain.orders.merge",
    "domain.points.merge",
    "domain.wallet.merge",
    "domain.levels.merge",
    "domain.benefits.merge",
    "domain.coupons.merge",
    "domain.campaigns.merge",
    "domain.tags.merge",
    "domain.recs.merge",
    "domain.payments.merge",
    "domain.coupons.sales",
    "domain.payments.service",
    "domain.levels.paid",
    "domain.benefits.cards",
]


def load_services() -> None:
    """Import every service module so its hooks are registered."""
    import importlib

    for name in SERVICE_MODULES:
        importlib.import_module(name)
