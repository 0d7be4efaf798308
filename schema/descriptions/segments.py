"""Descriptions of the segments area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
