"""The Tortoise model modules of every domain area, in one list the settings and Aerich read."""

MODEL_MODULES: list[str] = [
    "domain.jobs",
    "domain.members.models",
    "domain.catalog.models",
    "domain.orders.models",
]
