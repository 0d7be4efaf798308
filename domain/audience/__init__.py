"""Audience building blocks shared by tags and segments: the audience DSL and member bitmaps."""
