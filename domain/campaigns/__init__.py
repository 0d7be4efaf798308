"""Campaigns: one-shot and triggered campaigns, rewards, notifications and effect."""
