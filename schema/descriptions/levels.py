"""Descriptions of the levels area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
