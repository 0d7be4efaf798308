"""Descriptions of the common area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
