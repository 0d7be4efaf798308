"""Stores, brands, the category tree and items."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class Store(Model):
    """A physical or online store, known to integrations by its code."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=50, unique=True)
    name = fields.CharField(max_length=200)
    region = fields.CharField(max_length=50, null=True)
    city = fields.CharField(max_length=50, null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "stores"


class Brand(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=50, unique=True)
    name = fields.CharField(max_length=200)

    class Meta:
        table = "brands"


class Category(Model):
    """A node of the category tree."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=50, unique=True)
    name = fields.CharField(max_length=200)
    parent_id = fields.IntField(null=True)

    class Meta:
        table = "categories"


class Item(Model):
    """A sellable SKU with its price in cents."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200)
    category_id = fields.IntField(null=True, db_index=True)
    brand_id = fields.IntField(null=True, db_index=True)
    price_cents = fields.BigIntField()
    attributes: dict[str, Any] = fields.JSONField(default=dict)
    on_sale = fields.BooleanField(default=True)
    updated_at = fields.DatetimeField(auto_now=True)
    cost_cents = fields.BigIntField(null=True, description="Unit cost, for margins; optional.")

    class Meta:
        table = "items"
