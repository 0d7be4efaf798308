"""Descriptions of the catalog area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
