"""Segments: saved audiences evaluated over tag and behaviour bitmaps, snapshots and portraits.

The audience language and the bitmap format live in domain.audience, below tags and segments.
"""
