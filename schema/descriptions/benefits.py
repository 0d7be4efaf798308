"""Descriptions of the benefits area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
