"""Documented arguments shared by connections and reads by id."""

from __future__ import annotations

from typing import Annotated

import strawberry

First = Annotated[
    int | None, strawberry.argument(description="Page size: 1 to 100, 20 when omitted.")
]
After = Annotated[str | None, strawberry.argument(description="The cursor to continue after.")]
Active = Annotated[
    bool | None,
    strawberry.argument(description="Only active (true) or only retired (false); all if omitted."),
]
ObjectId = Annotated[strawberry.ID, strawberry.argument(description="The object's global id.")]
