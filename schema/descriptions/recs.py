"""Descriptions of the recs area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
