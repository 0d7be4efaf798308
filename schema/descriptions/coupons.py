"""Descriptions of the coupons area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
