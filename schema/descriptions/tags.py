"""Descriptions of the tags area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
