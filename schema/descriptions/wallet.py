"""Descriptions of the wallet area, keyed by schema coordinate."""

DESCRIPTIONS: dict[str, str] = {}
