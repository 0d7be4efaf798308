"""Typed DataLoaders: one loader per kind of related object per request."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BatchLoader(DataLoader[K, V]):
    """A typed loader: a subclass implements `fetch` (keys -> values aligned to the keys) and
    a resolver asks the request's instance with `info.context.loaders.of(Subclass)`."""

    def __init__(self) -> None:
        super().__init__(load_fn=self.fetch, max_batch_size=1000)

    async def fetch(self, keys: list[K]) -> Sequence[V]:
        raise NotImplementedError


L = TypeVar("L", bound=BatchLoader[Any, Any])


class Loaders:
    """Created once per request: `loaders.of(SomeLoader).load(key)`."""

    def __init__(self) -> None:
        self._typed: dict[type, BatchLoader[Any, Any]] = {}

    def of(self, kind: type[L]) -> L:
        """The request's one instance of a typed loader."""
        loader = self._typed.get(kind)
        if loader is None:
            loader = self._typed[kind] = kind()
        return loader  # type: ignore[return-value]  # keyed by its own class
