"""Levels: tiers, growth, upgrade/retain/downgrade and paid membership."""
