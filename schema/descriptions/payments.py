"""Descriptions of the payments area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
