"""Catalogue inputs and their conversion to the domain's values."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from domain.catalog import service as catalog_service
from domain.catalog import upserts as catalog_upserts


@strawberry.input(description="One item to create or change, by code.")
class ItemRowInput:
    code: str = strawberry.field(description="The SKU code (the upsert key), at most 64.")
    name: str = strawberry.field(description="Display name, at most 200.")
    price_cents: int = strawberry.field(description="List price in cents, >= 0.")
    category_code: str | None = strawberry.field(default=None, description="Category by code.")
    brand_code: str | None = strawberry.field(default=None, description="Brand by code.")
    on_sale: bool = strawberry.field(default=True, description="Whether it can be sold now.")
    attributes: JSON | None = strawberry.field(
        default=None, description="A JSON object of at most 4096 bytes; omitted means {}."
    )
    cost_cents: int | None = strawberry.field(
        default=None,
        description="Unit cost in cents, >= 0, for gross margin analyses; omitted keeps the "
        "item's cost.",
    )

    def to_domain(self) -> catalog_upserts.ItemInput:
        return catalog_upserts.ItemInput(
            code=self.code,
            name=self.name,
            price_cents=self.price_cents,
            category_code=self.category_code,
            brand_code=self.brand_code,
            on_sale=self.on_sale,
            attributes={} if self.attributes is None else self.attributes,
            cost_cents=self.cost_cents,
        )


@strawberry.input(description="Up to 500 items, written all or nothing.")
class UpsertItemsInput:
    items: list[ItemRowInput] = strawberry.field(description="The items, each by code.")


@strawberry.input(description="One store to create or change, by code.")
class StoreRowInput:
    code: str = strawberry.field(description="The store code (the upsert key), at most 50.")
    name: str = strawberry.field(description="Display name, at most 200.")
    region: str | None = strawberry.field(default=None, description="Sales region, at most 50.")
    city: str | None = strawberry.field(default=None, description="City, at most 50.")

    def to_domain(self) -> catalog_upserts.StoreInput:
        return catalog_upserts.StoreInput(self.code, self.name, self.region, self.city)


@strawberry.input(description="Up to 500 stores, written all or nothing.")
class UpsertStoresInput:
    stores: list[StoreRowInput] = strawberry.field(description="The stores, each by code.")


@strawberry.input(description="One category to create or change, by code.")
class CategoryRowInput:
    code: str = strawberry.field(description="The category code (the upsert key), at most 50.")
    name: str = strawberry.field(description="Display name, at most 200.")
    parent_code: str | None = strawberry.field(
        default=None, description="The parent by code (in this batch or existing); null = top."
    )

    def to_domain(self) -> catalog_upserts.CategoryInput:
        return catalog_upserts.CategoryInput(self.code, self.name, self.parent_code)


@strawberry.input(description="Up to 500 categories, written all or nothing.")
class UpsertCategoriesInput:
    categories: list[CategoryRowInput] = strawberry.field(
        description="The categories, each by code."
    )


@strawberry.input(description="One brand to create or change, by code.")
class BrandRowInput:
    code: str = strawberry.field(description="The brand code (the upsert key), at most 50.")
    name: str = strawberry.field(description="Display name, at most 200.")

    def to_domain(self) -> catalog_upserts.BrandInput:
        return catalog_upserts.BrandInput(self.code, self.name)


@strawberry.input(description="Up to 500 brands, written all or nothing.")
class UpsertBrandsInput:
    brands: list[BrandRowInput] = strawberry.field(description="The brands, each by code.")


@strawberry.input(description="Filters of the items list; all given filters apply.")
class ItemFilterInput:
    category_code: str | None = strawberry.field(
        default=None, description="Items of this category or any category below it."
    )
    brand_code: str | None = strawberry.field(default=None, description="Items of this brand.")
    on_sale: bool | None = strawberry.field(default=None, description="Only (not) on sale.")
    search: str | None = strawberry.field(
        default=None, description="Name contains, or code starts with, this text."
    )

    def to_domain(self) -> catalog_service.ItemFilter:
        return catalog_service.ItemFilter(
            self.category_code, self.brand_code, self.on_sale, self.search
        )


@strawberry.input(description="Filters of the stores list; all given filters apply.")
class StoreFilterInput:
    city: str | None = strawberry.field(default=None, description="Stores in this city.")
    region: str | None = strawberry.field(default=None, description="Stores in this region.")

    def to_domain(self) -> catalog_service.StoreFilter:
        return catalog_service.StoreFilter(self.city, self.region)
