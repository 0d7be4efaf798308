"""The per-request registry of DataLoaders: one loader per related object per request."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Any

from strawberry.dataloader import DataLoader

BatchFn = Callable[[list[Any]], Awaitable[Sequence[Any]]]

_BATCHES: dict[str, BatchFn] = {}


def register_loader(name: str) -> Callable[[BatchFn], BatchFn]:
    """Declare a batch function (keys -> values aligned to keys) under a loader name."""

    def decorate(fn: BatchFn) -> BatchFn:
        _BATCHES[name] = fn
        return fn

    return decorate


class Loaders:
    """Created once per request; `loaders.get("member_by_id").load(id)`."""

    def __init__(self) -> None:
        self._loaders: dict[str, DataLoader[Hashable, Any]] = {}

    def get(self, name: str) -> DataLoader[Hashable, Any]:
        loader = self._loaders.get(name)
        if loader is None:
            loader = DataLoader(load_fn=_BATCHES[name], max_batch_size=1000)
            self._loaders[name] = loader
        return loader
