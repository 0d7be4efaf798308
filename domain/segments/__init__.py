"""Segments: the audience definition language, its compiler, and member bitmaps in Redis order.

The modules here are pure; services resolve plan leaves from PostgreSQL and Redis.
"""
