"""Descriptions of the schema's elements that are not written in code; see `catalogue`."""
