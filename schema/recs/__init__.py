"""Recommendations: slots, lists, statistics and the index rebuild."""
