"""Catalogue queries (any authenticated caller) and upserts (staff and service)."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from domain.catalog import service as catalog_service
from domain.catalog.models import Category, Item, Store
from domain.errors import DomainError
from schema.context import Info
from schema.errors import UserError
from schema.loaders import register_loader
from schema.members.queries import query_error
from schema.permissions import IsAuthenticated, IsStaffOrService
from schema.relay import Connection, encode_id, keyset_page


@register_loader("category_by_id")
async def _categories(ids: list[int]) -> list[Category | None]:
    return await catalog_service.categories_by_ids(ids)


@register_loader("brand_by_id")
async def _brands(ids: list[int]) -> list[object]:
    return await catalog_service.brands_by_ids(ids)


@strawberry.type(name="Category")
class CategoryType:
    pk: strawberry.Private[int]
    parent_pk: strawberry.Private[int | None]
    id: strawberry.ID
    code: str
    name: str

    @classmethod
    def from_model(cls, c: Category) -> CategoryType:
        return cls(
            pk=c.id,
            parent_pk=c.parent_id,
            id=strawberry.ID(encode_id("Category", c.id)),
            code=c.code,
            name=c.name,
        )

    @strawberry.field(description="The parent category.")
    async def parent(self, info: Info) -> CategoryType | None:
        if self.parent_pk is None:
            return None
        found = await info.context.loaders.get("category_by_id").load(self.parent_pk)
        return CategoryType.from_model(found) if found else None


@strawberry.type(name="Brand")
class BrandType:
    code: str
    name: str


@strawberry.type(name="Item")
class ItemType:
    category_pk: strawberry.Private[int | None]
    brand_pk: strawberry.Private[int | None]
    id: strawberry.ID
    code: str
    name: str
    price_cents: int
    on_sale: bool
    attributes: JSON

    @classmethod
    def from_model(cls, item: Item) -> ItemType:
        return cls(
            category_pk=item.category_id,
            brand_pk=item.brand_id,
            id=strawberry.ID(encode_id("Item", item.id)),
            code=item.code,
            name=item.name,
            price_cents=item.price_cents,
            on_sale=item.on_sale,
            attributes=item.attributes,
        )

    @strawberry.field
    async def category(self, info: Info) -> CategoryType | None:
        if self.category_pk is None:
            return None
        found = await info.context.loaders.get("category_by_id").load(self.category_pk)
        return CategoryType.from_model(found) if found else None

    @strawberry.field
    async def brand(self, info: Info) -> BrandType | None:
        if self.brand_pk is None:
            return None
        found = await info.context.loaders.get("brand_by_id").load(self.brand_pk)
        return BrandType(code=found.code, name=found.name) if found else None


@strawberry.type(name="Store")
class StoreType:
    id: strawberry.ID
    code: str
    name: str
    region: str | None
    city: str | None

    @classmethod
    def from_model(cls, s: Store) -> StoreType:
        return cls(
            id=strawberry.ID(encode_id("Store", s.id)),
            code=s.code,
            name=s.name,
            region=s.region,
            city=s.city,
        )


@strawberry.input
class ItemFilterInput:
    category_code: str | None = None
    brand_code: str | None = None
    on_sale: bool | None = None
    search: str | None = None


@strawberry.input
class UpsertItemInput:
    code: str
    name: str
    price_cents: int
    category_code: str | None = None
    brand_code: str | None = None
    on_sale: bool = True
    attributes: JSON = strawberry.field(default_factory=dict)


@strawberry.input
class UpsertStoreInput:
    code: str
    name: str
    region: str | None = None
    city: str | None = None


@strawberry.input
class UpsertCategoryInput:
    code: str
    name: str
    parent_code: str | None = None


@strawberry.input
class UpsertBrandInput:
    code: str
    name: str


@strawberry.type
class UpsertItemsPayload:
    items: list[ItemType] | None
    errors: list[UserError]


@strawberry.type
class UpsertStoresPayload:
    stores: list[StoreType] | None
    errors: list[UserError]


@strawberry.type
class UpsertCategoriesPayload:
    categories: list[CategoryType] | None
    errors: list[UserError]


@strawberry.type
class CatalogQuery:
    @strawberry.field(
        description="Items in id order; a category filter includes its descendants.",
        permission_classes=[IsAuthenticated],
    )
    async def items(
        self,
        filter: ItemFilterInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[ItemType]:
        f = filter or ItemFilterInput()
        item_filter = catalog_service.ItemFilter(f.category_code, f.brand_code, f.on_sale, f.search)
        try:
            return await keyset_page(
                lambda key, limit: catalog_service.items_page(item_filter, after=key, limit=limit),
                first=first,
                after=after,
                key=lambda i: i.id,
                wrap=ItemType.from_model,
            )
        except DomainError as error:
            raise query_error(error) from error

    @strawberry.field(description="Stores in id order.", permission_classes=[IsAuthenticated])
    async def stores(
        self,
        city: str | None = None,
        region: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[StoreType]:
        try:
            return await keyset_page(
                lambda key, limit: catalog_service.stores_page(
                    city=city, region=region, after=key, limit=limit
                ),
                first=first,
                after=after,
                key=lambda s: s.id,
                wrap=StoreType.from_model,
            )
        except DomainError as error:
            raise query_error(error) from error


@strawberry.type
class CatalogMutation:
    @strawberry.mutation(
        description="Create or change up to 500 items by code; nothing is "
        "written if any row is bad. Errors: REQUIRED, TOO_MANY, DUPLICATE, "
        "INVALID, INVALID_AMOUNT, NOT_FOUND, TOO_LARGE (field items[i].*).",
        permission_classes=[IsStaffOrService],
    )
    async def upsert_items(self, items: list[UpsertItemInput]) -> UpsertItemsPayload:
        try:
            saved = await catalog_service.upsert_items(
                [
                    catalog_service.ItemInput(
                        i.code,
                        i.name,
                        i.price_cents,
                        i.category_code,
                        i.brand_code,
                        i.on_sale,
                        dict(i.attributes or {}),
                    )
                    for i in items
                ]
            )
        except DomainError as error:
            return UpsertItemsPayload(items=None, errors=[UserError.from_domain(error)])
        return UpsertItemsPayload(items=[ItemType.from_model(i) for i in saved], errors=[])

    @strawberry.mutation(
        description="Create or change up to 500 stores by code. Errors: "
        "REQUIRED, TOO_MANY, DUPLICATE, INVALID.",
        permission_classes=[IsStaffOrService],
    )
    async def upsert_stores(self, stores: list[UpsertStoreInput]) -> UpsertStoresPayload:
        try:
            saved = await catalog_service.upsert_stores(
                [catalog_service.StoreInput(s.code, s.name, s.region, s.city) for s in stores]
            )
        except DomainError as error:
            return UpsertStoresPayload(stores=None, errors=[UserError.from_domain(error)])
        return UpsertStoresPayload(stores=[StoreType.from_model(s) for s in saved], errors=[])

    @strawberry.mutation(
        description="Create or change categories by code with their parent; "
        "no cycles. Errors: REQUIRED, TOO_MANY, DUPLICATE, NOT_FOUND, INVALID.",
        permission_classes=[IsStaffOrService],
    )
    async def upsert_categories(
        self, categories: list[UpsertCategoryInput]
    ) -> UpsertCategoriesPayload:
        try:
            saved = await catalog_service.upsert_categories(
                [catalog_service.CategoryInput(c.code, c.name, c.parent_code) for c in categories]
            )
        except DomainError as error:
            return UpsertCategoriesPayload(categories=None, errors=[UserError.from_domain(error)])
        return UpsertCategoriesPayload(
            categories=[CategoryType.from_model(c) for c in saved], errors=[]
        )

    @strawberry.mutation(
        description="Create or change brands by code. Errors: TOO_MANY.",
        permission_classes=[IsStaffOrService],
    )
    async def upsert_brands(self, brands: list[UpsertBrandInput]) -> UpsertItemsPayload:
        try:
            await catalog_service.upsert_brands([(b.code, b.name) for b in brands])
        except DomainError as error:
            return UpsertItemsPayload(items=None, errors=[UserError.from_domain(error)])
        return UpsertItemsPayload(items=[], errors=[])
