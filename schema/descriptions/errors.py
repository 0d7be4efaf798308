"""Descriptions of the errors area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
