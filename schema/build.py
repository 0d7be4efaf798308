"""The one Strawberry schema: the union of every area's Query and Mutation mixins."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.extensions import ParserCache, ValidationCache
from strawberry.schema.config import StrawberryConfig

from schema.extensions import IntrospectionGate, LimitCodes, MaskInternalErrors, limit_extensions
from schema.registry import MUTATION_MIXINS, QUERY_MIXINS


def build_schema(extra_extensions: list[Any] | None = None) -> strawberry.Schema:
    """Assemble Query and Mutation from the area mixins, with limits and error masking."""
    query = strawberry.type(type("Query", tuple(QUERY_MIXINS), {}))
    mutation = strawberry.type(type("Mutation", tuple(MUTATION_MIXINS), {}))
    return strawberry.Schema(
        query=query,
        mutation=mutation,
        config=StrawberryConfig(auto_camel_case=True),
        extensions=[
            LimitCodes,
            MaskInternalErrors,
            IntrospectionGate,
            *limit_extensions(),
            lambda: ParserCache(maxsize=256),
            lambda: ValidationCache(maxsize=256),
            *(extra_extensions or []),
        ],
    )


schema = build_schema()
