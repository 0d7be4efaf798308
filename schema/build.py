"""The one Strawberry schema: the union of every area's Query and Mutation mixins."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import strawberry
from strawberry.extensions import ParserCache, ValidationCache
from strawberry.schema.config import StrawberryConfig

from schema.actor import ConfigActor
from schema.descriptions.apply import describe_schema
from schema.extensions import IntrospectionGate, LimitCodes, MaskInternalErrors, limit_extensions
from schema.input_guard import InputGuard
from schema.querylog import SLOW_OPERATION_SECONDS, LogSafeSchema, SlowOperationLog
from schema.registry import MUTATION_MIXINS, QUERY_MIXINS
from schema.scalars import SCALAR_OVERRIDES


def build_schema(
    extra_extensions: list[Any] | None = None,
    *,
    debug: bool = False,
    cost_budgets: Mapping[str, int] | None = None,
    slow_seconds: float = SLOW_OPERATION_SECONDS,
    cost_limit: bool = True,
) -> strawberry.Schema:
    """Assemble Query and Mutation from the area mixins, with limits and error masking.

    `cost_limit=False` leaves the cost check out (benchmarks compare with and without it).
    """
    query = strawberry.type(type("Query", tuple(QUERY_MIXINS), {}))
    mutation = strawberry.type(type("Mutation", tuple(MUTATION_MIXINS), {}))
    built = LogSafeSchema(
        query=query,
        mutation=mutation,
        # "Did you mean ..." maps the schema for a prober; it is only for debugging.
        config=StrawberryConfig(auto_camel_case=True, disable_field_suggestions=not debug),
        # Every integer is BigInt (64-bit safe), every date-time must carry a time zone.
        scalar_overrides=SCALAR_OVERRIDES,
        extensions=[
            LimitCodes,
            MaskInternalErrors,
            InputGuard,
            ConfigActor,
            IntrospectionGate,
            *limit_extensions(cost_budgets, cost_limit=cost_limit),
            lambda: SlowOperationLog(slow_seconds),
            lambda: ParserCache(maxsize=256),
            lambda: ValidationCache(maxsize=256),
            *(extra_extensions or []),
        ],
    )
    # The catalogue fills what code leaves undescribed, so SDL and introspection show both.
    describe_schema(built._schema)
    return built


schema = build_schema()
