"""The per-request registry of DataLoaders: one loader per related object per request."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader

BatchFn = Callable[[list[Any]], Awaitable[Sequence[Any]]]

_BATCHES: dict[str, BatchFn] = {}

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def register_loader(name: str) -> Callable[[BatchFn], BatchFn]:
    """Declare a batch function (keys -> values aligned to keys) under a loader name."""

    def decorate(fn: BatchFn) -> BatchFn:
        _BATCHES[name] = fn
        return fn

    return decorate


class BatchLoader(DataLoader[K, V]):
    """A typed loader: a subclass implements `fetch` (keys -> values aligned to the keys) and
    a resolver asks the request's instance with `info.context.loaders.of(Subclass)`."""

    def __init__(self) -> None:
        super().__init__(load_fn=self.fetch, max_batch_size=1000)

    async def fetch(self, keys: list[K]) -> Sequence[V]:
        raise NotImplementedError


L = TypeVar("L", bound=BatchLoader[Any, Any])


class Loaders:
    """Created once per request; `loaders.of(SomeLoader).load(key)` or, for the loaders
    registered by name, `loaders.get("member_by_id").load(id)`."""

    def __init__(self) -> None:
        self._loaders: dict[str, DataLoader[Hashable, Any]] = {}
        self._typed: dict[type, BatchLoader[Any, Any]] = {}

    def get(self, name: str) -> DataLoader[Hashable, Any]:
        loader = self._loaders.get(name)
        if loader is None:
            loader = DataLoader(load_fn=_BATCHES[name], max_batch_size=1000)
            self._loaders[name] = loader
        return loader

    def of(self, kind: type[L]) -> L:
        """The request's one instance of a typed loader."""
        loader = self._typed.get(kind)
        if loader is None:
            loader = self._typed[kind] = kind()
        return loader  # type: ignore[return-value]  # keyed by its own class
