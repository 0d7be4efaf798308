"""Descriptions of the jobs area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
