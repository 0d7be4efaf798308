"""Attribute configuration changes made by an operation to the caller."""

from __future__ import annotations

from collections.abc import Iterator

from strawberry.extensions import SchemaExtension

from domain import config_history
from domain.access import Principal


def actor_of(principal: Principal | None) -> str:
    """How history names a caller: its token subject (as receipts name their reviewer), or
    its role when the token names no subject."""
    if principal is None:
        return config_history.SYSTEM_ACTOR
    return principal.subject or principal.role.value


class ConfigActor(SchemaExtension):
    """Every configuration change of the operation records the principal as its actor."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context.context
        principal = getattr(context, "principal", None)
        with config_history.acting_as(actor_of(principal)):
            yield
