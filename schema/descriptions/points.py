"""Descriptions of the points area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
