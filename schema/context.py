"""The per-request context every resolver receives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import strawberry

from domain.access import Principal
from schema.loaders import Loaders


@dataclass
class Context:
    """Principal, request id, per-request DataLoaders and shared process resources."""

    principal: Principal | None
    request_id: str
    debug: bool = False
    loaders: Loaders = field(default_factory=Loaders)
    resources: dict[str, Any] = field(default_factory=dict)
    auth_error: str | None = None


Info = strawberry.Info[Context, None]
