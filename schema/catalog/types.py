"""Item, Category, Brand and Store; relations resolve through the request's loaders."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from strawberry.scalars import JSON

from domain.catalog.models import Brand, Category, Item, Store
from domain.catalog.reads import ItemRow
from schema.catalog.dataloaders import BrandById, CategoriesByParent, CategoryById
from schema.context import Info
from schema.node import Node
from schema.relay import encode_id


@strawberry.type(name="Brand", description="A brand, known to integrations by its code.")
class BrandType(Node):
    id: strawberry.ID = strawberry.field(description="Global id.")
    code: str = strawberry.field(description="The brand's code.")
    name: str = strawberry.field(description="Display name.")

    @classmethod
    def from_model(cls, brand: Brand) -> BrandType:
        return cls(id=strawberry.ID(encode_id("Brand", brand.id)), code=brand.code, name=brand.name)


@strawberry.type(name="Category", description="A node of the category tree.")
class CategoryType(Node):
    pk: strawberry.Private[int]
    parent_pk: strawberry.Private[int | None]
    id: strawberry.ID = strawberry.field(description="Global id.")
    code: str = strawberry.field(description="The category's code.")
    name: str = strawberry.field(description="Display name.")

    @classmethod
    def from_model(cls, category: Category) -> CategoryType:
        return cls(
            pk=category.id,
            parent_pk=category.parent_id,
            id=strawberry.ID(encode_id("Category", category.id)),
            code=category.code,
            name=category.name,
        )

    @strawberry.field(description="The parent category; null at the top of the tree.")
    async def parent(self, info: Info) -> CategoryType | None:
        if self.parent_pk is None:
            return None
        found = await info.context.loaders.of(CategoryById).load(self.parent_pk)
        return CategoryType.from_model(found) if found else None

    @strawberry.field(description="The direct children, by code.")
    async def children(self, info: Info) -> list[CategoryType]:
        found = await info.context.loaders.of(CategoriesByParent).load(self.pk)
        return [CategoryType.from_model(child) for child in found]


@strawberry.type(name="Item", description="A sellable SKU.")
class ItemType(Node):
    category_pk: strawberry.Private[int | None]
    brand_pk: strawberry.Private[int | None]
    id: strawberry.ID = strawberry.field(description="Global id.")
    code: str = strawberry.field(description="The SKU code.")
    name: str = strawberry.field(description="Display name.")
    price_cents: int = strawberry.field(description="List price in cents (fen).")
    on_sale: bool = strawberry.field(description="Whether the item can be sold now.")
    attributes: JSON = strawberry.field(description="Free-form attributes (a JSON object).")
    updated_at: datetime = strawberry.field(description="When the item last changed.")

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
            attributes=JSON(item.attributes),
            updated_at=item.updated_at,
        )

    @classmethod
    def from_row(cls, row: ItemRow) -> ItemType:
        """The item as a served row carries it (a recommendation's snapshot)."""
        return cls(
            category_pk=row.category_id,
            brand_pk=row.brand_id,
            id=strawberry.ID(encode_id("Item", row.item_id)),
            code=row.code,
            name=row.name,
            price_cents=row.price_cents,
            on_sale=row.on_sale,
            attributes=JSON(row.attributes),
            updated_at=row.updated_at or datetime.min.replace(tzinfo=UTC),
        )

    @strawberry.field(description="The item's category.")
    async def category(self, info: Info) -> CategoryType | None:
        if self.category_pk is None:
            return None
        found = await info.context.loaders.of(CategoryById).load(self.category_pk)
        return CategoryType.from_model(found) if found else None

    @strawberry.field(description="The item's brand.")
    async def brand(self, info: Info) -> BrandType | None:
        if self.brand_pk is None:
            return None
        found = await info.context.loaders.of(BrandById).load(self.brand_pk)
        return BrandType.from_model(found) if found else None


@strawberry.type(name="Store", description="A physical or online store.")
class StoreType(Node):
    id: strawberry.ID = strawberry.field(description="Global id.")
    code: str = strawberry.field(description="The store's code.")
    name: str = strawberry.field(description="Display name.")
    region: str | None = strawberry.field(description="Sales region.")
    city: str | None = strawberry.field(description="City.")

    @classmethod
    def from_model(cls, store: Store) -> StoreType:
        return cls(
            id=strawberry.ID(encode_id("Store", store.id)),
            code=store.code,
            name=store.name,
            region=store.region,
            city=store.city,
        )
