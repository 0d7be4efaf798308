"""The Tortoise model modules of every domain area, in one list the settings and Aerich read."""

MODEL_MODULES: list[str] = [
    "domain.jobs",
    "domain.idempotency",
    "domain.dirty",
    "domain.config_history",
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
    "domain.engagement.models",
    "domain.analytics.models",
]
