"""Engagement in the graph: daily sign-in."""
