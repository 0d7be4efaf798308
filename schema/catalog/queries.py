"""Catalogue lists: any authenticated caller may read the catalogue."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.catalog import service as catalog_service
from schema.catalog.inputs import ItemFilterInput, StoreFilterInput
from schema.catalog.types import ItemType, StoreType
from schema.permissions import IsAuthenticated
from schema.relay import Connection, keyset_page


@strawberry.type
class CatalogQuery:
    @strawberry.field(
        description="Items in id order, at most 100 a page; a category filter includes its "
        "descendants. Errors (top level): INVALID (after), TOO_MANY (first).",
        permission_classes=[IsAuthenticated.with_scope(Scope.CATALOG_READ)],
    )
    async def items(
        self,
        first: int | None = None,
        after: str | None = None,
        filter: ItemFilterInput | None = None,
    ) -> Connection[ItemType]:
        item_filter = (filter or ItemFilterInput()).to_domain()
        return await keyset_page(
            lambda key, limit: catalog_service.items_page(item_filter, after=key, limit=limit),
            first=first,
            after=after,
            key=lambda item: item.id,
            wrap=ItemType.from_model,
        )

    @strawberry.field(
        description="Stores in id order, at most 100 a page, optionally of a city or region. "
        "Errors (top level): INVALID (after), TOO_MANY (first).",
        permission_classes=[IsAuthenticated.with_scope(Scope.CATALOG_READ)],
    )
    async def stores(
        self,
        first: int | None = None,
        after: str | None = None,
        filter: StoreFilterInput | None = None,
    ) -> Connection[StoreType]:
        store_filter = (filter or StoreFilterInput()).to_domain()
        return await keyset_page(
            lambda key, limit: catalog_service.stores_page(store_filter, after=key, limit=limit),
            first=first,
            after=after,
            key=lambda store: store.id,
            wrap=StoreType.from_model,
        )
