"""Descriptions of the orders area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
