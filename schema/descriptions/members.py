"""Descriptions of the members area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
