"""The Node interface: every object with a global id, fetched again with node(id:)."""

from __future__ import annotations

import strawberry


@strawberry.interface(
    name="Node",
    description=(
        "An object with a global id. `node(id:)` and `nodes(ids:)` fetch it again, as far as the "
        "caller may see it."
    ),
)
class Node:
    id: strawberry.ID = strawberry.field(
        description="Global id: base64 of `Type:number`; arguments also take the plain number."
    )
