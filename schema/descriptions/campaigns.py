"""Descriptions of the campaigns area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
