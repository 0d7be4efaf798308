"""Catalogue upserts for staff and the brand's systems: a batch is written whole or not at all."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.catalog import upserts as catalog_upserts
from schema.catalog.inputs import (
    UpsertBrandsInput,
    UpsertCategoriesInput,
    UpsertItemsInput,
    UpsertStoresInput,
)
from schema.catalog.types import BrandType, CategoryType, ItemType, StoreType
from schema.errors import UserError, returns_errors
from schema.permissions import IsStaffOrService

_BATCH_ERRORS = "REQUIRED, TOO_MANY (over 500 rows), DUPLICATE, TOO_LARGE"


@strawberry.type(description="The written items, or the errors and nothing written.")
class UpsertItemsPayload:
    items: list[ItemType] | None = strawberry.field(description="The items in input order.")
    errors: list[UserError] = strawberry.field(description="Empty on success.")


@strawberry.type(description="The written stores, or the errors and nothing written.")
class UpsertStoresPayload:
    stores: list[StoreType] | None = strawberry.field(description="The stores in input order.")
    errors: list[UserError] = strawberry.field(description="Empty on success.")


@strawberry.type(description="The written categories, or the errors and nothing written.")
class UpsertCategoriesPayload:
    categories: list[CategoryType] | None = strawberry.field(
        description="The categories in input order."
    )
    errors: list[UserError] = strawberry.field(description="Empty on success.")


@strawberry.type(description="The written brands, or the errors and nothing written.")
class UpsertBrandsPayload:
    brands: list[BrandType] | None = strawberry.field(description="The brands in input order.")
    errors: list[UserError] = strawberry.field(description="Empty on success.")


@strawberry.type
class CatalogMutation:
    @strawberry.mutation(
        description="Create or change up to 500 items by code, all or nothing; every bad row is "
        "reported (field `items[i].<field>`). Errors: "
        f"{_BATCH_ERRORS}, INVALID_AMOUNT (priceCents), NOT_FOUND (categoryCode, brandCode), "
        "INVALID (attributes not an object).",
        permission_classes=[IsStaffOrService.with_scope(Scope.CATALOG_WRITE)],
    )
    @returns_errors
    async def upsert_items(self, input: UpsertItemsInput) -> UpsertItemsPayload:
        saved = await catalog_upserts.upsert_items([row.to_domain() for row in input.items])
        return UpsertItemsPayload(items=[ItemType.from_model(i) for i in saved], errors=[])

    @strawberry.mutation(
        description="Create or change up to 500 stores by code, all or nothing; every bad row is "
        f"reported (field `stores[i].<field>`). Errors: {_BATCH_ERRORS}.",
        permission_classes=[IsStaffOrService.with_scope(Scope.CATALOG_WRITE)],
    )
    @returns_errors
    async def upsert_stores(self, input: UpsertStoresInput) -> UpsertStoresPayload:
        saved = await catalog_upserts.upsert_stores([row.to_domain() for row in input.stores])
        return UpsertStoresPayload(stores=[StoreType.from_model(s) for s in saved], errors=[])

    @strawberry.mutation(
        description="Create or change up to 500 categories by code with their parent (by code, "
        "in the batch or existing), all or nothing (field `categories[i].<field>`). Errors: "
        f"{_BATCH_ERRORS}, NOT_FOUND (unknown parentCode), INVALID (parentCode makes a cycle).",
        permission_classes=[IsStaffOrService.with_scope(Scope.CATALOG_WRITE)],
    )
    @returns_errors
    async def upsert_categories(self, input: UpsertCategoriesInput) -> UpsertCategoriesPayload:
        saved = await catalog_upserts.upsert_categories(
            [row.to_domain() for row in input.categories]
        )
        return UpsertCategoriesPayload(
            categories=[CategoryType.from_model(c) for c in saved], errors=[]
        )

    @strawberry.mutation(
        description="Create or change up to 500 brands by code, all or nothing (field "
        f"`brands[i].<field>`). Errors: {_BATCH_ERRORS}.",
        permission_classes=[IsStaffOrService.with_scope(Scope.CATALOG_WRITE)],
    )
    @returns_errors
    async def upsert_brands(self, input: UpsertBrandsInput) -> UpsertBrandsPayload:
        saved = await catalog_upserts.upsert_brands([row.to_domain() for row in input.brands])
        return UpsertBrandsPayload(brands=[BrandType.from_model(b) for b in saved], errors=[])
