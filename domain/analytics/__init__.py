"""Aggregated read models for BI: the `analytics` SQL schema and its read-only roles."""
